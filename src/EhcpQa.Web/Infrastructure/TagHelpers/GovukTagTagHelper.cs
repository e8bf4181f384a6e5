using Microsoft.AspNetCore.Razor.TagHelpers;

namespace EhcpQa.Web.Infrastructure.TagHelpers;

/// <summary>
/// GOV.UK tag: <c>&lt;govuk-tag colour="green"&gt;Signed off&lt;/govuk-tag&gt;</c>. Without a colour, or with
/// <c>blue</c>, the tag is the default blue (govuk-frontend 6 has no blue modifier class). Other colours
/// are those govuk-frontend 6 provides; anything else is refused so a typo does not go unnoticed.
/// </summary>
[HtmlTargetElement("govuk-tag")]
public sealed class GovukTagTagHelper : TagHelper
{
    /// <summary>The default tag colour, which has no modifier class.</summary>
    public const string DefaultColour = "blue";

    public static readonly IReadOnlyList<string> Colours =
        ["grey", "green", "teal", "turquoise", "purple", "magenta", "pink", "red", "orange", "yellow"];

    [HtmlAttributeName("colour")]
    public string? Colour { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);

        var colour = string.IsNullOrEmpty(Colour) || Colour == DefaultColour ? null : Colour;
        if (colour is not null && !Colours.Contains(colour))
        {
            throw new InvalidOperationException(
                $"<govuk-tag colour=\"{Colour}\">: use one of {DefaultColour}, {string.Join(", ", Colours)}.");
        }

        var existingClass = output.Attributes.TryGetAttribute("class", out var cls)
            ? GovukFieldTagHelperBase.AttributeText(cls.Value)
            : null;

        output.TagName = "strong";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", GovukMarkup.JoinClasses(
            "govuk-tag", colour is null ? null : "govuk-tag--" + colour, existingClass));
    }
}
