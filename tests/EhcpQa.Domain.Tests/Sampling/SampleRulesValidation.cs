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

        Assert.Equal(20, rules.Size);
        Assert.True(rules.AtLeastOnePerCaseworker);
        Assert.True(rules.ProportionalSpread);
    }

    [Fact]
    public void RulesWithTheSameValues_AreEqual()
    {
        Assert.Equal(new SampleRules(6, false, true), new SampleRules(6, AtLeastOnePerCaseworker: false));
        Assert.Equal(new SampleRules(6) with { Size = 8 }, new SampleRules(8));
    }
}
