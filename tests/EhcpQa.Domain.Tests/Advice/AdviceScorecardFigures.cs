using EhcpQa.Domain.Advice;
using EhcpQa.Domain.Staff;

namespace EhcpQa.Domain.Tests.Advice;

/// <summary>The advice scorecard's figures from a small set worked out by hand.</summary>
public class AdviceScorecardFigures
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    private static AdviceDates Advice(Agency agency, string service, string requested, int dueAfterDays, int? receivedAfterDays) =>
        new(agency, service, DateOnly.Parse(requested, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(requested, System.Globalization.CultureInfo.InvariantCulture).AddDays(dueAfterDays),
            receivedAfterDays is { } days ? DateOnly.Parse(requested, System.Globalization.CultureInfo.InvariantCulture).AddDays(days) : null);

    // Due in October: EP on time (30 days), EP late (50), SLT on time on its due day (42), SLT still overdue.
    // Due in November: social care on time (20). Due in December, not yet due on 7 December: not counted.
    // Due in September: outside the period.
    private static readonly AdviceDates[] Set =
    [
        Advice(Agency.EducationalPsychology, "Educational psychology", "2026-09-01", 42, 30),
        Advice(Agency.EducationalPsychology, "Educational psychology", "2026-09-02", 42, 50),
        Advice(Agency.Health, "Speech and language therapy", "2026-09-03", 42, 42),
        Advice(Agency.Health, "Speech and language therapy", "2026-09-04", 42, null),
        Advice(Agency.SocialCare, "Social care", "2026-10-10", 42, 20),
        Advice(Agency.Health, "Paediatrics", "2026-11-20", 42, null),
        Advice(Agency.Health, "Paediatrics", "2026-07-01", 42, 80),
    ];

    [Fact]
    public void Overall_CountsAdviceDueInThePeriodWhoseOutcomeIsKnown()
    {
        var card = AdviceScorecard.Of(Set, new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31), Today);

        Assert.Equal((5, 3, 2, 1), (card.Overall.Due, card.Overall.OnTime, card.Overall.Late, card.Overall.StillOverdue));
        Assert.Equal(0.6, card.Overall.OnTimeShare);
        Assert.Equal(36, card.Overall.MedianDays);
    }

    [Fact]
    public void ByAgencyAndService_SplitTheSameAdvice()
    {
        var card = AdviceScorecard.Of(Set, new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31), Today);

        Assert.Equal(
            [("Educational psychology", 2, 1, 40.0), ("Health", 2, 1, 42.0), ("Social care", 1, 1, 20.0)],
            card.ByAgency.Select(a => (a.Name, a.Due, a.OnTime, a.MedianDays!.Value)));
        var slt = Assert.Single(card.ByService, s => s.Name == "Speech and language therapy");
        Assert.Equal((Agency.Health, 2, 1, 1), (slt.Agency, slt.Due, slt.OnTime, slt.StillOverdue));
        Assert.DoesNotContain(card.ByService, s => s.Name == "Paediatrics");
    }

    [Fact]
    public void Months_GiveTheTrend_WithNothingDueShownAsNoShare()
    {
        var card = AdviceScorecard.Of(Set, new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31), Today);

        Assert.Equal(
            [(new DateOnly(2026, 10, 1), 4, 2), (new DateOnly(2026, 11, 1), 1, 1), (new DateOnly(2026, 12, 1), 0, 0)],
            card.Months.Select(m => (m.Month, m.Due, m.OnTime)));
        Assert.Null(card.Months[2].OnTimeShare);
    }

    [Theory]
    [InlineData(new int[0], null)]
    [InlineData(new[] { 7 }, 7.0)]
    [InlineData(new[] { 50, 30 }, 40.0)]
    [InlineData(new[] { 42, 9, 30 }, 30.0)]
    public void Median_IsTheMiddleDay(int[] days, double? median)
    {
        Assert.Equal(median, AdviceScorecard.Median(days));
    }
}
