using EhcpQa.Web.Infrastructure.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;
using static EhcpQa.Web.Tests.Infrastructure.TagHelpers.TagHelperHarness;

namespace EhcpQa.Web.Tests.Infrastructure.TagHelpers;

public sealed class PaginationTagHelper_ShowsEllipsesForGaps
{
    [Theory]
    [InlineData(1, 1, "")]
    [InlineData(1, 3, "1 2 3")]
    [InlineData(1, 10, "1 2 … 10")]
    [InlineData(3, 10, "1 2 3 4 … 10")]
    [InlineData(5, 10, "1 … 4 5 6 … 10")]
    [InlineData(10, 10, "1 … 9 10")]
    [InlineData(4, 7, "1 2 3 4 5 6 7")]
    public void Items_show_first_last_and_neighbours_of_the_current_page(int page, int totalPages, string expected)
    {
        var items = totalPages <= 1 ? [] : GovukPaginationTagHelper.Items(page, totalPages);

        Assert.Equal(expected, string.Join(' ', items.Select(i => i?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "…")));
    }

    [Fact]
    public async Task Renders_ellipsis_items_and_previous_next_links()
    {
        var helper = new GovukPaginationTagHelper { Page = 5, TotalPages = 12, HrefForPage = p => $"/plans?page={p}" };

        var nav = await RenderAsync(helper, "govuk-pagination");

        Assert.Equal("nav", nav!.LocalName);
        Assert.Equal("Pagination", nav.GetAttribute("aria-label"));
        Assert.Equal(2, nav.QuerySelectorAll("li.govuk-pagination__item--ellipsis").Length);
        Assert.Equal("/plans?page=4", nav.QuerySelector(".govuk-pagination__prev a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/plans?page=6", nav.QuerySelector(".govuk-pagination__next a[rel=next]")!.GetAttribute("href"));
        Assert.Equal(["1", "4", "5", "6", "12"], nav.QuerySelectorAll("a.govuk-pagination__link[aria-label]").Select(a => a.TextContent.Trim()));
    }

    [Fact]
    public async Task A_single_page_renders_nothing()
    {
        var helper = new GovukPaginationTagHelper { Page = 1, TotalPages = 1, HrefForPage = p => $"/plans?page={p}" };

        Assert.Equal(string.Empty, await RenderHtmlAsync(helper, "govuk-pagination"));
    }
}

public sealed class PaginationTagHelper_MarksTheCurrentPage
{
    [Fact]
    public async Task Current_page_has_aria_current_and_the_current_class()
    {
        var helper = new GovukPaginationTagHelper { Page = 1, TotalPages = 3, HrefForPage = p => $"/plans?page={p}" };

        var nav = await RenderAsync(helper, "govuk-pagination");

        var current = Assert.Single(nav!.QuerySelectorAll("[aria-current]"));
        Assert.Equal(("page", "Page 1"), (current.GetAttribute("aria-current"), current.GetAttribute("aria-label")));
        Assert.Contains("govuk-pagination__item--current", current.ParentElement!.ClassList);
        Assert.Null(nav.QuerySelector(".govuk-pagination__prev"));
    }
}

public sealed class ButtonTagHelper_RendersAButtonOrALink
{
    [Fact]
    public async Task Submit_button_that_prevents_double_click()
    {
        var helper = new GovukButtonTagHelper { PreventDoubleClick = true };

        var button = await RenderAsync(helper, "govuk-button", [new TagHelperAttribute("name", "action")], childContent: "Save and continue");

        Assert.Equal("button", button!.LocalName);
        Assert.Equal(("submit", "govuk-button", "govuk-button", "true", "action"), (
            button.GetAttribute("type"), button.ClassName, button.GetAttribute("data-module"),
            button.GetAttribute("data-prevent-double-click"), button.GetAttribute("name")));
        Assert.Equal("Save and continue", button.TextContent);
    }

    [Fact]
    public async Task Secondary_link_button()
    {
        var helper = new GovukButtonTagHelper { Href = "/plans", Variant = "secondary" };

        var link = await RenderAsync(helper, "govuk-button", childContent: "Cancel");

        Assert.Equal("a", link!.LocalName);
        Assert.Equal(("/plans", "button", "false", "govuk-button govuk-button--secondary"), (
            link.GetAttribute("href"), link.GetAttribute("role"), link.GetAttribute("draggable"), link.ClassName));
        Assert.False(link.HasAttribute("type"));
    }

    [Fact]
    public async Task Unknown_variant_is_refused()
    {
        var helper = new GovukButtonTagHelper { Variant = "danger" };

        await Assert.ThrowsAsync<InvalidOperationException>(() => RenderHtmlAsync(helper, "govuk-button"));
    }
}

public sealed class TagTagHelper_RendersAColouredTag
{
    [Fact]
    public async Task Colour_becomes_a_modifier_class()
    {
        var tag = await RenderAsync(new GovukTagTagHelper { Colour = "green" }, "govuk-tag", childContent: "Signed off");

        Assert.Equal(("strong", "govuk-tag govuk-tag--green", "Signed off"), (tag!.LocalName, tag.ClassName, tag.TextContent));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("blue")]
    public async Task No_colour_or_blue_is_the_default_tag(string? colour)
    {
        var tag = await RenderAsync(new GovukTagTagHelper { Colour = colour }, "govuk-tag", childContent: "Draft");

        Assert.Equal("govuk-tag", tag!.ClassName);
    }

    [Fact]
    public async Task Unknown_colour_is_refused()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => RenderHtmlAsync(new GovukTagTagHelper { Colour = "light-blue" }, "govuk-tag"));
    }
}

public sealed class SummaryListTagHelper_RendersRowsWithOptionalActions
{
    [Fact]
    public async Task Rows_without_an_action_are_marked_when_others_have_one()
    {
        var items = new Dictionary<object, object>();
        var list = new GovukSummaryListTagHelper();
        var listContext = new TagHelperContext("govuk-summary-list", [], items, "list");
        var listOutput = new TagHelperOutput("govuk-summary-list", [], async (_, _) =>
        {
            // What Razor does for the children: run each row with the list's context items.
            foreach (var (key, value, href) in new[] { ("Reference", "EHCP-0042", "/plans/42/reference"), ("Status", "<strong class=\"govuk-tag\">Draft</strong>", null) })
            {
                var row = new GovukSummaryListRowTagHelper { Key = key, ActionHref = href };
                var rowContext = new TagHelperContext("govuk-summary-list-row", [], items, key);
                var rowOutput = new TagHelperOutput("govuk-summary-list-row", [], (_, _) =>
                    Task.FromResult<TagHelperContent>(new DefaultTagHelperContent().SetHtmlContent(value)));
                await row.ProcessAsync(rowContext, rowOutput);
            }

            return new DefaultTagHelperContent();
        });

        await list.ProcessAsync(listContext, listOutput);
        using var writer = new StringWriter();
        listOutput.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        var dl = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(writer.ToString()).Body!.FirstElementChild!;

        Assert.Equal(("dl", "govuk-summary-list"), (dl.LocalName, dl.ClassName));
        var rows = dl.QuerySelectorAll(".govuk-summary-list__row");
        Assert.Equal(2, rows.Length);
        Assert.Equal("Reference", rows[0].QuerySelector("dt.govuk-summary-list__key")!.TextContent);
        Assert.Equal("EHCP-0042", rows[0].QuerySelector("dd.govuk-summary-list__value")!.TextContent);
        var action = rows[0].QuerySelector("dd.govuk-summary-list__actions > a.govuk-link")!;
        Assert.Equal(("/plans/42/reference", "Change Reference"), (action.GetAttribute("href"), action.TextContent));
        Assert.Equal(" Reference", action.QuerySelector(".govuk-visually-hidden")!.TextContent);
        Assert.Contains("govuk-summary-list__row--no-actions", rows[1].ClassList);
        Assert.NotNull(rows[1].QuerySelector("dd.govuk-summary-list__value > strong.govuk-tag"));
    }
}
