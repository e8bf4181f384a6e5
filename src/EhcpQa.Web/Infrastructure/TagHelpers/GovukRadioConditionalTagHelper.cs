using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace EhcpQa.Web.Infrastructure.TagHelpers;

/// <summary>
/// What one option of <c>&lt;govuk-radios&gt;</c> reveals when chosen (the GOV.UK conditional reveal):
/// <c>&lt;govuk-radio-conditional value="Custom"&gt;&lt;govuk-date-input asp-for="Start" /&gt;&lt;/govuk-radio-conditional&gt;</c>.
/// The radios place it after the option with that value.
/// </summary>
[HtmlTargetElement("govuk-radio-conditional", Attributes = "value", ParentTag = "govuk-radios")]
public sealed class GovukRadioConditionalTagHelper : TagHelper
{
    /// <summary>The value of the option that reveals this content.</summary>
    [HtmlAttributeName("value")]
    public string Value { get; set; } = string.Empty;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        var content = await output.GetChildContentAsync();
        if (context.Items.TryGetValue(typeof(GovukRadiosTagHelper), out var found) && found is Dictionary<string, IHtmlContent> conditionals)
        {
            conditionals[Value] = new HtmlString(content.GetContent());
        }

        output.SuppressOutput();
    }
}
