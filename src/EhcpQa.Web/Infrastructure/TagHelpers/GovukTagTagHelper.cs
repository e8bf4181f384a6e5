using Microsoft.AspNetCore.Razor.TagHelpers;

namespace EhcpQa.Web.Infrastructure.TagHelpers;

/// <summary>
/// GOV.UK tag: <c>&lt;govuk-tag colour="green"&gt;Signed off&lt;/govuk-tag&gt;</c>. Without a colour the tag
/// is the default blue. Colours are those govuk-frontend 6 provides.
/// </summary>
[HtmlTargetElement("govuk-tag")]
public sealed class GovukTagTagHelper : TagHelper
{
    public static readonly IReadOnlyList<string> Colours =
        ["grey", "green", "teal", "turquoise", "purple", "magenta", "pink", "red", "orange", "yellow"];

    [HtmlAttributeName("colour")]
    public string? Colour { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);

        if (Colour is not null && !Colours.Contains(Colour))
        {
            throw new InvalidOperationException(
                $"<govuk-tag colour=\"{Colour}\">: use one of {string.Join(", ", Colours)}, or no colour for blue.");
        }

        var existingClass = output.Attributes.TryGetAttribute("class", out var cls)
            ? GovukFieldTagHelperBase.AttributeText(cls.Value)
            : null;

        output.TagName = "strong";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", GovukMarkup.JoinClasses(
            "govuk-tag", Colour is null ? null : "govuk-tag--" + Colour, existingClass));
    }
}
