using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace EhcpQa.Browser.Tests.Support;

/// <summary>
/// Counts what a journey costs the people in it: every page the browser loads (each click that leaves a
/// page, each form sent), and of those the grading pages of one section or part, across every page watched.
/// </summary>
public sealed partial class JourneyCount
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _loaded = new();
    private int _pageLoads;
    private int _sectionPages;

    public int PageLoads => _pageLoads;

    public int SectionPages => _sectionPages;

    /// <summary>Counts the page's loads from now on (so signing in is not counted).</summary>
    public IPage Watch(IPage page)
    {
        page.Load += (_, loaded) =>
        {
            Interlocked.Increment(ref _pageLoads);
            _loaded.Enqueue(new Uri(loaded.Url).PathAndQuery);
            if (SectionPage().IsMatch(loaded.Url))
            {
                Interlocked.Increment(ref _sectionPages);
            }
        };
        return page;
    }

    /// <summary>Every page loaded, in turn, by path.</summary>
    public IReadOnlyCollection<string> Loaded => _loaded;

    public override string ToString() => $"{PageLoads} page loads, {SectionPages} of them grading pages of one section";

    [GeneratedRegex("/gradings/[0-9]+/(sections|parts)/[^/?]+")]
    private static partial Regex SectionPage();
}
