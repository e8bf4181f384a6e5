using EhcpQa.Domain.Dashboards;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Staff;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Dashboards;

/// <summary>The board sees the whole authority's figures in full and a cut's small numbers suppressed, at the authority's threshold.</summary>
public sealed class SmallNumbersInCuts
{
    [Fact]
    public void WholeAuthority_IsShownInFull_EvenWhenAMonthIsSmall()
    {
        var board = DashboardAudience.For(People.WithRole(StaffRole.BoardMember));
        var wholeAuthority = DashboardData.JanuaryToMarch;

        var shown = board.SuppressionFor(wholeAuthority);

        Assert.Equal(FigureScope.WholeAuthority, wholeAuthority.Scope);
        Assert.Equal("3", shown.Count(3));
        Assert.Equal("67%", shown.Share(2, 3));
    }

    [Theory]
    [InlineData(1, null, null, null)]
    [InlineData(null, Phase.KeyStage2, null, null)]
    [InlineData(null, null, BroadAreaOfNeed.SensoryAndPhysical, null)]
    [InlineData(null, null, null, SettingType.Special)]
    public void FilterToALocalityPhaseNeedOrSetting_IsACut_AndItsSmallNumbersAreHidden(int? locality, Phase? phase, BroadAreaOfNeed? need, SettingType? setting)
    {
        var board = DashboardAudience.For(People.WithRole(StaffRole.BoardMember));
        var cut = DashboardData.JanuaryToMarch with { LocalityId = locality, Phase = phase, Need = need, Setting = setting };

        var shown = board.SuppressionFor(cut);

        Assert.Equal(FigureScope.Cut, cut.Scope);
        Assert.Equal("fewer than 5", shown.Count(3));
        Assert.Equal("–", shown.Share(2, 3));
    }

    [Fact]
    public void Threshold_IsTheAuthoritysSetting()
    {
        var board = DashboardAudience.For(People.WithRole(StaffRole.BoardMember), Suppression.Board(3));

        Assert.Equal("fewer than 3", board.Suppression.Count(2));
        Assert.Equal("3", board.Suppression.Count(3));
        Assert.Equal("4", board.Suppression.Count(4));
        Assert.Equal("fewer than 5", DashboardAudience.For(People.WithRole(StaffRole.BoardMember)).Suppression.Count(4));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(101)]
    [InlineData(-5)]
    public void ThresholdThatProtectsNoOneOrHidesEverything_IsRefused(int threshold)
    {
        Assert.NotNull(Suppression.ThresholdProblem(threshold));
        Assert.Throws<DomainRuleException>(() => Suppression.Board(threshold));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(10)]
    [InlineData(100)]
    public void ThresholdFromTwoToAHundred_IsAccepted(int threshold)
    {
        Assert.Null(Suppression.ThresholdProblem(threshold));
        Assert.Equal(threshold, Suppression.Board(threshold).Threshold);
    }

    [Fact]
    public void StaffSeeCutsInFull()
    {
        var qaLead = DashboardAudience.For(People.QaLead(), Suppression.Board(10));

        Assert.Equal("3", qaLead.SuppressionFor(DashboardData.JanuaryToMarch with { LocalityId = 1 }).Count(3));
    }

    [Fact]
    public void HiddenFigure_HasAMarkAndANoteSayingItIsNotShown()
    {
        var suppression = Suppression.Board(5);

        Assert.Equal("<5", suppression.HiddenMark);
        Assert.Equal("<5: fewer than 5, not shown", suppression.HiddenNote);
        Assert.True(suppression.HidesShare(10, 13));
        Assert.False(suppression.HidesShare(0, 13));
    }

    [Fact]
    public void CutRowsBelowTheThreshold_AreHidden_WhileTheirWholeIsShown()
    {
        var dashboard = Dashboard.Compute(DashboardData.Gradings(), DashboardData.JanuaryToMarch, DashboardData.Localities);
        var board = DashboardAudience.For(People.WithRole(StaffRole.BoardMember));

        Assert.Equal("4", board.SuppressionFor(DashboardData.JanuaryToMarch).Count(dashboard.Overall.Total));
        Assert.All(dashboard.ByLocality, row => Assert.Equal("fewer than 5", board.Suppression.Count(row.Grades.Total)));
        Assert.Equal("3", DashboardAudience.For(People.WithRole(StaffRole.BoardMember), Suppression.Board(3)).Suppression.Count(dashboard.ByLocality[0].Grades.Total));
    }
}
