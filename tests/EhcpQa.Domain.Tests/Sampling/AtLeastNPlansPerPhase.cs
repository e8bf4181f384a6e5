using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Sampling;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Sampling;

/// <summary>"At least N plans for each phase": every phase in the population has N plans in the sample, or all of its plans.</summary>
public class AtLeastNPlansPerPhase
{
    // 200 Key Stage 2 plans, 20 Key Stage 4, 2 Post-16: a small sample spread in proportion would miss Post-16.
    private static List<SamplingCandidate> Skewed() =>
    [
        .. Enumerable.Range(1, 200).Select(i => Populations.Candidate(i, caseworkerId: $"cw-{i % 4}", phase: Phase.KeyStage2, need: (BroadAreaOfNeed)(1 + (i % 3)))),
        .. Enumerable.Range(201, 20).Select(i => Populations.Candidate(i, caseworkerId: $"cw-{i % 4}", phase: Phase.KeyStage4)),
        .. Enumerable.Range(221, 2).Select(i => Populations.Candidate(i, caseworkerId: $"cw-{i % 4}", phase: Phase.Post16)),
    ];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void EveryPhase_HasAtLeastNPlans_OrAllOfItsPlans(bool spread)
    {
        foreach (var seed in Enumerable.Range(1, 10))
        {
            var outcome = SampleDraw.Draw(Skewed(), new SampleRules(12, PerCaseworker: 0, ProportionalSpread: spread) { PerPhase = 3 }, seed);

            var byPhase = outcome.Drawn.CountBy(c => c.Phase).ToDictionary();
            Assert.True(byPhase[Phase.KeyStage2] >= 3);
            Assert.True(byPhase[Phase.KeyStage4] >= 3);
            Assert.Equal(2, byPhase[Phase.Post16]);
            Assert.Equal(12, outcome.Drawn.Count);
            Assert.Equal(["Post-16 had only 2 plans in the population: all are in the sample."], outcome.Notes);
        }
    }

    [Fact]
    public void TooFewPlaces_EnlargesTheSampleAndSaysSo()
    {
        var outcome = SampleDraw.Draw(Skewed(), new SampleRules(4, PerCaseworker: 0) { PerPhase = 3 }, seed: 2);

        Assert.Equal(8, outcome.Drawn.Count);
        Assert.Equal(
            [
                "The sample was enlarged from 4 to 8 so that each of the 3 phases has at least 3 plans, or all of its plans.",
                "Post-16 had only 2 plans in the population: all are in the sample.",
            ],
            outcome.Notes);
    }

    [Fact]
    public void CaseworkerPicks_CountTowardsThePhases()
    {
        var outcome = SampleDraw.Draw(Skewed(), new SampleRules(10, PerCaseworker: 2) { PerPhase = 1 }, seed: 6);

        Assert.Equal(10, outcome.Drawn.Count);
        Assert.All(outcome.Drawn.CountBy(c => c.CaseworkerId), count => Assert.True(count.Value >= 2));
        Assert.Equal(3, outcome.Drawn.Select(c => c.Phase).Distinct().Count());
    }

    [Fact]
    public void SameSeed_GivesTheSameSample()
    {
        var rules = new SampleRules(12) { PerPhase = 3 };

        var first = SampleDraw.Draw(Skewed(), rules, seed: 31);
        var again = SampleDraw.Draw(Populations.Shuffled(Skewed(), seed: 3), rules, seed: 31);

        Assert.Equal(first.Drawn.Select(c => c.PlanId), again.Drawn.Select(c => c.PlanId));
    }
}
