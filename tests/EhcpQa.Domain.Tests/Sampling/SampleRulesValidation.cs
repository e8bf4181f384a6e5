using EhcpQa.Domain.Sampling;

namespace EhcpQa.Domain.Tests.Sampling;

public class SampleRulesValidation
{
    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void SizeBelowOne_IsRefused(int size)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SampleRules(size));
    }

    [Fact]
    public void SizeBelowOne_IsRefusedWhenCopied()
    {
        var rules = new SampleRules(20);

        Assert.Throws<ArgumentOutOfRangeException>(() => rules with { Size = 0 });
    }

    [Fact]
    public void ByDefault_EveryCaseworkerIsCoveredAndTheSampleIsSpread()
    {
        var rules = new SampleRules(20);

        Assert.Equal(SampleSize.Of(20), rules.Size);
        Assert.Equal(1, rules.PerCaseworker);
        Assert.Equal(0, rules.PerPhase);
        Assert.Null(rules.Minimum);
        Assert.True(rules.ProportionalSpread);
    }

    [Fact]
    public void RulesWithTheSameValues_AreEqual()
    {
        Assert.Equal(new SampleRules(6, 0, true), new SampleRules(6, PerCaseworker: 0));
        Assert.Equal(new SampleRules(6) with { Size = 8 }, new SampleRules(8));
        Assert.Equal(new SampleRules(SampleSize.OneInEvery(5)) { PerPhase = 2, Minimum = 20 }, new SampleRules(SampleSize.OneInEvery(5)) { PerPhase = 2, Minimum = 20 });
        Assert.NotEqual(new SampleRules(6) { Minimum = 10 }, new SampleRules(6));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(SampleRules.MaxPerGroup + 1)]
    public void PlansPerCaseworkerOrPhaseOutsideTheirRange_AreRefused(int plans)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SampleRules(10, plans));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SampleRules(10) { PerPhase = plans });
    }

    [Theory]
    [InlineData(0)]
    [InlineData(SampleRules.MaxMinimum + 1)]
    public void MinimumOutsideItsRange_IsRefused(int minimum)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SampleRules(10) { Minimum = minimum });
    }

    [Theory]
    [InlineData(0)]
    [InlineData(SampleSize.MaxOneIn + 1)]
    public void OneInOutsideItsRange_IsRefused(int k)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SampleSize.OneInEvery(k));
    }

    [Fact]
    public void Rules_ReadInWords()
    {
        var rules = new SampleRules(SampleSize.OneInEvery(5), PerCaseworker: 2) { PerPhase = 1, Minimum = 20 };

        Assert.Equal(
            ["at least 2 plans for each caseworker", "at least 1 plan for each phase", "1 in 5 of all plans", "at least 20 plans", "spread in proportion to the population"],
            rules.Words());
        Assert.Equal(["12 plans", "a simple random draw"], new SampleRules(12, PerCaseworker: 0, ProportionalSpread: false).Words());
    }
}
