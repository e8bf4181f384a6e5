using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace EhcpQa.Web.Infrastructure.TagHelpers;

/// <summary>
/// GOV.UK radios: <c>&lt;govuk-radios asp-for="Grade" legend="..." items="Model.Grades" inline="true" /&gt;</c>.
/// The option whose value equals the attempted value (or else the model value) is checked; when
/// neither exists, options marked Selected are.
/// </summary>
[HtmlTargetElement("govuk-radios", Attributes = "asp-for,items", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukRadiosTagHelper : GovukChoicesTagHelperBase
{
    /// <summary>Lays out the options side by side (for two short options such as Yes and No).</summary>
    [HtmlAttributeName("inline")]
    public bool Inline { get; set; }

    protected override string Block => "radios";

    protected override string InputType => "radio";

    protected override string? ModifierClass => Inline ? "govuk-radios--inline" : null;

    protected override Func<string, SelectListItem, bool> CheckedTest()
    {
        var current = CurrentValue();
        return (value, item) => current is null ? item.Selected : string.Equals(value, current, StringComparison.Ordinal);
    }
}
