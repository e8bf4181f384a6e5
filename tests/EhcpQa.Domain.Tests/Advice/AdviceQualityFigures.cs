using EhcpQa.Domain.Advice;
using EhcpQa.Domain.Staff;

namespace EhcpQa.Domain.Tests.Advice;

/// <summary>The scorecard's quality figures, from the agencies' own audits, worked out by hand.</summary>
public class AdviceQualityFigures
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    // In the period (October to December): two health audits (80% reaching the bar, 65% not), one health audit on a form
    // without points or bar, one EP audit (90%, no bar). Outside it: a September audit and one dated after today.
    private static readonly AdviceAuditScore[] Audits =
    [
        new(Agency.Health, "Speech and language therapy", new DateOnly(2026, 10, 5), 80m, true),
        new(Agency.Health, "Paediatrics", new DateOnly(2026, 11, 12), 65m, false),
        new(Agency.Health, "Paediatrics", new DateOnly(2026, 11, 20), null, null),
        new(Agency.EducationalPsychology, "Educational psychology", new DateOnly(2026, 12, 1), 90m, null),
        new(Agency.Health, "Paediatrics", new DateOnly(2026, 9, 30), 10m, false),
        new(Agency.Health, "Paediatrics", new DateOnly(2026, 12, 20), 10m, false),
    ];

    private static AdviceScorecard Card() => AdviceScorecard.Of([], Audits, new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31), Today);

    [Fact]
    public void Overall_CountsAuditsSubmittedInThePeriod_TheMeanOfThoseScored_AndTheBarOfThoseWithOne()
    {
        var quality = Card().Quality;

        Assert.Equal(4, quality.Audited);
        Assert.Equal(78.3m, quality.MeanPercent);
        Assert.Equal((2, 1), (quality.WithBar, quality.ReachingBar));
        Assert.Equal(0.5, quality.ReachingBarShare);
    }

    [Fact]
    public void ByAgencyAndService_SplitTheSameAudits()
    {
        var card = Card();

        Assert.Equal(
            [("Educational psychology", 1, (decimal?)90m), ("Health", 3, 72.5m)],
            card.QualityByAgency.Select(q => (q.Name, q.Audited, q.MeanPercent)));
        var paediatrics = Assert.Single(card.QualityByService, q => q.Name == "Paediatrics");
        Assert.Equal((2, (decimal?)65m, 1, 0), (paediatrics.Audited, paediatrics.MeanPercent, paediatrics.WithBar, paediatrics.ReachingBar));
    }

    [Fact]
    public void Months_CountAuditsByTheMonthSubmitted()
    {
        Assert.Equal(
            [(1, (decimal?)80m), (2, 65m), (1, 90m)],
            Card().Months.Select(m => (m.Audited, m.MeanPercent)));
    }

    [Fact]
    public void NoAudits_GiveNoMeanAndNoBar()
    {
        var quality = AdviceScorecard.Of([], new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31), Today).Quality;

        Assert.Equal((0, (decimal?)null, (double?)null), (quality.Audited, quality.MeanPercent, quality.ReachingBarShare));
    }
}
