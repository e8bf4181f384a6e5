using EhcpQa.Domain.Sampling;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Sampling;

public class SampleOfTheWholePopulation
{
    [Fact]
    public void SizeAbovePopulation_TakesEveryPlanAndSaysSo()
    {
        var population = Populations.Shuffled(Populations.Varied(7, caseworkers: 3), seed: 4);

        var outcome = SampleDraw.Draw(population, new SampleRules(10), seed: 1);

        Assert.Equal([1, 2, 3, 4, 5, 6, 7], outcome.Drawn.Select(c => c.PlanId));
        Assert.Equal(["The population has only 7 plans: all are in the sample."], outcome.Notes);
    }

    [Fact]
    public void SizeEqualToPopulation_TakesEveryPlan()
    {
        var population = Populations.Varied(7, caseworkers: 3);

        var outcome = SampleDraw.Draw(population, new SampleRules(7, PerCaseworker: 0), seed: 1);

        Assert.Equal(7, outcome.Drawn.Count);
        Assert.Equal(["The population has 7 plans, the size asked for: all are in the sample."], outcome.Notes);
    }

    [Fact]
    public void OnePlan_IsNamedInTheSingular()
    {
        var outcome = SampleDraw.Draw([Populations.Candidate(9)], new SampleRules(3), seed: 1);

        Assert.Equal(9, Assert.Single(outcome.Drawn).PlanId);
        Assert.Equal(["The population has only 1 plan: all are in the sample."], outcome.Notes);
    }

    [Fact]
    public void EmptyPopulation_GivesAnEmptySampleAndSaysWhy()
    {
        var outcome = SampleDraw.Draw([], new SampleRules(10), seed: 1);

        Assert.Empty(outcome.Drawn);
        Assert.Equal(["The population has no plans: there is nothing to draw."], outcome.Notes);
    }
}
