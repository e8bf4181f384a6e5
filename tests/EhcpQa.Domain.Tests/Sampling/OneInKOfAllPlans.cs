using EhcpQa.Domain.Sampling;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Sampling;

/// <summary>"1 in K of all plans": the size is the population divided by K, rounded up.</summary>
public class OneInKOfAllPlans
{
    [Theory]
    [InlineData(100, 10, 10)]
    [InlineData(101, 10, 11)]
    [InlineData(109, 10, 11)]
    [InlineData(9, 10, 1)]
    [InlineData(1, 3, 1)]
    [InlineData(437, 10, 44)]
    public void Size_IsThePopulationOverKRoundedUp(int population, int k, int expected)
    {
        Assert.Equal(expected, SampleSize.OneInEvery(k).For(population));
    }

    [Fact]
    public void Draw_TakesOneInKAndSaysHowItWasRounded()
    {
        var population = Populations.Varied(437, caseworkers: 3);

        var outcome = SampleDraw.Draw(population, new SampleRules(SampleSize.OneInEvery(10)), seed: 4);

        Assert.Equal(44, outcome.Drawn.Count);
        Assert.Equal(["1 in 10 of 437 plans is 43.7, rounded up to 44."], outcome.Notes);
    }

    [Fact]
    public void ExactDivision_IsNotRounded()
    {
        var outcome = SampleDraw.Draw(Populations.Varied(200, caseworkers: 3), new SampleRules(SampleSize.OneInEvery(10)), seed: 4);

        Assert.Equal(20, outcome.Drawn.Count);
        Assert.Equal(["1 in 10 of 200 plans is 20."], outcome.Notes);
    }

    [Fact]
    public void OneInOne_TakesEveryPlan()
    {
        var outcome = SampleDraw.Draw(Populations.Varied(30, caseworkers: 3), new SampleRules(SampleSize.OneInEvery(1)), seed: 4);

        Assert.Equal(30, outcome.Drawn.Count);
    }

    [Fact]
    public void SameSeed_GivesTheSameSample()
    {
        var rules = new SampleRules(SampleSize.OneInEvery(7), PerCaseworker: 2) { PerPhase = 1 };

        var first = SampleDraw.Draw(Populations.Varied(3_000), rules, seed: 99);
        var second = SampleDraw.Draw(Populations.Shuffled(Populations.Varied(3_000), seed: 5), rules, seed: 99);

        Assert.Equal(first.Drawn.Select(c => c.PlanId), second.Drawn.Select(c => c.PlanId));
        Assert.Equal(first.Notes, second.Notes);
    }
}
