using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace EhcpQa.Web.Infrastructure.TagHelpers;

/// <summary>
/// One GOV.UK checkbox for a boolean property:
/// <c>&lt;govuk-checkbox asp-for="ConfirmedAccurate" label="I confirm the plan is accurate" /&gt;</c>.
/// Posts <c>true</c> when ticked; a hidden <c>false</c> after it makes an unticked box bind as false.
/// </summary>
[HtmlTargetElement("govuk-checkbox", Attributes = "asp-for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukCheckboxTagHelper : GovukFieldTagHelperBase
{
    /// <summary>Label text; defaults to the property's display name.</summary>
    [HtmlAttributeName("label")]
    public string? Label { get; set; }

    /// <summary>Extra classes for the checkboxes container, for example <c>govuk-checkboxes--small</c>.</summary>
    [HtmlAttributeName("class")]
    public string? ContainerClass { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);

        if (For.Metadata.UnderlyingOrModelType != typeof(bool))
        {
            throw new InvalidOperationException(
                $"<govuk-checkbox> binds a bool; '{For.Name}' is {For.Metadata.ModelType.Name}. Use <govuk-checkboxes> for a collection.");
        }

        var error = ErrorFor(FieldName);
        var itemHintId = string.IsNullOrWhiteSpace(Hint) ? null : FieldId + "-item-hint";

        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.AddCssClass("govuk-checkboxes__input");
        input.Attributes["id"] = FieldId;
        input.Attributes["name"] = FieldName;
        input.Attributes["type"] = "checkbox";
        input.Attributes["value"] = "true";
        MoveUnboundAttributes(output, input);
        if (IsTicked())
        {
            input.Attributes["checked"] = "checked";
        }

        var describedBy = GovukMarkup.JoinIds(itemHintId, error is null ? null : ErrorId);
        if (describedBy is not null)
        {
            input.Attributes["aria-describedby"] = describedBy;
        }

        var hidden = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        hidden.Attributes["name"] = FieldName;
        hidden.Attributes["type"] = "hidden";
        hidden.Attributes["value"] = "false";

        var item = new TagBuilder("div");
        item.AddCssClass("govuk-checkboxes__item");
        item.InnerHtml.AppendHtml(input);
        item.InnerHtml.AppendHtml(GovukMarkup.Label(FieldId, Label ?? DisplayName, "govuk-checkboxes__label", isPageHeading: false));
        if (itemHintId is not null)
        {
            item.InnerHtml.AppendHtml(GovukMarkup.Hint(itemHintId, Hint!, "govuk-checkboxes__hint"));
        }

        item.InnerHtml.AppendHtml(hidden);

        var checkboxes = new TagBuilder("div");
        checkboxes.AddCssClass(GovukMarkup.JoinClasses("govuk-checkboxes", ContainerClass));
        checkboxes.Attributes["data-module"] = "govuk-checkboxes";
        checkboxes.InnerHtml.AppendHtml(item);

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", GovukMarkup.JoinClasses(
            "govuk-form-group", error is null ? null : "govuk-form-group--error", FormGroupClass));
        if (error is not null)
        {
            output.Content.AppendHtml(GovukMarkup.ErrorMessage(ErrorId, error));
        }

        output.Content.AppendHtml(checkboxes);
    }

    private bool IsTicked()
    {
        // A ticked box posts "true" then the hidden "false"; an unticked one only "false".
        var attempted = AttemptedValues(FieldName);
        if (attempted is { Count: > 0 })
        {
            return bool.TryParse(attempted.First(), out var ticked) && ticked;
        }

        return For.Model is true;
    }
}
