using EhcpQa.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace EhcpQa.Web.Infrastructure.TagHelpers;

/// <summary>
/// GOV.UK date input bound to a <see cref="DateInput"/>:
/// <c>&lt;govuk-date-input asp-for="DateOfBirth" legend="What is the child's date of birth?" hint="For example, 27 3 2015" /&gt;</c>.
/// Inputs are named <c>DateOfBirth.Day</c>, <c>.Month</c>, <c>.Year</c> with ids <c>DateOfBirth_Day</c> etc.
/// An error on the whole date (key <c>DateOfBirth</c>) highlights all three inputs; an error on a part
/// (key <c>DateOfBirth.Month</c>) highlights that input only.
/// </summary>
[HtmlTargetElement("govuk-date-input", Attributes = "asp-for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukDateInputTagHelper : GovukFieldsetTagHelperBase
{
    private static readonly (string Part, string Label, string Width)[] Parts =
    [
        (nameof(DateInput.Day), "Day", "govuk-input--width-2"),
        (nameof(DateInput.Month), "Month", "govuk-input--width-2"),
        (nameof(DateInput.Year), "Year", "govuk-input--width-4"),
    ];

    /// <summary>The id of the first input, which the error summary links to.</summary>
    public static string FirstInputId(string fieldId) => fieldId + IdDotReplacement + nameof(DateInput.Day);

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);

        if (For.Metadata.ModelType != typeof(DateInput))
        {
            throw new InvalidOperationException(
                $"<govuk-date-input> binds an {nameof(DateInput)}; '{For.Name}' is {For.Metadata.ModelType.Name}.");
        }

        var model = For.Model as DateInput;
        var wholeDateError = ErrorFor(FieldName);
        var partErrors = Parts.ToDictionary(p => p.Part, p => ErrorFor(PartName(p.Part)));
        var error = wholeDateError ?? Parts.Select(p => partErrors[p.Part]).FirstOrDefault(e => e is not null);

        var describedBy = GovukMarkup.JoinIds(HintId, error is null ? null : ErrorId);
        var fieldset = GovukMarkup.Fieldset(LegendText, LegendClass, IsPageHeading, describedBy, role: "group");
        if (HintId is not null)
        {
            fieldset.InnerHtml.AppendHtml(GovukMarkup.Hint(HintId, Hint!));
        }

        if (error is not null)
        {
            fieldset.InnerHtml.AppendHtml(GovukMarkup.ErrorMessage(ErrorId, error));
        }

        var dateInput = new TagBuilder("div");
        dateInput.AddCssClass("govuk-date-input");
        dateInput.Attributes["id"] = FieldId;
        MoveUnboundAttributes(output, dateInput);

        foreach (var (part, label, width) in Parts)
        {
            var highlighted = wholeDateError is not null || partErrors[part] is not null;
            var value = AttemptedValue(PartName(part)) ?? ModelPart(model, part);
            dateInput.InnerHtml.AppendHtml(Item(part, label, width, value, highlighted));
        }

        fieldset.InnerHtml.AppendHtml(dateInput);

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", GovukMarkup.JoinClasses(
            "govuk-form-group", error is null ? null : "govuk-form-group--error", FormGroupClass));
        output.Content.SetHtmlContent(fieldset);
    }

    private string PartName(string part) => FieldName + "." + part;

    private static string? ModelPart(DateInput? model, string part) => part switch
    {
        nameof(DateInput.Day) => model?.Day,
        nameof(DateInput.Month) => model?.Month,
        _ => model?.Year,
    };

    private TagBuilder Item(string part, string label, string width, string? value, bool highlighted)
    {
        var id = TagBuilder.CreateSanitizedId(PartName(part), IdDotReplacement);

        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.AddCssClass(GovukMarkup.JoinClasses(
            "govuk-input", "govuk-date-input__input", width, highlighted ? "govuk-input--error" : null));
        input.Attributes["id"] = id;
        input.Attributes["name"] = PartName(part);
        input.Attributes["type"] = "text";
        input.Attributes["inputmode"] = "numeric";
        if (!string.IsNullOrEmpty(value))
        {
            input.Attributes["value"] = value;
        }

        var group = new TagBuilder("div");
        group.AddCssClass("govuk-form-group");
        group.InnerHtml.AppendHtml(GovukMarkup.Label(id, label, "govuk-date-input__label", isPageHeading: false));
        group.InnerHtml.AppendHtml(input);

        var item = new TagBuilder("div");
        item.AddCssClass("govuk-date-input__item");
        item.InnerHtml.AppendHtml(group);
        return item;
    }
}
