using EhcpQa.Domain.Dashboards;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Staff;

namespace EhcpQa.Domain.Tests.Dashboards;

/// <summary>The dashboard's quality of advice: the agencies' audits within the dashboard's cuts, for the period and the 12-month trend, worked out by hand.</summary>
public class AdviceQualityOnTheDashboard
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    // A child in Year 3 in November 2026 (key stage 2); another in Year 10 (key stage 4).
    private static readonly TimelinessPlan PrimaryInLocality1 = new(1, new DateOnly(2018, 12, 1), NeedType.Autism, SettingType.Mainstream);
    private static readonly TimelinessPlan SecondaryInLocality2 = new(2, new DateOnly(2011, 12, 1), NeedType.SevereLearningDifficulty, SettingType.Special);

    private static readonly AdviceAuditRecord[] Audits =
    [
        new(PrimaryInLocality1, PlanKind.New, new(Agency.Health, "Paediatrics", new DateOnly(2026, 11, 3), 80m, true)),
        new(PrimaryInLocality1, PlanKind.Amended, new(Agency.EducationalPsychology, "Educational psychology", new DateOnly(2026, 11, 20), 60m, false)),
        new(SecondaryInLocality2, PlanKind.New, new(Agency.Health, "Paediatrics", new DateOnly(2026, 11, 25), 40m, false)),
        new(SecondaryInLocality2, PlanKind.New, new(Agency.Health, "Paediatrics", new DateOnly(2026, 6, 10), 100m, true)),
        new(PrimaryInLocality1, PlanKind.New, new(Agency.Health, "Paediatrics", new DateOnly(2025, 10, 10), 10m, false)),
    ];

    private static DashboardFilter November => new(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 1), AssuranceLevel.SignOff);

    [Fact]
    public void ThePeriod_CountsTheAuditsSubmittedInIt_AndTheTrendTheTwelveMonthsEndingWithIt()
    {
        var figures = AdviceQualityFigures.Compute(Audits, November, Today);

        Assert.Equal((3, (decimal?)60m), (figures.Period.Quality.Audited, figures.Period.Quality.MeanPercent));
        Assert.Equal([("Educational psychology", 1), ("Health", 2)], figures.Period.QualityByAgency.Select(a => (a.Name, a.Audited)));
        Assert.Equal(12, figures.Trend.Count);
        Assert.Equal(new DateOnly(2025, 12, 1), figures.Trend[0].Month);
        Assert.Equal((1, (decimal?)100m), (figures.Trend.Single(m => m.Month.Month == 6).Audited, figures.Trend.Single(m => m.Month.Month == 6).MeanPercent));
        Assert.Equal(3, figures.Trend[^1].Audited);
    }

    [Fact]
    public void ALocality_CountsOnlyTheAdviceForItsPlans()
    {
        var figures = AdviceQualityFigures.Compute(Audits, November with { LocalityId = 2 }, Today);

        Assert.Equal((1, (decimal?)40m), (figures.Period.Quality.Audited, figures.Period.Quality.MeanPercent));
    }

    [Fact]
    public void PhaseNeedSettingAndKind_CutTheAuditsAsTheyCutTheOtherFigures()
    {
        Assert.Equal(2, AdviceQualityFigures.Compute(Audits, November with { Phase = Phase.KeyStage2 }, Today).Period.Quality.Audited);
        Assert.Equal(1, AdviceQualityFigures.Compute(Audits, November with { Need = NeedType.SevereLearningDifficulty.AreaOf() }, Today).Period.Quality.Audited);
        Assert.Equal(2, AdviceQualityFigures.Compute(Audits, November with { Setting = SettingType.Mainstream }, Today).Period.Quality.Audited);
        Assert.Equal(2, AdviceQualityFigures.Compute(Audits, November with { Kind = PlanKind.New }, Today).Period.Quality.Audited);
        Assert.Equal(0, AdviceQualityFigures.Compute(Audits, November with { Kind = PlanKind.Amended, LocalityId = 2 }, Today).Period.Quality.Audited);
    }

    [Fact]
    public void AnAuditOutsideThePeriodAndTrend_IsNotCounted()
    {
        var figures = AdviceQualityFigures.Compute(Audits, November, Today);

        Assert.Equal(4, figures.Trend.Sum(m => m.Audited));
    }
}
