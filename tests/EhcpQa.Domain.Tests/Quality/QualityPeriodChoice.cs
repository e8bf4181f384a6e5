using EhcpQa.Domain.Quality;

namespace EhcpQa.Domain.Tests.Quality;

/// <summary>The period figures are counted over: the last 12 months by default, or one chosen that starts by today and ends after it starts.</summary>
public class QualityPeriodChoice
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void ByDefault_ThePeriodIsTheLastTwelveMonths_TodayIncluded()
    {
        var period = QualityPeriod.LastTwelveMonths(Today);

        Assert.Equal(new DateOnly(2025, 11, 24), period.From);
        Assert.Equal(Today, period.To);
        Assert.True(period.Contains(Today));
        Assert.False(period.Contains(new DateOnly(2025, 11, 23)));
    }

    [Fact]
    public void APeriodEndingBeforeItStarts_IsRefused_WithTheEndDateNamed()
    {
        var problem = Assert.Single(QualityPeriod.Problems(new(2026, 5, 1), new(2026, 4, 30), Today));

        Assert.Equal(nameof(QualityPeriod.To), problem.Field);
        Assert.Throws<DomainRuleException>(() => QualityPeriod.Of(new(2026, 5, 1), new(2026, 4, 30), Today));
    }

    [Fact]
    public void APeriodStartingAfterToday_IsRefused_WithTheStartDateNamed()
    {
        var problem = Assert.Single(QualityPeriod.Problems(new(2026, 11, 24), new(2026, 12, 31), Today));

        Assert.Equal(nameof(QualityPeriod.From), problem.Field);
    }

    [Fact]
    public void AOneDayPeriod_IsAllowed()
    {
        Assert.Empty(QualityPeriod.Problems(Today, Today, Today));
    }
}
