using System.Globalization;
using EhcpQa.Domain;
using EhcpQa.Domain.Dashboards;
using EhcpQa.Web.Tests.Dashboard;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Advice;

/// <summary>
/// Advice due in a month and received by its due date, as the database counts it, is on the dashboard's timeliness table
/// and the month's board summary beside the 20-week and review figures.
/// </summary>
public sealed class AdviceTimelinessBesideQualityTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    /// <summary>Advice due in the month whose outcome was known at its end (or today): received on time, and all of it.</summary>
    private Task<(int OnTime, int Due)> AdviceInTheDatabaseAsync(DateOnly month) => app.WithDatabaseAsync(async db =>
    {
        var last = month.AddMonths(1).AddDays(-1);
        var today = ServiceCalendar.DateOf(app.Clock.GetUtcNow());
        var asOf = last < today ? last : today;
        var advice = await db.AdviceRequests.AsNoTracking().Where(r => r.DueOn >= month && r.DueOn <= last)
            .Select(r => new { r.DueOn, r.ReceivedOn }).ToListAsync();
        var decided = advice.Where(a => a.ReceivedOn <= asOf || a.DueOn < asOf).ToList();
        return (decided.Count(a => a.ReceivedOn <= a.DueOn), decided.Count);
    });

    [Fact]
    public async Task TheDashboard_GivesTheMonthsAdviceOnTime_AsTheDatabaseCountsIt()
    {
        var month = new DateOnly(2026, 9, 1);
        var (onTime, due) = await AdviceInTheDatabaseAsync(month);
        Assert.True(due > onTime, "The demo has late advice in September 2026");
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var page = await qaLead.GetPageAsync($"/dashboard?Query.From={SignOffCounts.Month(month)}&Query.To={SignOffCounts.Month(month)}");

        var row = TimelinessInTheDatabase.Table(page, "Timeliness in the period")[BoardFigures.AdviceOnTime.Name];
        Assert.Equal([TimelinessInTheDatabase.N(onTime), TimelinessInTheDatabase.N(due)], row[..2]);
        Assert.Equal(((double)onTime / due).ToString("0%", CultureInfo.GetCultureInfo("en-GB")), row[2]);
    }

    [Fact]
    public async Task TheBoardSummary_GivesTheMonthsAdviceOnTime()
    {
        var month = new DateOnly(2026, 10, 1);
        var (onTime, _) = await AdviceInTheDatabaseAsync(month);

        var text = await BoardFigureReading.PublishedSummaryTextAsync(app, month);

        Assert.Equal(onTime, BoardFigureReading.PdfFigure(text, BoardFigures.AdviceOnTime.Name));
    }
}
