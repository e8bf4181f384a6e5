using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace EhcpQa.Web.Infrastructure.TagHelpers;

/// <summary>Radios and checkboxes: a fieldset of options built from <see cref="SelectListItem"/>s.</summary>
public abstract class GovukChoicesTagHelperBase : GovukFieldsetTagHelperBase
{
    [HtmlAttributeName("items")]
    public IEnumerable<SelectListItem> Items { get; set; } = [];

    /// <summary>Optional hint under individual options, keyed by option value.</summary>
    [HtmlAttributeName("item-hints")]
    public IReadOnlyDictionary<string, string>? ItemHints { get; set; }

    /// <summary>Extra classes for the options container, for example <c>govuk-radios--small</c>.</summary>
    [HtmlAttributeName("class")]
    public string? ContainerClass { get; set; }

    /// <summary>"radios" or "checkboxes": the GOV.UK block name.</summary>
    protected abstract string Block { get; }

    /// <summary>"radio" or "checkbox".</summary>
    protected abstract string InputType { get; }

    protected virtual string? ModifierClass => null;

    /// <summary>Builds the test of whether an option (its value, its item) is checked.</summary>
    protected abstract Func<string, SelectListItem, bool> CheckedTest();

    /// <summary>What an option reveals when it is chosen (GOV.UK conditional reveal), by option value; none by default.</summary>
    protected virtual IHtmlContent? ConditionalFor(string value) => null;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);

        var error = ErrorFor(FieldName);
        var describedBy = GovukMarkup.JoinIds(HintId, error is null ? null : ErrorId);

        var fieldset = GovukMarkup.Fieldset(LegendText, LegendClass, IsPageHeading, describedBy);
        if (HintId is not null)
        {
            fieldset.InnerHtml.AppendHtml(GovukMarkup.Hint(HintId, Hint!));
        }

        if (error is not null)
        {
            fieldset.InnerHtml.AppendHtml(GovukMarkup.ErrorMessage(ErrorId, error));
        }

        var options = new TagBuilder("div");
        options.AddCssClass(GovukMarkup.JoinClasses("govuk-" + Block, ModifierClass, ContainerClass));
        MoveUnboundAttributes(output, options);
        options.Attributes["data-module"] = "govuk-" + Block;

        var isChecked = CheckedTest();
        var index = 0;
        foreach (var item in Items)
        {
            index++;
            options.InnerHtml.AppendHtml(Option(item, index, isChecked, out var conditional));
            if (conditional is not null)
            {
                options.InnerHtml.AppendHtml(conditional);
            }
        }

        fieldset.InnerHtml.AppendHtml(options);

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", GovukMarkup.JoinClasses(
            "govuk-form-group", error is null ? null : "govuk-form-group--error", FormGroupClass));
        output.Content.SetHtmlContent(fieldset);
    }

    private TagBuilder Option(SelectListItem item, int index, Func<string, SelectListItem, bool> isChecked, out TagBuilder? conditional)
    {
        // The first option's id is the field's id, so the error summary can link to it.
        var id = index == 1 ? FieldId : $"{FieldId}-{index}";
        var value = item.Value ?? item.Text;
        string? hint = null;
        ItemHints?.TryGetValue(value, out hint);

        var wrapper = new TagBuilder("div");
        wrapper.AddCssClass($"govuk-{Block}__item");

        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.AddCssClass($"govuk-{Block}__input");
        input.Attributes["id"] = id;
        input.Attributes["name"] = FieldName;
        input.Attributes["type"] = InputType;
        input.Attributes["value"] = value;
        var ticked = isChecked(value, item);
        if (ticked)
        {
            input.Attributes["checked"] = "checked";
        }

        conditional = null;
        if (ConditionalFor(value) is { } revealed)
        {
            // GOV.UK Frontend shows the content of the chosen option and hides the rest; without its script all is shown.
            conditional = new TagBuilder("div");
            conditional.AddCssClass($"govuk-{Block}__conditional");
            if (!ticked)
            {
                conditional.AddCssClass($"govuk-{Block}__conditional--hidden");
            }

            conditional.Attributes["id"] = $"conditional-{id}";
            conditional.InnerHtml.AppendHtml(revealed);
            input.Attributes["data-aria-controls"] = $"conditional-{id}";
        }

        if (item.Disabled)
        {
            input.Attributes["disabled"] = "disabled";
        }

        var hintId = id + "-item-hint";
        if (!string.IsNullOrWhiteSpace(hint))
        {
            input.Attributes["aria-describedby"] = hintId;
        }

        wrapper.InnerHtml.AppendHtml(input);
        wrapper.InnerHtml.AppendHtml(GovukMarkup.Label(id, item.Text, $"govuk-{Block}__label", isPageHeading: false));
        if (!string.IsNullOrWhiteSpace(hint))
        {
            wrapper.InnerHtml.AppendHtml(GovukMarkup.Hint(hintId, hint, $"govuk-{Block}__hint"));
        }

        return wrapper;
    }
}
