using EhcpQa.Web.Persistence.Seeding;
using Microsoft.Playwright;

namespace EhcpQa.Browser.Tests;

/// <summary>
/// On a phone-sized screen (320 CSS pixels, WCAG 1.4.10) every kind of page reflows: nothing makes it scroll
/// sideways, and it still passes axe. Each role's pages are found by following links from its home page (and
/// from the pages of records only a journey makes, such as a grading in progress or a framework draft), each
/// kind of page once; the anonymous pages likewise from the sign-in page. Every role's every kind of page is
/// measured; axe, the slow part, runs once on each kind of page, for whichever role reaches it first (a kind
/// of page is one view, and the service navigation that differs by role is checked on each role's home page).
/// </summary>
public sealed class NarrowScreenReflowTests(RecordsOfEveryKind records) : IClassFixture<RecordsOfEveryKind>
{
    /// <summary>The most kinds of page one role's crawl opens; more than any role reaches, so the limit is never what ends it.</summary>
    private const int MostKindsOfPage = 80;

    private BrowserApp App => records.App;

    public static TheoryData<string> Roles =>
    [
        "caseworker@ehcpqa.test",
        "manager@ehcpqa.test",
        "qalead@ehcpqa.test",
        "panel@ehcpqa.test",
        "board@ehcpqa.test",
        "admin@ehcpqa.test",
        "agency-health@ehcpqa.test",
    ];

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task EveryPageARoleReaches_At320PixelsWide_DoesNotScrollSidewaysAndPassesAxe(string email)
    {
        Assert.Contains(DemoData.Users, u => u.Email == email);
        var page = await App.SignedInPageAsync(email);

        await AssertEveryPageReflowsAsync(page, [.. RecordPagesOf(email), "/"]);
    }

    [Fact]
    public async Task EveryPageReachedWithoutSigningIn_At320PixelsWide_DoesNotScrollSidewaysAndPassesAxe()
    {
        var page = await App.NewPageAsync();

        await AssertEveryPageReflowsAsync(page, ["/account/sign-in", "/account/signed-out", "/accessibility", "/no-such-page"]);
    }

    /// <summary>Pages of records the crawl would not find from the home page, for the role that works on them.</summary>
    private IEnumerable<string> RecordPagesOf(string email) => email switch
    {
        "caseworker@ehcpqa.test" =>
        [
            $"/plans/{records.UnsentPlanId}", $"/plans/{records.UnsentPlanId}/draft", "/plans/new", "/no-such-page", "/admin/users",
        ],
        "manager@ehcpqa.test" =>
        [
            $"/gradings/{records.SignOffGradingId}", $"/gradings/{records.SignOffGradingId}/sections/A",
            $"/moderation/sessions/{records.SessionId}", $"/moderation/sessions/{records.SessionId}/plans/{records.ModeratedPlanId}",
        ],
        "qalead@ehcpqa.test" =>
        [
            $"/plans/{records.FullestPlanId}", $"/samples/{records.SampleId}", $"/panels/{records.SessionId}",
            $"/panels/{records.SessionId}/learning", $"/actions/{records.ActionId}", $"/moderation/sessions/{records.SessionId}",
            $"/frameworks/versions/{records.DraftFrameworkVersionId}", $"/frameworks/versions/{records.DraftFrameworkVersionId}/edit",
        ],
        "panel@ehcpqa.test" =>
        [
            $"/gradings/{records.ModerationGradingId}", $"/gradings/{records.ModerationGradingId}/sections/A",
            $"/moderation/sessions/{records.SessionId}/plans/{records.ModeratedPlanId}",
        ],
        _ => [],
    };

    private async Task AssertEveryPageReflowsAsync(IPage page, IEnumerable<string> startPaths)
    {
        await page.SetViewportSizeAsync(Reflow.NarrowestWidth, 800);

        var crawl = await PageCrawl.CrawlAsync(page, App.BaseAddress, startPaths, MostKindsOfPage, async (p, kind) =>
        {
            await p.AssertNoSidewaysScrollingAsync();
            if (kind == "/" || records.AxeCheckedKinds.Add(kind))
            {
                await p.AssertNoAxeViolationsAsync();
            }
        });

        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"{crawl.Pages.Count} kinds of page:");
        foreach (var visited in crawl.Pages)
        {
            output?.WriteLine($"  {visited.Kind}  {visited.Url} ({visited.Status})");
        }

        Assert.True(crawl.Failures.Count == 0, $"{crawl.Failures.Count} of {crawl.Pages.Count} kinds of page fail at {Reflow.NarrowestWidth} pixels wide:\n\n{string.Join("\n\n", crawl.Failures)}");
        Assert.True(crawl.LeftOver.Count == 0, $"More than {MostKindsOfPage} kinds of page; not opened:\n{string.Join("\n", crawl.LeftOver)}");
    }
}
