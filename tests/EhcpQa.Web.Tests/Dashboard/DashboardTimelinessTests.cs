using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using EhcpQa.Domain.Dashboards;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Plans;
using EhcpQa.Web.Tests.Reviews;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Dashboard;

/// <summary>The timeliness of the demo data (and of plans a test adds), counted straight from the database.</summary>
internal static class TimelinessInTheDatabase
{
    /// <summary>The month the demo's plan issued late with a lawful exception was issued in, and that plan's reference and locality.</summary>
    public static Task<(DateOnly Month, string Reference, int LocalityId)> ExceptionMonthAsync(EhcpQaApp app) => app.WithDatabaseAsync(async db =>
    {
        var plan = await db.Plans.AsNoTracking().Where(p => p.TwentyWeekException != null).Select(p => new { p.IssuedOn, p.Reference, p.LocalityId }).SingleAsync();
        return (new DateOnly(plan.IssuedOn!.Value.Year, plan.IssuedOn.Value.Month, 1), plan.Reference, plan.LocalityId);
    });

    /// <summary>New plans issued in the month: on time (by day 140), late without an exception, late with one.</summary>
    public static Task<(int OnTime, int Late, int WithException)> TwentyWeeksAsync(EhcpQaApp app, DateOnly month, int? localityId = null) => app.WithDatabaseAsync(async db =>
    {
        var last = month.AddMonths(1).AddDays(-1);
        var plans = await db.Plans.AsNoTracking()
            .Where(p => p.IssuedOn >= month && p.IssuedOn <= last && (p.Stage != PlanStage.Amended || p.AmendedOn != null))
            .Where(p => localityId == null || p.LocalityId == localityId)
            .Select(p => new { p.RequestDate, p.IssuedOn, Exception = p.TwentyWeekException != null })
            .ToListAsync();
        var late = plans.Where(p => p.IssuedOn!.Value.DayNumber - p.RequestDate.DayNumber > 140).ToList();
        return (plans.Count - late.Count, late.Count(p => !p.Exception), late.Count(p => p.Exception));
    });

    /// <summary>The rows of the table with this caption, by their row header.</summary>
    public static Dictionary<string, string[]> Table(IHtmlDocument page, string caption) =>
        BoardFigureReading.Table(page, caption).ToDictionary(r => r.Label, r => r.Cells);

    public static string N(int count) => count.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// The dashboard's timeliness figures are the database's counts: new plans issued in the month within 20 weeks, late, and
/// late with a lawful exception (apart, and not in the share), and review decisions within 4 weeks.
/// </summary>
public sealed class DashboardTimelinessTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task TheQaLeadsFigures_AreTheCountsFromTheDatabase()
    {
        var (month, _, _) = await TimelinessInTheDatabase.ExceptionMonthAsync(app);
        var (onTime, late, withException) = await TimelinessInTheDatabase.TwentyWeeksAsync(app, month);
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var page = await qaLead.GetPageAsync($"/dashboard?Query.From={SignOffCounts.Month(month)}&Query.To={SignOffCounts.Month(month)}");

        var table = TimelinessInTheDatabase.Table(page, "Timeliness in the period");
        Assert.Equal(1, withException);
        Assert.Equal([TimelinessInTheDatabase.N(onTime), TimelinessInTheDatabase.N(onTime + late)], table[BoardFigures.IssuedWithinTwentyWeeks.Name][..2]);
        Assert.Equal(((double)onTime / (onTime + late)).ToString("0%", CultureInfo.GetCultureInfo("en-GB")), table[BoardFigures.IssuedWithinTwentyWeeks.Name][2]);
        Assert.Equal(TimelinessInTheDatabase.N(late), table[BoardFigures.IssuedLate.Name][0]);
        Assert.Equal("1", table[BoardFigures.IssuedLateWithException.Name][0]);
        var byMonth = TimelinessInTheDatabase.Table(page, "Timeliness by month")[month.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))];
        Assert.EndsWith($"({onTime} of {onTime + late})", byMonth[0], StringComparison.Ordinal);
        Assert.Equal("1", byMonth[1]);
    }

    [Fact]
    public async Task ReviewDecisions_AreCountedInTheMonthSent_AgainstTheirFourWeeks()
    {
        var onTimePlan = await app.Plans.IssuedAsync("EHC-TIMELY-REVIEW-1", new DateOnly(2025, 10, 6), Grade.Good);
        var latePlan = await app.Plans.IssuedAsync("EHC-TIMELY-REVIEW-2", new DateOnly(2025, 9, 1), Grade.Good);
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);
        await AnnualReviews.RecordMeetingAsync(manager, onTimePlan, "2", "11", "2026");
        await AnnualReviews.RecordDecisionAsync(manager, onTimePlan, "Maintain", "3", "11", "2026");
        await AnnualReviews.RecordMeetingAsync(manager, latePlan, "1", "10", "2026");
        await AnnualReviews.RecordDecisionAsync(manager, latePlan, "Maintain", "3", "11", "2026");
        var decided = await app.WithDatabaseAsync(db => db.AnnualReviews.AsNoTracking()
            .Where(r => r.DecidedOn >= new DateOnly(2026, 11, 1) && r.DecidedOn <= new DateOnly(2026, 11, 30))
            .Select(r => new { r.MeetingOn, r.DecidedOn }).ToListAsync());
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var page = await qaLead.GetPageAsync("/dashboard?Query.From=2026-11&Query.To=2026-11");

        Assert.Equal(2, decided.Count);
        var withinFourWeeks = decided.Count(r => r.DecidedOn!.Value.DayNumber - r.MeetingOn.DayNumber <= 28);
        Assert.Equal(1, withinFourWeeks);
        Assert.Equal(["1", "2", "50%"], TimelinessInTheDatabase.Table(page, "Timeliness in the period")[BoardFigures.ReviewDecisionsWithinFourWeeks.Name]);
    }

    [Fact]
    public async Task ALocalityManager_SeesTheirLocalitysCountsOnly()
    {
        var (month, _, _) = await TimelinessInTheDatabase.ExceptionMonthAsync(app);
        var localityId = await app.WithDatabaseAsync(db => db.Users.Where(u => u.Email == DemoUsers.LocalityManager).Select(u => u.LocalityId!.Value).SingleAsync());
        var (onTime, late, withException) = await TimelinessInTheDatabase.TwentyWeeksAsync(app, month, localityId);
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);

        var page = await manager.GetPageAsync($"/dashboard?Query.From={SignOffCounts.Month(month)}&Query.To={SignOffCounts.Month(month)}");

        var table = TimelinessInTheDatabase.Table(page, "Timeliness in the period");
        Assert.Equal([TimelinessInTheDatabase.N(onTime), TimelinessInTheDatabase.N(onTime + late)], table[BoardFigures.IssuedWithinTwentyWeeks.Name][..2]);
        Assert.Equal(TimelinessInTheDatabase.N(withException), table[BoardFigures.IssuedLateWithException.Name][0]);
        Assert.DoesNotContain(page.QuerySelectorAll("caption"), c => c.TextContent.Trim() == "Timeliness by locality");
    }
}

/// <summary>
/// A board member's timeliness figures by locality, phase, need and setting show no count from 1 to below the threshold,
/// and no share made from one; nothing names a plan.
/// </summary>
public sealed partial class BoardTimelinessSuppressionTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task ABoardMember_SeesNoSmallNumberInTheCuts_AndNoPlan()
    {
        var (month, reference, localityId) = await TimelinessInTheDatabase.ExceptionMonthAsync(app);
        var locality = await app.WithDatabaseAsync(db => db.Localities.Where(l => l.Id == localityId).Select(l => l.Name).SingleAsync());
        var board = await app.SignInAsync(DemoUsers.BoardMember);

        var page = await board.GetPageAsync($"/dashboard?Query.From={SignOffCounts.Month(month)}&Query.To={SignOffCounts.Month(month)}");

        var cuts = page.QuerySelectorAll("table").Where(t => t.QuerySelector("caption")!.TextContent.Trim().StartsWith("Timeliness by ", StringComparison.Ordinal)
            && t.QuerySelector("caption")!.TextContent.Trim() != "Timeliness by month").ToList();
        Assert.Equal(4, cuts.Count);
        var cells = cuts.SelectMany(t => t.QuerySelectorAll("tbody td")).Select(td => td.TextContent.Trim()).ToList();
        Assert.All(cells, cell => Assert.Matches(ShownToTheBoard(), cell));
        Assert.DoesNotContain(cells, cell => Regex.IsMatch(cell, "^[1-4]$"));
        var row = TimelinessInTheDatabase.Table(page, "Timeliness by locality")[locality];
        Assert.Equal("fewer than 5", row[2]);
        Assert.DoesNotContain(reference, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>What a board member may see in a cut: zero, a count of at least 5, "fewer than 5", a share, or "–".</summary>
    [GeneratedRegex("^(0|[5-9]|[1-9][0-9]+|fewer than 5|[0-9]+%|–)$")]
    private static partial Regex ShownToTheBoard();
}
