using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace EhcpQa.Web.Infrastructure.TagHelpers;

/// <summary>A component with one control and a <c>&lt;label&gt;</c>: input, textarea, select.</summary>
public abstract class GovukLabelledFieldTagHelperBase : GovukFieldTagHelperBase
{
    /// <summary>Label text; defaults to the property's display name ([Display(Name = ...)]).</summary>
    [HtmlAttributeName("label")]
    public string? Label { get; set; }

    /// <summary>Classes for the label, for example <c>govuk-label--l</c>.</summary>
    [HtmlAttributeName("label-class")]
    public string? LabelClass { get; set; }

    /// <summary>Words read out after the label but not shown, where the page around it says them (e.g. "for section A").</summary>
    [HtmlAttributeName("label-context")]
    public string? LabelContext { get; set; }

    /// <summary>Wraps the label in an <c>&lt;h1&gt;</c> when the field is the page's only question.</summary>
    [HtmlAttributeName("is-page-heading")]
    public bool IsPageHeading { get; set; }

    /// <summary>
    /// Renders the form group: label, hint, error message, then <paramref name="control"/>, which gets
    /// the error class and an aria-describedby naming the hint and the error.
    /// </summary>
    protected void RenderFormGroup(TagHelperOutput output, TagBuilder control, string controlErrorClass)
    {
        var error = ErrorFor(FieldName);

        MoveUnboundAttributes(output, control);

        var describedBy = GovukMarkup.JoinIds(
            control.Attributes.TryGetValue("aria-describedby", out var existing) ? existing : null,
            HintId,
            error is null ? null : ErrorId);
        if (describedBy is not null)
        {
            control.Attributes["aria-describedby"] = describedBy;
        }

        if (error is not null)
        {
            control.AddCssClass(controlErrorClass);
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", GovukMarkup.JoinClasses(
            "govuk-form-group", error is null ? null : "govuk-form-group--error", FormGroupClass));

        output.Content.AppendHtml(GovukMarkup.Label(FieldId, Label ?? DisplayName, LabelClass, IsPageHeading, LabelContext));
        if (HintId is not null)
        {
            output.Content.AppendHtml(GovukMarkup.Hint(HintId, Hint!));
        }

        if (error is not null)
        {
            output.Content.AppendHtml(GovukMarkup.ErrorMessage(ErrorId, error));
        }

        output.Content.AppendHtml(control);
    }
}
