using EhcpQa.Domain.Sampling;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Sampling;

/// <summary>"At least N plans for each caseworker": every caseworker in the population has N plans in the sample, or all of theirs.</summary>
public class AtLeastNPlansPerCaseworker
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void EveryCaseworker_HasAtLeastNPlans(bool spread)
    {
        var population = Populations.Varied(3_000, caseworkers: 10);

        foreach (var seed in Enumerable.Range(1, 10))
        {
            var outcome = SampleDraw.Draw(population, new SampleRules(40, PerCaseworker: 3, ProportionalSpread: spread), seed);

            Assert.Equal(40, outcome.Drawn.Count);
            Assert.All(outcome.Drawn.CountBy(c => c.CaseworkerId), count => Assert.True(count.Value >= 3, $"{count.Key} has {count.Value}"));
            Assert.Equal(10, outcome.Drawn.Select(c => c.CaseworkerId).Distinct().Count());
            Assert.Equal(outcome.Drawn.Count, outcome.Drawn.Select(c => c.PlanId).Distinct().Count());
            Assert.Empty(outcome.Notes);
        }
    }

    [Fact]
    public void TooFewPlaces_EnlargesTheSampleAndSaysSo()
    {
        var population = Populations.Varied(1_000, caseworkers: 8);

        var outcome = SampleDraw.Draw(population, new SampleRules(10, PerCaseworker: 2), seed: 5);

        Assert.Equal(16, outcome.Drawn.Count);
        Assert.Equal(
            ["The sample was enlarged from 10 to 16 so that each of the 8 caseworkers has at least 2 plans, or all of theirs."],
            outcome.Notes);
    }

    [Fact]
    public void CaseworkerWithFewerPlans_HasAllOfThemAndTheNotesSaySo()
    {
        var population = Populations.Varied(600, caseworkers: 4);
        population.Add(Populations.Candidate(5_000, caseworkerId: "new-starter"));

        var outcome = SampleDraw.Draw(population, new SampleRules(20, PerCaseworker: 3), seed: 8);

        Assert.Contains(outcome.Drawn, c => c.PlanId == 5_000);
        Assert.Equal(20, outcome.Drawn.Count);
        Assert.Equal(
            ["1 of the 5 caseworkers had fewer than 3 plans in the population: all of their plans are in the sample."],
            outcome.Notes);
    }

    [Fact]
    public void CaseworkerWithNoPlansInTheWindow_IsNotAskedFor()
    {
        // A caseworker whose plans were all issued outside the window has none in the population the draw is given.
        var population = Populations.Varied(300, caseworkers: 3);

        var outcome = SampleDraw.Draw(population, new SampleRules(6, PerCaseworker: 2), seed: 3);

        Assert.Equal(6, outcome.Drawn.Count);
        Assert.Empty(outcome.Notes);
        Assert.Equal(3, SampleCoverage.PerCaseworker(outcome.Rules, population, outcome.Drawn).Count);
    }

    [Fact]
    public void RuleThatTakesEveryPlan_SaysSo()
    {
        List<SamplingCandidate> population = [.. Enumerable.Range(1, 6).Select(i => Populations.Candidate(i, caseworkerId: $"cw-{i % 3}"))];

        var outcome = SampleDraw.Draw(population, new SampleRules(2, PerCaseworker: 2), seed: 1);

        Assert.Equal([1, 2, 3, 4, 5, 6], outcome.Drawn.Select(c => c.PlanId).Order());
        Assert.Equal(
            [
                "The sample was enlarged from 2 to 6 so that each of the 3 caseworkers has at least 2 plans, or all of theirs.",
                "No caseworker has more than 2 plans in the population, so all 6 plans are in the sample.",
            ],
            outcome.Notes);
    }

    [Fact]
    public void OnePerCaseworker_DrawsAsBefore()
    {
        var population = Populations.Varied(500, caseworkers: 4);

        Assert.Equal(
            SampleDraw.Draw(population, new SampleRules(8), seed: 42).Drawn,
            SampleDraw.Draw(population, new SampleRules(8, PerCaseworker: 1), seed: 42).Drawn);
        Assert.Equal(
            SampleDraw.Draw(population, new SampleRules(8, PerCaseworker: 2), seed: 42).Drawn.Take(4).Select(c => c.PlanId),
            SampleDraw.Draw(population, new SampleRules(8, PerCaseworker: 1), seed: 42).Drawn.Take(4).Select(c => c.PlanId));
    }
}
