using Microsoft.AspNetCore.Razor.TagHelpers;

namespace EhcpQa.Web.Infrastructure.TagHelpers;

/// <summary>
/// A GOV.UK fieldset around related inputs, with its legend:
/// <c>&lt;govuk-fieldset legend="Option 1" legend-class="govuk-fieldset__legend--s"&gt;…&lt;/govuk-fieldset&gt;</c>.
/// </summary>
[HtmlTargetElement("govuk-fieldset", Attributes = "legend")]
public sealed class GovukFieldsetTagHelper : TagHelper
{
    [HtmlAttributeName("legend")]
    public string Legend { get; set; } = string.Empty;

    /// <summary>Classes for the legend, for example <c>govuk-fieldset__legend--m</c>.</summary>
    [HtmlAttributeName("legend-class")]
    public string? LegendClass { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var fieldset = GovukMarkup.Fieldset(Legend, LegendClass, isPageHeading: false, describedBy: null);
        fieldset.InnerHtml.AppendHtml(await output.GetChildContentAsync());
        output.TagName = null;
        output.Content.SetHtmlContent(fieldset);
    }
}
