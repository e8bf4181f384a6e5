using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace EhcpQa.Web.Infrastructure.TagHelpers;

/// <summary>
/// GOV.UK text input: <c>&lt;govuk-input asp-for="Reference" hint="..." class="govuk-input--width-10" /&gt;</c>.
/// Attributes it does not bind (maxlength, pattern, disabled, data-*) are copied onto the input.
/// </summary>
[HtmlTargetElement("govuk-input", Attributes = "asp-for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukInputTagHelper : GovukLabelledFieldTagHelperBase
{
    /// <summary>The input type; <c>text</c> unless set (use <c>email</c>, <c>tel</c>, <c>password</c> as needed).</summary>
    [HtmlAttributeName("type")]
    public string Type { get; set; } = "text";

    [HtmlAttributeName("inputmode")]
    public string? InputMode { get; set; }

    [HtmlAttributeName("autocomplete")]
    public string? Autocomplete { get; set; }

    /// <summary>Renders spellcheck="true|false" when set.</summary>
    [HtmlAttributeName("spellcheck")]
    public bool? Spellcheck { get; set; }

    /// <summary>Extra classes for the input, for example <c>govuk-input--width-10</c>.</summary>
    [HtmlAttributeName("class")]
    public string? InputClass { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);

        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.AddCssClass(GovukMarkup.JoinClasses("govuk-input", InputClass));
        input.Attributes["id"] = FieldId;
        input.Attributes["name"] = FieldName;
        input.Attributes["type"] = Type;

        var value = CurrentValue();
        if (!string.IsNullOrEmpty(value) && !string.Equals(Type, "password", StringComparison.OrdinalIgnoreCase))
        {
            input.Attributes["value"] = value;
        }

        if (Spellcheck is { } spellcheck)
        {
            input.Attributes["spellcheck"] = spellcheck ? "true" : "false";
        }

        if (!string.IsNullOrEmpty(Autocomplete))
        {
            input.Attributes["autocomplete"] = Autocomplete;
        }

        if (!string.IsNullOrEmpty(InputMode))
        {
            input.Attributes["inputmode"] = InputMode;
        }

        RenderFormGroup(output, input, "govuk-input--error");
    }
}
