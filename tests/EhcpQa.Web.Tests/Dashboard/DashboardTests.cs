using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using EhcpQa.Domain;
using EhcpQa.Domain.Grades;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Dashboard;

/// <summary>
/// The decisive sign-off grades of the demo data (an agreed grade, or a sign-off grade of at least Good)
/// by UK month and locality, counted straight from the database.
/// </summary>
internal static class SignOffCounts
{
    public static Task<List<(DateOnly Month, int LocalityId, bool AtLeastGood)>> DecisiveAsync(EhcpQaApp app) => app.WithDatabaseAsync(async db =>
    {
        var gradings = await db.Gradings.AsNoTracking()
            .Where(g => (g.Purpose == GradingPurpose.SignOff || g.Purpose == GradingPurpose.SignOffAgreement) && g.SubmittedAt != null)
            .ToListAsync();
        var localities = await db.Plans.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.LocalityId);
        return gradings
            .Where(g => g.Purpose == GradingPurpose.SignOffAgreement || g.OverallGrade!.Value.IsAtLeastGood)
            .Select(g => (ServiceCalendar.DateOf(g.SubmittedAt!.Value), localities[g.PlanId], g.OverallGrade!.Value.IsAtLeastGood))
            .Select(x => (new DateOnly(x.Item1.Year, x.Item1.Month, 1), x.Item2, x.Item3))
            .ToList();
    });

    public static string Month(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static string Headline(IHtmlDocument page, string key) =>
        page.QuerySelectorAll(".govuk-summary-list__row")
            .Single(r => r.QuerySelector(".govuk-summary-list__key")!.TextContent.Trim() == key)
            .QuerySelector(".govuk-summary-list__value")!.TextContent.Trim();
}

/// <summary>A QA lead's dashboard counts every decisive sign-off grade of the chosen months, authority-wide.</summary>
public sealed class QaLeadDashboardTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task Figures_MatchTheDecisiveGradesOfThePeriod()
    {
        var counts = await SignOffCounts.DecisiveAsync(app);
        var busiest = counts.GroupBy(c => c.Month).OrderByDescending(g => g.Count()).First();
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var page = await qaLead.GetPageAsync($"/dashboard?Query.From={SignOffCounts.Month(busiest.Key)}&Query.To={SignOffCounts.Month(busiest.Key)}&Query.Level=SignOff");

        Assert.Equal(busiest.Count().ToString(CultureInfo.InvariantCulture), SignOffCounts.Headline(page, "Grades given"));
        Assert.StartsWith($"{busiest.Count(c => c.AtLeastGood)} (", SignOffCounts.Headline(page, "At least Good"), StringComparison.Ordinal);
        var trendRow = page.QuerySelectorAll("table tr").First(r => r.QuerySelector("th")?.TextContent.Trim() == busiest.Key.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")));
        Assert.Equal(busiest.Count().ToString(CultureInfo.InvariantCulture), trendRow.QuerySelectorAll("td")[0].TextContent.Trim());
        Assert.StartsWith("data:image/svg+xml;base64,", page.QuerySelector("figure img")!.GetAttribute("src"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WholeYear_CountsEveryDecisiveGrade()
    {
        var counts = await SignOffCounts.DecisiveAsync(app);
        var today = ServiceCalendar.DateOf(app.Clock.GetUtcNow());
        var last = new DateOnly(today.Year, today.Month, 1);
        var first = last.AddMonths(-23);
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var page = await qaLead.GetPageAsync($"/dashboard?Query.From={SignOffCounts.Month(first)}&Query.To={SignOffCounts.Month(last)}");

        Assert.Equal(counts.Count(c => c.Month >= first && c.Month <= last).ToString(CultureInfo.InvariantCulture), SignOffCounts.Headline(page, "Grades given"));
    }

    [Fact]
    public async Task PeriodEndingBeforeItStarts_ShowsTheErrorAndKeepsTheChoice()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var response = await qaLead.GetAsync("/dashboard?Query.From=2026-10&Query.To=2026-01");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SignedInClient.ParseAsync(response);
        Assert.Contains("The first month must not be after the last month", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2026-10", page.QuerySelector("select[name='Query.From'] option[selected]")!.GetAttribute("value"));
        Assert.Null(page.QuerySelector("#grades-by-section"));
    }

    [Fact]
    public async Task MonthThatIsNotAMonth_ShowsAnError_NotAFailure()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var response = await qaLead.GetAsync("/dashboard?Query.From=last-tuesday&Query.Level=Nonsense");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SignedInClient.ParseAsync(response);
        Assert.NotNull(page.QuerySelector(".govuk-error-summary"));
    }
}

/// <summary>A locality manager's dashboard shows their own locality only, whatever the address asks for.</summary>
public sealed class LocalityManagerDashboardTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task Figures_AreTheirLocalitysOnly()
    {
        var counts = await SignOffCounts.DecisiveAsync(app);
        var (north, south) = await app.WithDatabaseAsync(async db => (
            await db.Localities.Where(l => l.Name == "North").Select(l => l.Id).SingleAsync(),
            await db.Localities.Where(l => l.Name == "South").Select(l => l.Id).SingleAsync()));
        var first = counts.Min(c => c.Month);
        var last = counts.Max(c => c.Month);
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);

        var page = await manager.GetPageAsync($"/dashboard?Query.From={SignOffCounts.Month(first)}&Query.To={SignOffCounts.Month(last)}&Query.Locality={south}");

        Assert.Equal(counts.Count(c => c.LocalityId == north).ToString(CultureInfo.InvariantCulture), SignOffCounts.Headline(page, "Grades given"));
        Assert.Contains("Locality: North", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("select[name='Query.Locality']"));
    }
}

/// <summary>Board members see aggregates only, small numbers suppressed, and reach no plan, grading or moderation.</summary>
public sealed class BoardDashboardTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task SmallMonthForTheWholeAuthority_IsShownInFull_AndItsCutsSuppressed()
    {
        var counts = await SignOffCounts.DecisiveAsync(app);
        var small = counts.GroupBy(c => c.Month).First(g => g.Count() is > 0 and < 5);
        var url = $"/dashboard?Query.From={SignOffCounts.Month(small.Key)}&Query.To={SignOffCounts.Month(small.Key)}";
        var board = await app.SignInAsync(DemoUsers.BoardMember);
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var boardPage = await board.GetPageAsync(url);
        var staffPage = await qaLead.GetPageAsync(url);

        Assert.Equal(small.Count().ToString(CultureInfo.InvariantCulture), SignOffCounts.Headline(boardPage, "Grades given"));
        Assert.Equal(SignOffCounts.Headline(staffPage, "At least Good"), SignOffCounts.Headline(boardPage, "At least Good"));
        var boardLocalities = BoardFigureReading.Table(boardPage, "By locality");
        Assert.Contains(boardLocalities, r => r.Cells[0] == "fewer than 5");
        Assert.DoesNotContain(boardLocalities.SelectMany(r => r.Cells), cell => cell is "1" or "2" or "3" or "4");
    }

    [Fact]
    public async Task BoardMember_ReachesNoPlanGradingOrModeration()
    {
        var (planId, gradingId) = await app.WithDatabaseAsync(async db => (
            await db.Plans.Select(p => p.Id).FirstAsync(),
            await db.Gradings.Select(g => g.Id).FirstAsync()));
        var board = await app.SignInAsync(DemoUsers.BoardMember);

        foreach (var url in new[]
                 {
                     "/plans", $"/plans/{planId}", "/sign-off", $"/sign-off/{planId}", $"/gradings/{gradingId}/summary", "/samples", "/panels",
                     "/actions", "/moderation", "/moderation/agreement", $"/plans/{planId}/versions/1/feedback",
                 })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await board.GetAsync(url)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await board.GetAsync("/dashboard")).StatusCode);
    }

    [Theory]
    [InlineData(DemoUsers.Caseworker)]
    [InlineData(DemoUsers.PanelMember)]
    [InlineData(DemoUsers.Administrator)]
    public async Task OtherRoles_AreRefusedTheDashboard(string email)
    {
        var user = await app.SignInAsync(email);

        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync("/dashboard")).StatusCode);
    }
}

/// <summary>Analysts download the dashboard's grades as CSV, pseudonymised; board members cannot.</summary>
public sealed class GradingsCsvExportTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task Export_HasOneRowPerDecisiveGrade_ByReference_WithoutChildDetails()
    {
        var counts = await SignOffCounts.DecisiveAsync(app);
        var busiest = counts.GroupBy(c => c.Month).OrderByDescending(g => g.Count()).First();
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var dashboard = await qaLead.GetPageAsync($"/dashboard?Query.From={SignOffCounts.Month(busiest.Key)}&Query.To={SignOffCounts.Month(busiest.Key)}");
        var link = dashboard.QuerySelectorAll("a").Single(a => a.TextContent == "Download these grades as CSV").GetAttribute("href")!;

        var response = await qaLead.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Plan reference,Level,Date graded,Locality,Phase,Primary need,Setting,Section A,", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("Section K,Overall grade,Re-graded,New or amended plan", lines[0], StringComparison.Ordinal);
        Assert.Equal(busiest.Count(), lines.Length - 1);
        var plans = await app.WithDatabaseAsync(db => db.Plans.AsNoTracking().ToListAsync());
        var body = string.Join("\n", lines.Skip(1));
        Assert.All(lines.Skip(1), line => Assert.Contains(plans, p => line.StartsWith(p.Reference + ",", StringComparison.Ordinal)));
        Assert.All(plans, p => Assert.DoesNotContain(p.DateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), body, StringComparison.Ordinal));
        Assert.DoesNotContain("Sam Carter", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BoardMember_CannotExport()
    {
        var board = await app.SignInAsync(DemoUsers.BoardMember);

        Assert.Equal(HttpStatusCode.Forbidden, (await board.GetAsync("/dashboard/gradings.csv")).StatusCode);
        Assert.DoesNotContain("CSV", (await board.GetPageAsync("/dashboard")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void FormulaLikeText_IsDefused()
    {
        Assert.Equal("'=SUM(A1)", Web.Features.Dashboard.GradingsCsv.Safe("=SUM(A1)"));
        Assert.Equal("EHC-2026-0001", Web.Features.Dashboard.GradingsCsv.Safe("EHC-2026-0001"));
    }
}
