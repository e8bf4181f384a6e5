using EhcpQa.Domain.Sampling;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Sampling;

public class SampleReproducibility
{
    public static TheoryData<bool, bool> RuleCombinations => new()
    {
        { true, true },
        { true, false },
        { false, true },
        { false, false },
    };

    [Theory]
    [MemberData(nameof(RuleCombinations))]
    public void SameSeedAndPopulation_GiveTheSameSampleInTheSameOrder(bool perCaseworker, bool spread)
    {
        var population = Populations.Varied(2_000);
        var rules = new SampleRules(30, perCaseworker ? 1 : 0, spread);

        var first = SampleDraw.Draw(population, rules, seed: 20260301);
        var second = SampleDraw.Draw(Populations.Varied(2_000), rules, seed: 20260301);

        Assert.Equal(PlanIds(first), PlanIds(second));
        Assert.Equal(first.Notes, second.Notes);
    }

    [Theory]
    [MemberData(nameof(RuleCombinations))]
    public void ShuffledPopulation_GivesTheSameSample(bool perCaseworker, bool spread)
    {
        var population = Populations.Varied(2_000);
        var rules = new SampleRules(30, perCaseworker ? 1 : 0, spread);

        var inPlanOrder = SampleDraw.Draw(population, rules, seed: 7);
        var shuffled = SampleDraw.Draw(Populations.Shuffled(population, seed: 99), rules, seed: 7);
        var reversed = SampleDraw.Draw(population.AsEnumerable().Reverse().ToList(), rules, seed: 7);

        Assert.Equal(PlanIds(inPlanOrder), PlanIds(shuffled));
        Assert.Equal(PlanIds(inPlanOrder), PlanIds(reversed));
    }

    [Theory]
    [MemberData(nameof(RuleCombinations))]
    public void DifferentSeed_GivesADifferentSampleOfABigPopulation(bool perCaseworker, bool spread)
    {
        var population = Populations.Varied(50_000);
        var rules = new SampleRules(50, perCaseworker ? 1 : 0, spread);

        var samples = Enumerable.Range(1, 5)
            .Select(seed => PlanIds(SampleDraw.Draw(population, rules, seed)).Order().ToArray())
            .ToList();

        for (var i = 0; i < samples.Count; i++)
        {
            for (var j = i + 1; j < samples.Count; j++)
            {
                Assert.NotEqual(samples[i], samples[j]);
                Assert.True(samples[i].Intersect(samples[j]).Count() < 10, "two seeds should share few plans out of 50,000");
            }
        }
    }

    [Fact]
    public void OutcomeRecordsTheSeedAndRules()
    {
        var rules = new SampleRules(5);

        var outcome = SampleDraw.Draw(Populations.Varied(100, caseworkers: 3), rules, seed: -12345);

        Assert.Equal(-12345, outcome.Seed);
        Assert.Same(rules, outcome.Rules);
        Assert.Equal(100, outcome.PopulationSize);
    }

    // Pins the draw itself: a recorded seed must reproduce the same sample in every future release.
    // If this fails, the draw or the generator changed and old samples could no longer be reproduced.
    [Fact]
    public void RecordedSeed_KeepsDrawingTheSamePlansAcrossReleases()
    {
        var population = Populations.Varied(500, caseworkers: 4);

        var spread = SampleDraw.Draw(population, new SampleRules(8), seed: 42);
        var simple = SampleDraw.Draw(population, new SampleRules(8, PerCaseworker: 0, ProportionalSpread: false), seed: 42);

        Assert.Equal(PinnedSpread, PlanIds(spread));
        Assert.Equal(PinnedSimple, PlanIds(simple));
    }

    private static readonly int[] PinnedSpread = [33, 34, 287, 86, 139, 103, 46, 208];

    private static readonly int[] PinnedSimple = [42, 191, 341, 463, 496, 387, 362, 427];

    private static int[] PlanIds(SampleOutcome outcome) => [.. outcome.Drawn.Select(c => c.PlanId)];
}
