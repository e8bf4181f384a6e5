using EhcpQa.Domain.Sampling;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Sampling;

/// <summary>A minimum sample size raises a smaller size to it, never above the population.</summary>
public class MinimumSampleSize
{
    [Fact]
    public void SmallerSize_IsRaisedToTheMinimum()
    {
        var outcome = SampleDraw.Draw(Populations.Varied(120, caseworkers: 3), new SampleRules(SampleSize.OneInEvery(10)) { Minimum = 20 }, seed: 7);

        Assert.Equal(20, outcome.Drawn.Count);
        Assert.Equal(["1 in 10 of 120 plans is 12.", "The sample was raised from 12 to 20, the minimum sample size."], outcome.Notes);
    }

    [Fact]
    public void LargerSize_IsKept()
    {
        var outcome = SampleDraw.Draw(Populations.Varied(500, caseworkers: 3), new SampleRules(30) { Minimum = 20 }, seed: 7);

        Assert.Equal(30, outcome.Drawn.Count);
        Assert.Empty(outcome.Notes);
    }

    [Fact]
    public void MinimumLargerThanThePopulation_TakesEveryPlanAndSaysSo()
    {
        var population = Populations.Varied(12, caseworkers: 3);

        var outcome = SampleDraw.Draw(population, new SampleRules(5) { Minimum = 20 }, seed: 7);

        Assert.Equal(population.Select(c => c.PlanId), outcome.Drawn.Select(c => c.PlanId));
        Assert.Equal(["The minimum sample size is 20, but the population has only 12 plans: all are in the sample."], outcome.Notes);
    }
}
