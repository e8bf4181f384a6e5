using System.Globalization;
using EhcpQa.Domain;
using EhcpQa.Domain.Advice;
using EhcpQa.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Advice;

/// <summary>
/// The advice scorecard shows the figures the advice in the database gives (due in the period, on time, median days), per
/// agency for a QA lead and of their own agency only for an agency lead.
/// </summary>
public sealed class AdviceScorecardTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task QaLeadsScorecard_EqualsTheFiguresCountedFromTheDatabase()
    {
        var planId = await app.Plans.DraftAsync("ADV-CARD-1");
        await AdviceRecords.RequestedAsync(app, planId, AdviceService.Physiotherapy, daysAgo: 60);
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var page = await qaLead.GetPageAsync("/advice/scorecard?months=12");

        var today = ServiceCalendar.DateOf(app.Clock.GetUtcNow());
        var from = new DateOnly(today.Year, today.Month, 1).AddMonths(-11);
        var to = new DateOnly(today.Year, today.Month, 1).AddMonths(1).AddDays(-1);
        var counted = await app.WithDatabaseAsync(async db =>
        {
            var due = await db.AdviceRequests.Where(r => r.DueOn >= from && r.DueOn <= to && (r.ReceivedOn != null || r.DueOn < today))
                .Select(r => new { r.Agency, r.DueOn, r.ReceivedOn }).ToListAsync();
            return due.GroupBy(r => r.Agency).ToDictionary(g => g.Key, g => (Due: g.Count(), OnTime: g.Count(r => r.ReceivedOn <= r.DueOn)));
        });
        Assert.NotEmpty(counted);
        var rows = page.QuerySelectorAll("table").First(t => t.QuerySelector("caption")!.TextContent == "By agency").QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(counted.Count, rows.Count);
        foreach (var (agency, figures) in counted)
        {
            var row = rows.Single(r => r.QuerySelector("th")!.TextContent == agency.Name());
            var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
            Assert.Equal(figures.Due.ToString(CultureInfo.InvariantCulture), cells[0]);
            Assert.StartsWith(figures.OnTime.ToString(CultureInfo.InvariantCulture) + " (", cells[1], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AgencyLeadsScorecard_CountsTheirAgencysAdviceOnly()
    {
        var lead = await app.SignInAsync(DemoUsers.AgencyLead);

        var page = await lead.GetPageAsync("/advice/scorecard");

        Assert.Equal("Health advice scorecard", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.DoesNotContain(page.QuerySelectorAll("caption"), c => c.TextContent == "By agency");
        var services = page.QuerySelectorAll("table").First(t => t.QuerySelector("caption")!.TextContent == "By service")
            .QuerySelectorAll("tbody th").Select(th => th.TextContent).ToList();
        Assert.NotEmpty(services);
        var healthServices = AdviceServices.All.Where(s => s.AgencyOf() == Agency.Health).Select(s => s.Name()).ToHashSet();
        Assert.All(services, s => Assert.Contains(s, healthServices));
    }
}
