using EhcpQa.Domain;
using EhcpQa.Domain.Advice;
using EhcpQa.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Advice;

/// <summary>An agency lead's home page gives their agency's advice over the last 12 months as the database counts it; others' home pages give none.</summary>
public sealed class AgencyLeadsHomeGivesTheirAdviceFiguresTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task TheHealthLead_SeesHealthAdviceOnTime_AsTheDatabaseCountsIt()
    {
        var today = ServiceCalendar.DateOf(app.Clock.GetUtcNow());
        var from = new DateOnly(today.Year, today.Month, 1).AddMonths(-11);
        var to = new DateOnly(today.Year, today.Month, 1).AddMonths(1).AddDays(-1);
        var (onTime, due) = await app.WithDatabaseAsync(async db =>
        {
            var advice = await db.AdviceRequests.AsNoTracking().Where(r => r.Agency == Agency.Health && r.DueOn >= from && r.DueOn <= to)
                .Select(r => new { r.DueOn, r.ReceivedOn }).ToListAsync();
            var decided = advice.Where(a => a.ReceivedOn <= today || a.DueOn < today).ToList();
            return (decided.Count(a => AdviceRequest.OnTime(a.DueOn, a.ReceivedOn) == true), decided.Count);
        });
        Assert.True(due > 0, "The demo has health advice due in the last 12 months");
        var lead = await app.SignInAsync(DemoUsers.AgencyLead);

        var home = await lead.GetPageAsync("/");

        var figures = home.QuerySelector("#agency-advice + .govuk-summary-list")!.TextContent;
        Assert.Contains($"({onTime} of {due} due)", figures, StringComparison.Ordinal);
        Assert.NotNull(home.QuerySelector("a[href='/advice/scorecard']"));
    }

    [Theory]
    [InlineData(DemoUsers.Caseworker)]
    [InlineData(DemoUsers.QaLead)]
    public async Task OthersHomePages_GiveNoAgencysAdvice(string email)
    {
        var someone = await app.SignInAsync(email);

        var home = await someone.GetPageAsync("/");

        Assert.Null(home.QuerySelector("#agency-advice"));
    }
}
