using Microsoft.AspNetCore.Razor.TagHelpers;

namespace EhcpQa.Web.Infrastructure.TagHelpers;

/// <summary>
/// GOV.UK button. <c>&lt;govuk-button&gt;Save and continue&lt;/govuk-button&gt;</c> renders a submit button;
/// with <c>href</c> it renders a link styled as a button. <c>variant</c> is <c>secondary</c>,
/// <c>warning</c> or <c>inverse</c>; <c>prevent-double-click="true"</c> stops a second submission.
/// Other attributes (name, value, formaction, id, class) are kept.
/// </summary>
[HtmlTargetElement("govuk-button")]
public sealed class GovukButtonTagHelper : TagHelper
{
    private static readonly string[] Variants = ["secondary", "warning", "inverse"];

    /// <summary>Renders <c>&lt;a role="button"&gt;</c> to this address instead of a button.</summary>
    [HtmlAttributeName("href")]
    public string? Href { get; set; }

    [HtmlAttributeName("variant")]
    public string? Variant { get; set; }

    /// <summary>The button type; <c>submit</c> unless set.</summary>
    [HtmlAttributeName("type")]
    public string Type { get; set; } = "submit";

    [HtmlAttributeName("prevent-double-click")]
    public bool PreventDoubleClick { get; set; }

    [HtmlAttributeName("disabled")]
    public bool Disabled { get; set; }

    /// <summary>A start button (with the arrow), for the start of a journey.</summary>
    [HtmlAttributeName("is-start-button")]
    public bool IsStartButton { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);

        if (Variant is not null && !Variants.Contains(Variant, StringComparer.Ordinal))
        {
            throw new InvalidOperationException(
                $"<govuk-button variant=\"{Variant}\">: use one of {string.Join(", ", Variants)}.");
        }

        var existingClass = output.Attributes.TryGetAttribute("class", out var cls)
            ? GovukFieldTagHelperBase.AttributeText(cls.Value)
            : null;
        output.Attributes.SetAttribute("class", GovukMarkup.JoinClasses(
            "govuk-button",
            Variant is null ? null : "govuk-button--" + Variant,
            IsStartButton ? "govuk-button--start" : null,
            existingClass));
        output.Attributes.SetAttribute("data-module", "govuk-button");
        output.TagMode = TagMode.StartTagAndEndTag;

        if (Href is not null)
        {
            output.TagName = "a";
            output.Attributes.SetAttribute("href", Href);
            output.Attributes.SetAttribute("role", "button");
            output.Attributes.SetAttribute("draggable", "false");
        }
        else
        {
            output.TagName = "button";
            output.Attributes.SetAttribute("type", Type);
            if (Disabled)
            {
                output.Attributes.SetAttribute("disabled", "disabled");
                output.Attributes.SetAttribute("aria-disabled", "true");
            }

            if (PreventDoubleClick)
            {
                output.Attributes.SetAttribute("data-prevent-double-click", "true");
            }
        }

        if (IsStartButton)
        {
            output.PostContent.AppendHtml(
                "<svg class=\"govuk-button__start-icon\" xmlns=\"http://www.w3.org/2000/svg\" width=\"17.5\" height=\"19\" viewBox=\"0 0 33 40\" aria-hidden=\"true\" focusable=\"false\">"
                + "<path fill=\"currentColor\" d=\"M0 0h13l20 20-20 20H0l20-20z\"/></svg>");
        }
    }
}
