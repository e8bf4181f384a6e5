using EhcpQa.Domain.Dashboards;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Plans;

namespace EhcpQa.Domain.Tests.Dashboards;

/// <summary>
/// A small hand-checked set of decisive grades, period January to March 2026 at sign-off:
/// <list type="bullet">
/// <item>plan 1: 31 Dec 2025 Good (before the period, in the trend only)</item>
/// <item>plan 2: 1 Jan 2026 Good, North, key stage 2, communication, mainstream</item>
/// <item>plan 3: 31 Jan 2026 Requires improvement, North, key stage 4, cognition, special</item>
/// <item>plan 3: 1 Feb 2026 Good, re-graded (its resubmission), North, secondary</item>
/// <item>plan 4: 31 Mar 2026 Outstanding, South, key stage 4, cognition, mainstream</item>
/// <item>plan 5: 1 Apr 2026 Inadequate (after the period)</item>
/// <item>plan 6: 15 Feb 2026 Inadequate, at a multi-agency panel (another level)</item>
/// </list>
/// </summary>
internal static class DashboardData
{
    public const int North = 1;
    public const int South = 2;

    public static readonly Dictionary<int, string> Localities = new() { [North] = "North", [South] = "South" };

    public static readonly DashboardFilter JanuaryToMarch = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 1), AssuranceLevel.SignOff);

    public static List<AssuredGrading> Gradings() =>
    [
        Graded(1, new DateOnly(2025, 12, 31), Grade.Good),
        Graded(2, new DateOnly(2026, 1, 1), Grade.Good, phase: Phase.KeyStage2, need: BroadAreaOfNeed.CommunicationAndInteraction),
        Graded(3, new DateOnly(2026, 1, 31), Grade.RequiresImprovement, setting: SettingType.Special),
        Graded(3, new DateOnly(2026, 2, 1), Grade.Good, regraded: true, setting: SettingType.Special),
        Graded(4, new DateOnly(2026, 3, 31), Grade.Outstanding, locality: South),
        Graded(5, new DateOnly(2026, 4, 1), Grade.Inadequate),
        Graded(6, new DateOnly(2026, 2, 15), Grade.Inadequate, level: AssuranceLevel.MultiAgencyPanel),
    ];

    public static AssuredGrading Graded(
        int planId, DateOnly on, Grade overall, bool regraded = false, int locality = North, Phase phase = Phase.KeyStage4,
        BroadAreaOfNeed need = BroadAreaOfNeed.CognitionAndLearning, SettingType setting = SettingType.Mainstream,
        AssuranceLevel level = AssuranceLevel.SignOff) =>
        new(planId, level, on, locality, phase, need, setting, overall, regraded,
            new Dictionary<SectionCode, Grade> { [SectionCode.A] = overall, [SectionCode.F] = overall == Grade.Outstanding ? Grade.Good : overall });
}

public sealed class DashboardHeadlineFigures
{
    private readonly Dashboard _dashboard = Dashboard.Compute(DashboardData.Gradings(), DashboardData.JanuaryToMarch, DashboardData.Localities);

    [Fact]
    public void PeriodTakesWholeMonths_FromTheFirstDayToTheLast()
    {
        // 1 Jan, 31 Jan, 1 Feb and 31 Mar are in; 31 Dec and 1 Apr are not; the panel grade is another level.
        Assert.Equal(4, _dashboard.Overall.Total);
        Assert.Equal(new DateOnly(2026, 1, 1), DashboardData.JanuaryToMarch.From);
        Assert.Equal(new DateOnly(2026, 3, 31), DashboardData.JanuaryToMarch.To);
    }

    [Fact]
    public void PlansAssured_CountsAPlanGradedTwiceOnce()
    {
        Assert.Equal(3, _dashboard.PlansAssured);
    }

    [Fact]
    public void GradeDistribution_AndShareAtLeastGood()
    {
        Assert.Equal(1, _dashboard.Overall.CountOf(Grade.Outstanding));
        Assert.Equal(2, _dashboard.Overall.CountOf(Grade.Good));
        Assert.Equal(1, _dashboard.Overall.CountOf(Grade.RequiresImprovement));
        Assert.Equal(0, _dashboard.Overall.CountOf(Grade.Inadequate));
        Assert.Equal(3, _dashboard.Overall.AtLeastGoodCount);
        Assert.Equal(0.75, _dashboard.Overall.AtLeastGoodShare);
    }

    [Fact]
    public void Regraded_CountsTheResubmissionGradedAgain()
    {
        Assert.Equal(1, _dashboard.Regraded);
    }

    [Fact]
    public void SectionGrades_AreCountedPerSection()
    {
        var f = _dashboard.BySection.Single(s => s.Section.Code == SectionCode.F).Grades;
        Assert.Equal(3, f.CountOf(Grade.Good));
        Assert.Equal(1, f.CountOf(Grade.RequiresImprovement));
        Assert.Equal(0, _dashboard.BySection.Single(s => s.Section.Code == SectionCode.B).Grades.Total);
    }

    [Fact]
    public void NoGrades_GiveNoShareRatherThanZero()
    {
        var empty = Dashboard.Compute([], DashboardData.JanuaryToMarch, DashboardData.Localities);

        Assert.Equal(0, empty.PlansAssured);
        Assert.Null(empty.Overall.AtLeastGoodShare);
    }

    [Fact]
    public void PeriodEndingBeforeItStarts_IsRefused()
    {
        var backwards = DashboardData.JanuaryToMarch with { FromMonth = new DateOnly(2026, 4, 1) };

        Assert.Throws<DomainRuleException>(() => Dashboard.Compute([], backwards, DashboardData.Localities));
    }
}

public sealed class DashboardTrend
{
    [Fact]
    public void Trend_IsTheTwelveMonthsEndingWithThePeriod_WithEmptyMonthsShown()
    {
        var dashboard = Dashboard.Compute(DashboardData.Gradings(), DashboardData.JanuaryToMarch, DashboardData.Localities);

        Assert.Equal(12, dashboard.Trend.Count);
        Assert.Equal(new DateOnly(2025, 4, 1), dashboard.Trend[0].Month);
        Assert.Equal(new DateOnly(2026, 3, 1), dashboard.Trend[^1].Month);
        Assert.Equal(1, dashboard.Trend.Single(t => t.Month == new DateOnly(2025, 12, 1)).Grades.Total);
        var january = dashboard.Trend.Single(t => t.Month == new DateOnly(2026, 1, 1)).Grades;
        Assert.Equal(2, january.Total);
        Assert.Equal(0.5, january.AtLeastGoodShare);
        Assert.Equal(0, dashboard.Trend[0].Grades.Total);
    }
}

public sealed class DashboardCuts
{
    [Fact]
    public void ByLocality_ListsEveryLocality_WithItsGrades()
    {
        var dashboard = Dashboard.Compute(DashboardData.Gradings(), DashboardData.JanuaryToMarch, DashboardData.Localities);

        Assert.Equal(["North", "South"], dashboard.ByLocality.Select(r => r.Label));
        Assert.Equal(3, dashboard.ByLocality[0].Grades.Total);
        Assert.Equal(1, dashboard.ByLocality[0].Regraded);
        Assert.Equal(1, dashboard.ByLocality[1].Grades.CountOf(Grade.Outstanding));
    }

    [Fact]
    public void ByPhaseNeedAndSetting_CountEachValue_IncludingZeros()
    {
        var dashboard = Dashboard.Compute(DashboardData.Gradings(), DashboardData.JanuaryToMarch, DashboardData.Localities);

        Assert.Equal(1, dashboard.ByPhase.Single(r => r.Label == Phase.KeyStage2.Name()).Grades.Total);
        Assert.Equal(3, dashboard.ByPhase.Single(r => r.Label == Phase.KeyStage4.Name()).Grades.Total);
        Assert.Equal(0, dashboard.ByPhase.Single(r => r.Label == Phase.Post16.Name()).Grades.Total);
        Assert.Equal(3, dashboard.ByNeed.Single(r => r.Label == BroadAreaOfNeed.CognitionAndLearning.Name()).Grades.Total);
        Assert.Equal(2, dashboard.BySetting.Single(r => r.Label == SettingType.Special.Name()).Grades.Total);
    }

    [Fact]
    public void FilterByLocality_KeepsOnlyItsGrades()
    {
        var south = DashboardData.JanuaryToMarch with { LocalityId = DashboardData.South };

        var dashboard = Dashboard.Compute(DashboardData.Gradings(), south, DashboardData.Localities);

        Assert.Equal(1, dashboard.Overall.Total);
        Assert.Equal(1, dashboard.PlansAssured);
    }

    [Fact]
    public void FilterByLevel_CountsThePanelsGradesApart()
    {
        var panel = DashboardData.JanuaryToMarch with { Level = AssuranceLevel.MultiAgencyPanel };

        var dashboard = Dashboard.Compute(DashboardData.Gradings(), panel, DashboardData.Localities);

        Assert.Equal(1, dashboard.Overall.CountOf(Grade.Inadequate));
        Assert.Equal(1, dashboard.Overall.Total);
    }
}

public sealed class BoardSuppression
{
    [Theory]
    [InlineData(0, "0")]
    [InlineData(1, "fewer than 5")]
    [InlineData(4, "fewer than 5")]
    [InlineData(5, "5")]
    [InlineData(120, "120")]
    public void CountsFromOneToBelowTheThreshold_AreHidden(int count, string shown)
    {
        Assert.Equal(shown, Suppression.ForBoard.Count(count));
    }

    [Theory]
    [InlineData(3, 4, "–")]
    [InlineData(3, 20, "–")]
    [InlineData(17, 20, "–")]
    [InlineData(10, 20, "50%")]
    [InlineData(20, 20, "100%")]
    [InlineData(0, 20, "0%")]
    [InlineData(0, 0, "–")]
    public void Shares_AreHiddenWhenAnyPartOfThemIsSmall(int part, int total, string shown)
    {
        Assert.Equal(shown, Suppression.ForBoard.Share(part, total));
    }

    [Fact]
    public void StaffViews_ShowEveryCount()
    {
        Assert.Equal("3", Suppression.None.Count(3));
        Assert.Equal("75%", Suppression.None.Share(3, 4));
    }
}
