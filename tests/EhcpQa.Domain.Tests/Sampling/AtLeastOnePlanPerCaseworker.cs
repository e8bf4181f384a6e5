using EhcpQa.Domain.Sampling;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Sampling;

public class AtLeastOnePlanPerCaseworker
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void EveryCaseworker_HasAPlanInTheSample(bool spread)
    {
        var population = Populations.Varied(3_000, caseworkers: 25);

        foreach (var seed in Enumerable.Range(1, 20))
        {
            var outcome = SampleDraw.Draw(population, new SampleRules(30, ProportionalSpread: spread), seed);

            Assert.Equal(30, outcome.Drawn.Count);
            Assert.Equal(25, outcome.Drawn.Select(c => c.CaseworkerId).Distinct().Count());
            Assert.Empty(outcome.Notes);
        }
    }

    [Fact]
    public void CaseworkerWithASinglePlan_AlwaysHasThatPlanInTheSample()
    {
        var population = Populations.Varied(1_000, caseworkers: 5);
        population.Add(Populations.Candidate(5_000, caseworkerId: "new-starter"));

        foreach (var seed in Enumerable.Range(1, 20))
        {
            var outcome = SampleDraw.Draw(population, new SampleRules(6), seed);

            Assert.Contains(outcome.Drawn, c => c.PlanId == 5_000);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void FewerPlacesThanCaseworkers_EnlargesTheSampleAndSaysSo(bool spread)
    {
        var population = Populations.Varied(1_000, caseworkers: 14);

        var outcome = SampleDraw.Draw(population, new SampleRules(10, ProportionalSpread: spread), seed: 5);

        Assert.Equal(14, outcome.Drawn.Count);
        Assert.Equal(14, outcome.Drawn.Select(c => c.CaseworkerId).Distinct().Count());
        var note = Assert.Single(outcome.Notes);
        Assert.Equal("The sample was enlarged from 10 to 14 so that each of the 14 caseworkers has at least one plan.", note);
        Assert.Equal(SampleSize.Of(10), outcome.Rules.Size);
    }

    [Fact]
    public void EnlargementThatTakesEveryPlan_SaysSo()
    {
        List<SamplingCandidate> population = [.. Enumerable.Range(1, 4).Select(i => Populations.Candidate(i, caseworkerId: $"cw-{i}"))];

        var outcome = SampleDraw.Draw(population, new SampleRules(2), seed: 1);

        Assert.Equal([1, 2, 3, 4], outcome.Drawn.Select(c => c.PlanId).Order());
        Assert.Equal(
            [
                "The sample was enlarged from 2 to 4 so that each of the 4 caseworkers has at least one plan.",
                "Every caseworker has exactly one plan in the population, so all 4 plans are in the sample.",
            ],
            outcome.Notes);
    }

    [Fact]
    public void RuleOff_KeepsTheSizeAskedFor()
    {
        var population = Populations.Varied(1_000, caseworkers: 14);

        var outcome = SampleDraw.Draw(population, new SampleRules(5, PerCaseworker: 0), seed: 5);

        Assert.Equal(5, outcome.Drawn.Count);
        Assert.Empty(outcome.Notes);
    }

    [Fact]
    public void CaseworkerIds_AreComparedExactly()
    {
        List<SamplingCandidate> population =
        [
            Populations.Candidate(1, caseworkerId: "cw-a"),
            Populations.Candidate(2, caseworkerId: "CW-A"),
            Populations.Candidate(3, caseworkerId: "cw-a"),
            Populations.Candidate(4, caseworkerId: "cw-a"),
        ];

        var outcome = SampleDraw.Draw(population, new SampleRules(1), seed: 1);

        Assert.Equal(2, outcome.Drawn.Count);
        Assert.Contains(outcome.Drawn, c => c.PlanId == 2);
    }
}
