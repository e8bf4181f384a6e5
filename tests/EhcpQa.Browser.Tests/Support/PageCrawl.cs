using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace EhcpQa.Browser.Tests.Support;

/// <summary>A page the crawl checked: the address asked for, where it ended up, its kind and its status.</summary>
public sealed record CrawledPage(string Requested, string Url, string Kind, int Status);

/// <summary>What a crawl found: the pages it checked, in order, and every check that failed.</summary>
public sealed record CrawlResult(IReadOnlyList<CrawledPage> Pages, IReadOnlyList<string> Failures, IReadOnlyList<string> LeftOver);

/// <summary>
/// Visits every kind of page a browser page's user can reach by following links: breadth first from the given
/// addresses, same-origin links only, each kind of page once (<see cref="KindOf"/>: its path with ids and keys
/// taken out, so every plan's page is one kind), up to a limit. Only links are followed (GET), never forms, so
/// the crawl changes nothing; downloads (a <c>download</c> attribute, a file name in the path) are left alone.
/// Every page checked is checked in full, and every failure kept, so one run names every page that fails.
/// </summary>
public static partial class PageCrawl
{
    /// <summary>Path segments followed by a key (a section code, an item number, a scale's key) rather than a page of their own.</summary>
    private static readonly HashSet<string> KeyedCollections = ["sections", "parts", "items", "scales", "examples", "users"];

    /// <summary>Paths that answer with a file rather than a page.</summary>
    private static readonly HashSet<string> FileEndings = ["file", "document"];

    /// <summary>The kind of page an address shows: its path with numbers, ids and keys replaced (the query left out).</summary>
    public static string KindOf(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var segments = url.AbsolutePath.TrimEnd('/').Split('/');
        for (var i = 1; i < segments.Length; i++)
        {
            if (Id().IsMatch(segments[i]))
            {
                segments[i] = "{id}";
            }
            else if (KeyedCollections.Contains(segments[i - 1]) && segments[i] != "new")
            {
                segments[i] = "{key}";
            }
        }

        var path = string.Join('/', segments);
        return path.Length == 0 ? "/" : path;
    }

    /// <summary>Whether a link leads to a page of this site that the crawl may open.</summary>
    public static bool IsPage(Uri url, Uri site)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(site);
        if (url.Scheme != site.Scheme || url.Authority != site.Authority)
        {
            return false;
        }

        var last = url.AbsolutePath.TrimEnd('/').Split('/')[^1];
        return !last.Contains('.', StringComparison.Ordinal) && !FileEndings.Contains(last) && !url.AbsolutePath.StartsWith("/account/sign-out", StringComparison.Ordinal);
    }

    /// <summary>
    /// Crawls <paramref name="site"/> from <paramref name="startPaths"/> (site-relative), opening at most
    /// <paramref name="limit"/> kinds of page, and runs <paramref name="check"/> on each (given the page and its kind);
    /// a check that throws is a failure named by the page's address. Kinds found but not opened (over the limit) are
    /// listed as left over.
    /// </summary>
    public static async Task<CrawlResult> CrawlAsync(IPage page, Uri site, IEnumerable<string> startPaths, int limit, Func<IPage, string, Task> check)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(startPaths);
        ArgumentNullException.ThrowIfNull(check);

        var queue = new Queue<Uri>();
        var seen = new HashSet<string>();
        foreach (var path in startPaths)
        {
            var url = new Uri(site, path);
            if (seen.Add(KindOf(url)))
            {
                queue.Enqueue(url);
            }
        }

        var pages = new List<CrawledPage>();
        var failures = new List<string>();
        var checkedKinds = new HashSet<string>();
        while (queue.Count > 0 && pages.Count < limit)
        {
            var url = queue.Dequeue();
            var response = await page.GotoAsync(url.PathAndQuery);
            var arrived = new Uri(page.Url);
            var kind = KindOf(arrived);

            // A redirect can end on a kind already checked (a submitted grading's task list shows its summary).
            if (!checkedKinds.Add(kind))
            {
                continue;
            }

            seen.Add(kind);
            var status = response?.Status ?? 0;
            pages.Add(new CrawledPage(url.PathAndQuery, arrived.PathAndQuery, kind, status));
            if (status >= 500)
            {
                failures.Add($"{arrived} answered {status}.");
            }

            try
            {
                await check(page, kind);
            }
            catch (Exception failed) when (failed is Xunit.Sdk.IAssertionException or PlaywrightException)
            {
                failures.Add(failed.Message);
            }

            var links = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('a[href]:not([download])')].map(a => a.href)");
            foreach (var link in links)
            {
                if (Uri.TryCreate(link, UriKind.Absolute, out var next) && IsPage(next, site) && seen.Add(KindOf(next)))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return new CrawlResult(pages, failures, queue.Select(u => u.PathAndQuery).ToList());
    }

    [GeneratedRegex("^([0-9]+|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")]
    private static partial Regex Id();
}
