using AngleSharp.Html.Dom;

namespace EhcpQa.Web.Tests.Home;

/// <summary>Reads the home page's work lists: each list by its id (<c>to-grade</c>, <c>returned</c> …), its items in the order shown.</summary>
internal static class WorkLists
{
    public sealed record Item(string Title, string Href, string Status);

    public static async Task<IHtmlDocument> HomeAsync(SignedInClient client) => await client.GetPageAsync("/");

    /// <summary>The items of the list, most urgent first as shown; empty when the page has no such list.</summary>
    public static IReadOnlyList<Item> Items(IHtmlDocument home, string list) =>
        home.QuerySelectorAll($"ul[aria-labelledby='work-{list}'] li")
            .Select(li => new Item(
                li.QuerySelector("a")!.TextContent.Trim(),
                li.QuerySelector("a")!.GetAttribute("href")!,
                li.QuerySelector(".govuk-task-list__status")?.TextContent.Trim() ?? string.Empty))
            .ToList();

    /// <summary>The list's heading, with its count ("Drafts to grade for sign-off (3)"); null when the page has no such list.</summary>
    public static string? Heading(IHtmlDocument home, string list) => home.QuerySelector($"#work-{list}")?.TextContent.Trim();

    /// <summary>The titles of the list's items, as shown.</summary>
    public static IReadOnlyList<string> Titles(IHtmlDocument home, string list) => Items(home, list).Select(i => i.Title).ToList();
}
