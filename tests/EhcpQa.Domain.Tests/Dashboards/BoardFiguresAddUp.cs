using EhcpQa.Domain.Dashboards;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Plans;

namespace EhcpQa.Domain.Tests.Dashboards;

/// <summary>The figures the board reads add up: grades to their total, months to the period, cuts to the whole, decisions to the drafts graded.</summary>
public sealed class BoardFiguresAddUp
{
    private readonly Dashboard _dashboard = Dashboard.Compute(DashboardData.Gradings(), DashboardData.JanuaryToMarch, DashboardData.Localities);

    [Fact]
    public void GradeCounts_AddUpToTheGradesGiven()
    {
        Assert.Equal(_dashboard.Overall.Total, Grade.All.Sum(_dashboard.Overall.CountOf));
        Assert.All(_dashboard.BySection, s => Assert.InRange(s.Grades.Total, 0, _dashboard.Overall.Total));
    }

    [Fact]
    public void TrendMonthsOfThePeriod_AddUpToThePeriod()
    {
        var months = _dashboard.Trend.Where(t => t.Month >= DashboardData.JanuaryToMarch.FromMonth && t.Month <= DashboardData.JanuaryToMarch.ToMonth).ToList();

        Assert.Equal(3, months.Count);
        Assert.Equal(_dashboard.Overall.Total, months.Sum(t => t.Grades.Total));
        Assert.Equal(_dashboard.Overall.AtLeastGoodCount, months.Sum(t => t.Grades.AtLeastGoodCount));
    }

    [Fact]
    public void EachCut_AddsUpToTheWhole()
    {
        foreach (var cut in new[] { _dashboard.ByLocality, _dashboard.ByPhase, _dashboard.ByNeed, _dashboard.BySetting })
        {
            Assert.Equal(_dashboard.Overall.Total, cut.Sum(r => r.Grades.Total));
            Assert.Equal(_dashboard.Regraded, cut.Sum(r => r.Regraded));
            Assert.Equal(_dashboard.Overall.AtLeastGoodCount, cut.Sum(r => r.Grades.AtLeastGoodCount));
        }
    }

    [Fact]
    public void PlansAssured_AreAtMostTheGradesGiven_AndReGradedAreAmongThem()
    {
        Assert.InRange(_dashboard.PlansAssured, 1, _dashboard.Overall.Total);
        Assert.InRange(_dashboard.Regraded, 0, _dashboard.Overall.Total);
    }

    [Fact]
    public void EveryFigure_HasOneNameAndARule()
    {
        Assert.Equal(BoardFigures.All.Count, BoardFigures.All.Select(f => f.Name).Distinct().Count());
        Assert.All(BoardFigures.All, f => Assert.False(string.IsNullOrWhiteSpace(f.Counts)));
    }
}

/// <summary>Each draft graded in a month is counted once by what became of it: signed off and issued, returned, or awaiting a decision.</summary>
public sealed class SignOffOutcomesOfDraftsGraded
{
    private static readonly GradedDraft[] Drafts =
    [
        new(1, OnTheScheme: true, Regraded: false, DraftStatus.SignedOff, 20),
        new(2, OnTheScheme: true, Regraded: false, DraftStatus.Returned, null),
        new(2, OnTheScheme: true, Regraded: true, DraftStatus.SignedOff, 40),
        new(3, OnTheScheme: true, Regraded: true, DraftStatus.ReadyForDecision, null),
        new(4, OnTheScheme: false, Regraded: false, DraftStatus.SignedOff, 30),
        new(5, OnTheScheme: true, Regraded: false, DraftStatus.Returned, null),
    ];

    [Fact]
    public void SignedOffReturnedAndAwaiting_AddUpToTheDraftsGraded()
    {
        var outcomes = SignOffOutcomes.Of(Drafts);

        Assert.Equal(6, outcomes.DraftsGraded);
        Assert.Equal(3, outcomes.SignedOffAndIssued);
        Assert.Equal(2, outcomes.ReturnedToCaseworker);
        Assert.Equal(1, outcomes.AwaitingDecision);
        Assert.Equal(outcomes.DraftsGraded, outcomes.SignedOffAndIssued + outcomes.ReturnedToCaseworker + outcomes.AwaitingDecision);
    }

    [Fact]
    public void DraftsOnTheScheme_AreTheGradesGiven_AndFormsAreCountedBeside()
    {
        var outcomes = SignOffOutcomes.Of(Drafts);

        Assert.Equal(5, outcomes.OnTheScheme);
        Assert.Equal(1, outcomes.OnForms);
    }

    [Fact]
    public void ReGraded_AndMedianDays_AreOfTheDraftsGraded()
    {
        var outcomes = SignOffOutcomes.Of(Drafts);

        Assert.Equal(2, outcomes.Regraded);
        Assert.Equal(30, outcomes.MedianDaysToSignOff);
    }

    [Fact]
    public void NoDrafts_GiveNoMedian()
    {
        var outcomes = SignOffOutcomes.Of([]);

        Assert.Equal(0, outcomes.DraftsGraded);
        Assert.Null(outcomes.MedianDaysToSignOff);
    }
}
