using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace EhcpQa.Web.Infrastructure.TagHelpers;

/// <summary>
/// GOV.UK radios: <c>&lt;govuk-radios asp-for="Grade" legend="..." items="Model.Grades" inline="true" /&gt;</c>.
/// The option whose value equals the attempted value (or else the model value) is checked; when
/// neither exists, options marked Selected are. An option may reveal more questions when chosen:
/// <c>&lt;govuk-radios ...&gt;&lt;govuk-radio-conditional value="Term"&gt;...&lt;/govuk-radio-conditional&gt;&lt;/govuk-radios&gt;</c>.
/// </summary>
[HtmlTargetElement("govuk-radios", Attributes = "asp-for,items")]
public sealed class GovukRadiosTagHelper : GovukChoicesTagHelperBase
{
    private Dictionary<string, IHtmlContent> _conditionals = [];

    /// <summary>Lays out the options side by side (for two short options such as Yes and No).</summary>
    [HtmlAttributeName("inline")]
    public bool Inline { get; set; }

    protected override string Block => "radios";

    protected override string InputType => "radio";

    protected override string? ModifierClass => Inline ? "govuk-radios--inline" : null;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        var conditionals = new Dictionary<string, IHtmlContent>(StringComparer.Ordinal);
        context.Items[typeof(GovukRadiosTagHelper)] = conditionals;
        await output.GetChildContentAsync();
        _conditionals = conditionals;
        Process(context, output);
    }

    protected override IHtmlContent? ConditionalFor(string value) => _conditionals.GetValueOrDefault(value);

    protected override Func<string, SelectListItem, bool> CheckedTest()
    {
        var current = CurrentValue();
        return (value, item) => current is null ? item.Selected : string.Equals(value, current, StringComparison.Ordinal);
    }
}
