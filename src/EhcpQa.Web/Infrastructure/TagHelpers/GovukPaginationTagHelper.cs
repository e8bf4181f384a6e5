using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace EhcpQa.Web.Infrastructure.TagHelpers;

/// <summary>
/// GOV.UK pagination for a numbered list of pages:
/// <c>&lt;govuk-pagination page="Model.Page" total-pages="Model.TotalPages" href-for-page="@(p =&gt; Url.Action("Index", new { page = p }))" /&gt;</c>.
/// Shows the first, last and current page and the pages either side of the current one, with an
/// ellipsis for each gap (a gap of one page shows that page instead). Renders nothing for one page.
/// </summary>
[HtmlTargetElement("govuk-pagination", Attributes = "page,total-pages,href-for-page", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukPaginationTagHelper : TagHelper
{
    private const string PreviousIcon =
        "<svg class=\"govuk-pagination__icon govuk-pagination__icon--prev\" xmlns=\"http://www.w3.org/2000/svg\" height=\"13\" width=\"15\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 15 13\">"
        + "<path d=\"m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z\"></path></svg>";

    private const string NextIcon =
        "<svg class=\"govuk-pagination__icon govuk-pagination__icon--next\" xmlns=\"http://www.w3.org/2000/svg\" height=\"13\" width=\"15\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 15 13\">"
        + "<path d=\"m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z\"></path></svg>";

    /// <summary>The current page, from 1.</summary>
    [HtmlAttributeName("page")]
    public int Page { get; set; }

    [HtmlAttributeName("total-pages")]
    public int TotalPages { get; set; }

    [HtmlAttributeName("href-for-page")]
    public Func<int, string> HrefForPage { get; set; } = default!;

    /// <summary>The navigation landmark's label; "Pagination" unless set (use another when a page has two).</summary>
    [HtmlAttributeName("landmark-label")]
    public string LandmarkLabel { get; set; } = "Pagination";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(HrefForPage);

        if (TotalPages <= 1)
        {
            output.SuppressOutput();
            return;
        }

        var page = Math.Clamp(Page, 1, TotalPages);

        output.TagName = "nav";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-pagination");
        output.Attributes.SetAttribute("aria-label", LandmarkLabel);

        if (page > 1)
        {
            output.Content.AppendHtml(ArrowLink("prev", HrefForPage(page - 1), "Previous", PreviousIcon, iconFirst: true));
        }

        var list = new TagBuilder("ul");
        list.AddCssClass("govuk-pagination__list");
        foreach (var item in Items(page, TotalPages))
        {
            list.InnerHtml.AppendHtml(item is { } number ? PageItem(number, number == page) : Ellipsis());
        }

        output.Content.AppendHtml(list);

        if (page < TotalPages)
        {
            output.Content.AppendHtml(ArrowLink("next", HrefForPage(page + 1), "Next", NextIcon, iconFirst: false));
        }
    }

    /// <summary>The page numbers to show in order, with null where an ellipsis goes.</summary>
    public static IReadOnlyList<int?> Items(int page, int totalPages)
    {
        var shown = new SortedSet<int> { 1, totalPages, page - 1, page, page + 1 };
        shown.RemoveWhere(p => p < 1 || p > totalPages);

        var items = new List<int?>();
        var previous = 0;
        foreach (var number in shown)
        {
            if (number - previous == 2)
            {
                items.Add(previous + 1);
            }
            else if (number - previous > 2)
            {
                items.Add(null);
            }

            items.Add(number);
            previous = number;
        }

        return items;
    }

    private TagBuilder PageItem(int number, bool current)
    {
        var text = number.ToString(CultureInfo.InvariantCulture);

        var link = new TagBuilder("a");
        link.AddCssClass("govuk-link govuk-pagination__link");
        link.Attributes["href"] = HrefForPage(number);
        link.Attributes["aria-label"] = "Page " + text;
        if (current)
        {
            link.Attributes["aria-current"] = "page";
        }

        link.InnerHtml.Append(text);

        var item = new TagBuilder("li");
        item.AddCssClass(current ? "govuk-pagination__item govuk-pagination__item--current" : "govuk-pagination__item");
        item.InnerHtml.AppendHtml(link);
        return item;
    }

    private static TagBuilder Ellipsis()
    {
        var item = new TagBuilder("li");
        item.AddCssClass("govuk-pagination__item govuk-pagination__item--ellipsis");
        item.InnerHtml.AppendHtml("&ctdot;");
        return item;
    }

    private static TagBuilder ArrowLink(string direction, string href, string text, string icon, bool iconFirst)
    {
        var hidden = new TagBuilder("span");
        hidden.AddCssClass("govuk-visually-hidden");
        hidden.InnerHtml.Append(" page");

        var title = new TagBuilder("span");
        title.AddCssClass("govuk-pagination__link-title");
        title.InnerHtml.Append(text);
        title.InnerHtml.AppendHtml(hidden);

        var link = new TagBuilder("a");
        link.AddCssClass("govuk-link govuk-pagination__link");
        link.Attributes["href"] = href;
        link.Attributes["rel"] = direction;
        if (iconFirst)
        {
            link.InnerHtml.AppendHtml(icon);
        }

        link.InnerHtml.AppendHtml(title);
        if (!iconFirst)
        {
            link.InnerHtml.AppendHtml(icon);
        }

        var wrapper = new TagBuilder("div");
        wrapper.AddCssClass("govuk-pagination__" + direction);
        wrapper.InnerHtml.AppendHtml(link);
        return wrapper;
    }
}
