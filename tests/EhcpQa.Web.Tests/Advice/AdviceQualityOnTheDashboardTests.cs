using System.Globalization;
using EhcpQa.Domain;
using EhcpQa.Domain.Dashboards;
using EhcpQa.Domain.Grades;
using EhcpQa.Web.Tests.Dashboard;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Advice;

/// <summary>
/// The dashboard gives the quality of advice beside its timeliness: the audits submitted in the period and their mean
/// score as the database counts them, for the authority and for a locality manager's own locality.
/// </summary>
public sealed class AdviceQualityOnTheDashboardTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    private static readonly DateOnly October = new(2026, 10, 1);

    /// <summary>The audits submitted in the month (by the UK date), of advice for plans in the locality if one is given, and their mean score.</summary>
    private Task<(int Count, decimal Mean)> AuditsInTheDatabaseAsync(DateOnly month, int? localityId = null) => app.WithDatabaseAsync(async db =>
    {
        var audits = await (
                from grading in db.Gradings.AsNoTracking()
                join request in db.AdviceRequests.AsNoTracking() on grading.AdviceRequestId equals request.Id
                join plan in db.Plans.AsNoTracking() on request.PlanId equals plan.Id
                where grading.Purpose == GradingPurpose.AdviceAudit && grading.SubmittedAt != null && (localityId == null || plan.LocalityId == localityId)
                select grading)
            .ToListAsync();
        var inMonth = audits.Where(g => ServiceCalendar.DateOf(g.SubmittedAt!.Value) is var on && on >= month && on < month.AddMonths(1)).ToList();
        return (inMonth.Count, inMonth.Count == 0 ? 0 : Math.Round(inMonth.Average(g => g.PointsOnForm.Percentage!.Value), 1, MidpointRounding.AwayFromZero));
    });

    private static string Query(DateOnly month) => $"/dashboard?Query.From={SignOffCounts.Month(month)}&Query.To={SignOffCounts.Month(month)}";

    [Fact]
    public async Task AQaLead_SeesTheMonthsAuditsAndMeanScore_AsTheDatabaseCountsThem()
    {
        var (count, mean) = await AuditsInTheDatabaseAsync(October);
        Assert.True(count > 0, "The demo's health lead audited advice in October 2026");
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var page = await qaLead.GetPageAsync(Query(October));

        Assert.NotNull(page.QuerySelector("#advice-quality"));
        var row = TimelinessInTheDatabase.Table(page, "Quality of advice in the period")["All advice"];
        Assert.Equal(TimelinessInTheDatabase.N(count), row[0]);
        Assert.Equal(mean.ToString("0.0", CultureInfo.InvariantCulture) + "%", row[1]);
        Assert.Equal(TimelinessInTheDatabase.N(count), TimelinessInTheDatabase.Table(page, "Quality of advice in the period")["Health"][0]);
        var trend = TimelinessInTheDatabase.Table(page, "Quality of advice over 12 months");
        Assert.Equal(12, trend.Count);
        Assert.Equal(TimelinessInTheDatabase.N(count), trend["October 2026"][0]);
    }

    [Fact]
    public async Task ALocalityManager_SeesTheAuditsOfAdviceForTheirLocalitysPlansOnly()
    {
        var localityId = await app.WithDatabaseAsync(db => db.Users.Where(u => u.Email == DemoUsers.LocalityManager).Select(u => u.LocalityId!.Value).SingleAsync());
        var (all, _) = await AuditsInTheDatabaseAsync(October);
        var (theirs, _) = await AuditsInTheDatabaseAsync(October, localityId);
        Assert.True(all > theirs, "Advice for other localities' plans was audited in October 2026");
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);

        var page = await manager.GetPageAsync(Query(October));

        var audited = page.QuerySelector("#advice-quality-figures") is null
            ? page.QuerySelector("#advice-quality-none") is null ? "no quality of advice shown" : "0"
            : TimelinessInTheDatabase.Table(page, "Quality of advice in the period")["All advice"][0];
        Assert.Equal(TimelinessInTheDatabase.N(theirs), audited);
    }

    [Fact]
    public async Task ABoardMember_SeesTheAuthoritysFigures_WithTheWordsOfTheBoardFigure()
    {
        var (count, _) = await AuditsInTheDatabaseAsync(October);
        var board = await app.SignInAsync(DemoUsers.BoardMember);

        var page = await board.GetPageAsync(Query(October));

        Assert.Contains(BoardFigures.AdviceQuality.Name, page.QuerySelector("#advice-quality")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(TimelinessInTheDatabase.N(count), TimelinessInTheDatabase.Table(page, "Quality of advice in the period")["All advice"][0]);
    }
}
