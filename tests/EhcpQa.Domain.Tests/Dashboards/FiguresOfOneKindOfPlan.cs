using EhcpQa.Domain.Dashboards;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Plans;

namespace EhcpQa.Domain.Tests.Dashboards;

/// <summary>
/// Grades of new plans and of plans amended after an annual review, January to March 2026 at sign-off:
/// <list type="bullet">
/// <item>plan 1: 10 Jan new, Good</item>
/// <item>plan 2: 12 Jan new, Requires improvement; 20 Feb new again, Good (re-graded)</item>
/// <item>plan 3: 5 Feb amended, Outstanding</item>
/// <item>plan 4: 3 Mar amended, Inadequate</item>
/// <item>plan 1: 25 Mar amended, Good (the same plan, amended after its review)</item>
/// </list>
/// </summary>
internal static class KindData
{
    public static List<AssuredGrading> Gradings() =>
    [
        Graded(1, new DateOnly(2026, 1, 10), Grade.Good, PlanKind.New),
        Graded(2, new DateOnly(2026, 1, 12), Grade.RequiresImprovement, PlanKind.New),
        Graded(2, new DateOnly(2026, 2, 20), Grade.Good, PlanKind.New, regraded: true),
        Graded(3, new DateOnly(2026, 2, 5), Grade.Outstanding, PlanKind.Amended),
        Graded(4, new DateOnly(2026, 3, 3), Grade.Inadequate, PlanKind.Amended),
        Graded(1, new DateOnly(2026, 3, 25), Grade.Good, PlanKind.Amended),
    ];

    public static AssuredGrading Graded(int planId, DateOnly on, Grade overall, PlanKind kind, bool regraded = false) =>
        new(planId, AssuranceLevel.SignOff, on, DashboardData.North, Phase.KeyStage2, BroadAreaOfNeed.CognitionAndLearning, SettingType.Mainstream,
            overall, regraded, new Dictionary<SectionCode, Grade> { [SectionCode.A] = overall }, kind);
}

/// <summary>A dashboard of new plans, or of amended plans, counts only the grades of that kind; without a kind it counts both.</summary>
public sealed class DashboardFilterOfOneKind
{
    [Theory]
    [InlineData(PlanKind.New, 3)]
    [InlineData(PlanKind.Amended, 3)]
    public void FilterWithAKind_MatchesOnlyGradesOfThatKind(PlanKind kind, int expected)
    {
        var filter = DashboardData.JanuaryToMarch with { Kind = kind };

        var matched = KindData.Gradings().Where(filter.Matches).ToList();

        Assert.Equal(expected, matched.Count);
        Assert.All(matched, g => Assert.Equal(kind, g.Kind));
    }

    [Fact]
    public void FilterWithoutAKind_MatchesBoth()
    {
        Assert.Equal(6, KindData.Gradings().Count(DashboardData.JanuaryToMarch.Matches));
    }

    [Fact]
    public void DashboardOfAmendedPlans_CountsOnlyTheirGrades()
    {
        var dashboard = Dashboard.Compute(KindData.Gradings(), DashboardData.JanuaryToMarch with { Kind = PlanKind.Amended }, DashboardData.Localities);

        Assert.Equal(3, dashboard.Overall.Total);
        Assert.Equal(3, dashboard.PlansAssured);
        Assert.Equal(2, dashboard.Overall.AtLeastGoodCount);
        Assert.Equal(0, dashboard.Regraded);
    }

    [Fact]
    public void AKindAlone_SinglesOutNoOne_SoTheScopeIsUnchanged()
    {
        Assert.Equal(FigureScope.WholeAuthority, (DashboardData.JanuaryToMarch with { Kind = PlanKind.Amended }).Scope);
        Assert.Equal(FigureScope.Cut, (DashboardData.JanuaryToMarch with { Kind = PlanKind.Amended, LocalityId = DashboardData.North }).Scope);
        Assert.Equal(FigureScope.WholeAuthority, KindFigures.ScopeOf(DashboardData.JanuaryToMarch));
        Assert.Equal(FigureScope.Cut, KindFigures.ScopeOf(DashboardData.JanuaryToMarch with { Phase = Phase.KeyStage2 }));
    }
}

/// <summary>The figures split by new and amended plans: each kind's plans and grades, adding up to the whole.</summary>
public sealed class FiguresSplitByKindOfPlan
{
    private readonly Dashboard _dashboard = Dashboard.Compute(KindData.Gradings(), DashboardData.JanuaryToMarch, DashboardData.Localities);

    [Fact]
    public void EachKind_HasItsPlansGradesAndShare()
    {
        var (fresh, amended) = (_dashboard.ByKind[0], _dashboard.ByKind[1]);

        Assert.Equal(PlanKind.New, fresh.Kind);
        Assert.Equal(2, fresh.PlansAssured);
        Assert.Equal(3, fresh.Grades.Total);
        Assert.Equal(2, fresh.Grades.AtLeastGoodCount);
        Assert.Equal(1, fresh.Regraded);
        Assert.Equal(PlanKind.Amended, amended.Kind);
        Assert.Equal(3, amended.PlansAssured);
        Assert.Equal(3, amended.Grades.Total);
        Assert.Equal(2, amended.Grades.AtLeastGoodCount);
    }

    [Fact]
    public void TheKinds_AddUpToTheGradesGiven_AndAPlanOfBothKindsCountsUnderEach()
    {
        Assert.Equal(_dashboard.Overall.Total, _dashboard.ByKind.Sum(k => k.Grades.Total));
        Assert.Equal(_dashboard.Overall.AtLeastGoodCount, _dashboard.ByKind.Sum(k => k.Grades.AtLeastGoodCount));
        Assert.Equal(_dashboard.Regraded, _dashboard.ByKind.Sum(k => k.Regraded));
        Assert.Equal(4, _dashboard.PlansAssured);
        Assert.Equal(5, _dashboard.ByKind.Sum(k => k.PlansAssured));
    }

    [Fact]
    public void AKindWithNoGrades_IsShownAsZero_WithNoShare()
    {
        var newOnly = Dashboard.Compute(KindData.Gradings().Where(g => g.Kind == PlanKind.New), DashboardData.JanuaryToMarch, DashboardData.Localities);

        Assert.Equal([PlanKind.New, PlanKind.Amended], newOnly.ByKind.Select(k => k.Kind));
        Assert.Equal(0, newOnly.ByKind[1].PlansAssured);
        Assert.Equal(0, newOnly.ByKind[1].Grades.Total);
        Assert.Null(newOnly.ByKind[1].Grades.AtLeastGoodShare);
    }

    [Fact]
    public void OutsideThePeriod_IsNotCounted()
    {
        var february = Dashboard.Compute(KindData.Gradings(), new DashboardFilter(new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 1), AssuranceLevel.SignOff), DashboardData.Localities);

        Assert.Equal([1, 1], february.ByKind.Select(k => k.Grades.Total));
    }

    [Fact]
    public void TheSplit_IsOneOfTheBoardsFigures()
    {
        Assert.Contains(BoardFigures.ByPlanKind, BoardFigures.All);
    }
}

/// <summary>Sign-off is timed from the first draft of the same round: a new plan's first draft, or an amendment's first draft.</summary>
public sealed class FirstDraftOfEachRound
{
    private static readonly DateTimeOffset Start = new(2025, 1, 6, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AnAmendedPlan_IsTimedFromItsAmendmentsFirstDraft()
    {
        SentDraft[] drafts =
        [
            new(1, null, 1, Start),
            new(1, null, 2, Start.AddDays(20)),
            new(1, 1, 4, Start.AddDays(400)),
            new(1, 1, 3, Start.AddDays(380)),
            new(2, null, 1, Start.AddDays(5)),
        ];

        var first = SentDraft.FirstOfEachRound(drafts);

        Assert.Equal(Start, first[(1, null)]);
        Assert.Equal(Start.AddDays(380), first[(1, 1)]);
        Assert.Equal(Start.AddDays(5), first[(2, null)]);
        Assert.Equal(3, first.Count);
    }
}
