using EhcpQa.Domain.Dashboards;
using EhcpQa.Domain.Plans;
using EhcpQa.Web.Features.Reports;
using EhcpQa.Web.Tests.Dashboard;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EhcpQa.Web.Tests.Reports;

/// <summary>The board summary gives each level's plans assured and share at least Good for new plans and for amended plans.</summary>
public sealed class BoardReportByKindOfPlanTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task Summary_SplitsEachLevelByNewAndAmendedPlans_AsTheDashboardDoes()
    {
        await AmendedInOctober.MakeAsync(app);
        var board = await app.SignInAsync(DemoUsers.BoardMember);
        var fresh = await board.GetPageAsync($"/dashboard?{AmendedInOctober.Query}&Query.Kind=New");

        var text = await BoardFigureReading.PublishedSummaryTextAsync(app, AmendedInOctober.Month);

        var assured = SignOffCounts.Headline(fresh, BoardFigures.PlansAssured.Name);
        var given = SignOffCounts.Headline(fresh, BoardFigures.GradesGiven.Name);
        var share = SignOffCounts.Headline(fresh, BoardFigures.AtLeastGood.Name).Split('(', ')')[1];
        Assert.Contains(BoardFigures.ByPlanKind.Name, text, StringComparison.Ordinal);
        Assert.Contains($"Draft sign-off New plans {assured} {given} {share}", text, StringComparison.Ordinal);
        Assert.Contains("Draft sign-off Amended plans 2 2 100%", text, StringComparison.Ordinal);
        Assert.Contains("Leadership dip sample Amended plans", text, StringComparison.Ordinal);
        Assert.Contains("Multi-agency panel Amended plans", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SplitOfAMonth_AddsUpToEachLevelsGradesGiven()
    {
        await AmendedInOctober.MakeAsync(app);

        var content = await app.WithScopeAsync(s => s.GetRequiredService<BoardReportData>().LoadAsync(AmendedInOctober.Month, CancellationToken.None));

        Assert.Equal([AssuranceLevel.SignOff, AssuranceLevel.LeadershipDipSample, AssuranceLevel.MultiAgencyPanel], content.ByKind.Select(l => l.Level));
        Assert.All(content.ByKind, l => Assert.Equal([PlanKind.New, PlanKind.Amended], l.Kinds.Select(k => k.Kind)));
        Assert.Equal(content.ThisMonth.Overall.Total, content.ByKind[0].Kinds.Sum(k => k.Grades.Total));
        Assert.Equal(2, content.ByKind[0].Kinds[1].PlansAssured);
    }
}

/// <summary>An amended plan's sign-off is timed from the first draft of its amendment, not from the plan's first draft.</summary>
public sealed class AmendedPlanTimedFromItsAmendmentTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task DaysToSignOff_CountFromTheAmendmentsFirstDraft()
    {
        // This class's own copy of the demo keeps only the amended plan's grade of October, so the median is its alone.
        var planId = await app.AmendedAsync("EHC-TIMED-1", new DateOnly(2025, 6, 2), new DateOnly(2026, 10, 20), Domain.Grades.Grade.Good);
        await app.WithDatabaseAsync(db => db.AssuredGrades
            .Where(a => a.Level == AssuranceLevel.SignOff && a.GivenOn >= AmendedInOctober.Month && a.GivenOn < AmendedInOctober.Month.AddMonths(1) && a.PlanId != planId)
            .ExecuteDeleteAsync());

        var content = await app.WithScopeAsync(s => s.GetRequiredService<BoardReportData>().LoadAsync(AmendedInOctober.Month, CancellationToken.None));

        Assert.Equal(1, content.SignOff.SignedOffAndIssued);
        Assert.Equal(12, content.SignOff.MedianDaysToSignOff);
    }
}
