using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace EhcpQa.Web.Infrastructure.TagHelpers;

/// <summary>GOV.UK textarea: <c>&lt;govuk-textarea asp-for="Commentary" rows="8" hint="..." /&gt;</c>.</summary>
[HtmlTargetElement("govuk-textarea", Attributes = "asp-for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukTextareaTagHelper : GovukLabelledFieldTagHelperBase
{
    [HtmlAttributeName("rows")]
    public int Rows { get; set; } = 5;

    [HtmlAttributeName("spellcheck")]
    public bool? Spellcheck { get; set; }

    [HtmlAttributeName("autocomplete")]
    public string? Autocomplete { get; set; }

    /// <summary>Extra classes for the textarea.</summary>
    [HtmlAttributeName("class")]
    public string? TextareaClass { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);

        var textarea = new TagBuilder("textarea");
        textarea.AddCssClass(GovukMarkup.JoinClasses("govuk-textarea", TextareaClass));
        textarea.Attributes["id"] = FieldId;
        textarea.Attributes["name"] = FieldName;
        textarea.Attributes["rows"] = Rows.ToString(System.Globalization.CultureInfo.InvariantCulture);

        if (Spellcheck is { } spellcheck)
        {
            textarea.Attributes["spellcheck"] = spellcheck ? "true" : "false";
        }

        if (!string.IsNullOrEmpty(Autocomplete))
        {
            textarea.Attributes["autocomplete"] = Autocomplete;
        }

        // A leading newline in a textarea is dropped by the HTML parser; write one so that a value
        // starting with a newline survives the round trip (as MVC's own textarea does).
        textarea.InnerHtml.AppendLine();
        textarea.InnerHtml.Append(CurrentValue() ?? string.Empty);

        RenderFormGroup(output, textarea, "govuk-textarea--error");
    }
}
