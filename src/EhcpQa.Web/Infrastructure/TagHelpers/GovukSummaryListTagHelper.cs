using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace EhcpQa.Web.Infrastructure.TagHelpers;

/// <summary>
/// GOV.UK summary list:
/// <code>
/// &lt;govuk-summary-list&gt;
///   &lt;govuk-summary-list-row key="Reference" action-href="/plans/1/edit" action-hidden-text="reference"&gt;@Model.Reference&lt;/govuk-summary-list-row&gt;
/// &lt;/govuk-summary-list&gt;
/// </code>
/// When some rows have an action and others do not, the others get <c>govuk-summary-list__row--no-actions</c>.
/// </summary>
[HtmlTargetElement("govuk-summary-list")]
[RestrictChildren("govuk-summary-list-row")]
public sealed class GovukSummaryListTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);

        var rows = new List<SummaryListRow>();
        context.Items[typeof(SummaryListRow)] = rows;
        await output.GetChildContentAsync();

        var anyActions = rows.Exists(r => r.ActionHref is not null);
        var existingClass = output.Attributes.TryGetAttribute("class", out var cls)
            ? GovukFieldTagHelperBase.AttributeText(cls.Value)
            : null;

        output.TagName = "dl";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", GovukMarkup.JoinClasses("govuk-summary-list", existingClass));
        output.Content.Clear();
        foreach (var row in rows)
        {
            output.Content.AppendHtml(row.Render(anyActions));
        }
    }
}

/// <summary>One row of a <c>&lt;govuk-summary-list&gt;</c>; its content is the value.</summary>
[HtmlTargetElement("govuk-summary-list-row", ParentTag = "govuk-summary-list", Attributes = "key")]
public sealed class GovukSummaryListRowTagHelper : TagHelper
{
    [HtmlAttributeName("key")]
    public string Key { get; set; } = string.Empty;

    /// <summary>Adds a link (for example "Change") in the actions column.</summary>
    [HtmlAttributeName("action-href")]
    public string? ActionHref { get; set; }

    [HtmlAttributeName("action-text")]
    public string ActionText { get; set; } = "Change";

    /// <summary>Completes the link text for screen readers ("Change <i>date of birth</i>"); defaults to the key.</summary>
    [HtmlAttributeName("action-hidden-text")]
    public string? ActionHiddenText { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);

        if (!context.Items.TryGetValue(typeof(SummaryListRow), out var rows) || rows is not List<SummaryListRow> list)
        {
            throw new InvalidOperationException("<govuk-summary-list-row> must be inside <govuk-summary-list>.");
        }

        var value = await output.GetChildContentAsync();
        list.Add(new SummaryListRow(Key, value, ActionHref, ActionText, ActionHiddenText ?? Key));
        output.SuppressOutput();
    }
}

internal sealed record SummaryListRow(string Key, IHtmlContent Value, string? ActionHref, string ActionText, string ActionHiddenText)
{
    public IHtmlContent Render(bool anyRowHasActions)
    {
        var row = new TagBuilder("div");
        row.AddCssClass(GovukMarkup.JoinClasses(
            "govuk-summary-list__row",
            anyRowHasActions && ActionHref is null ? "govuk-summary-list__row--no-actions" : null));

        var key = new TagBuilder("dt");
        key.AddCssClass("govuk-summary-list__key");
        key.InnerHtml.Append(Key);
        row.InnerHtml.AppendHtml(key);

        var value = new TagBuilder("dd");
        value.AddCssClass("govuk-summary-list__value");
        value.InnerHtml.AppendHtml(Value);
        row.InnerHtml.AppendHtml(value);

        if (ActionHref is not null)
        {
            var hidden = new TagBuilder("span");
            hidden.AddCssClass("govuk-visually-hidden");
            hidden.InnerHtml.Append(" " + ActionHiddenText);

            var link = new TagBuilder("a");
            link.AddCssClass("govuk-link");
            link.Attributes["href"] = ActionHref;
            link.InnerHtml.Append(ActionText);
            link.InnerHtml.AppendHtml(hidden);

            var actions = new TagBuilder("dd");
            actions.AddCssClass("govuk-summary-list__actions");
            actions.InnerHtml.AppendHtml(link);
            row.InnerHtml.AppendHtml(actions);
        }

        return row;
    }
}
