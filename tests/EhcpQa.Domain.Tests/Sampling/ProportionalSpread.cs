using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Sampling;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Sampling;

public class ProportionalSpread
{
    // 1,000 plans: 600 in Key Stage 2 and 400 Post-16, with needs and settings mixed within each.
    // Caseworkers take plans in turn, so with a multiple of 5 caseworkers each writes plans of one
    // phase only; with caseworkers taking blocks of five, every caseworker writes plans of both.
    private static List<SamplingCandidate> SixtyFortyPopulation(int caseworkers, bool inBlocks = false)
    {
        var needs = Enum.GetValues<BroadAreaOfNeed>();
        var settings = new[] { SettingType.Mainstream, SettingType.Special, SettingType.ResourcedProvision };
        return [.. Enumerable.Range(1, 1_000).Select(id => Populations.Candidate(
            id,
            caseworkerId: $"cw-{(inBlocks ? id / 5 : id) % caseworkers}",
            phase: id % 5 < 3 ? Phase.KeyStage2 : Phase.Post16,
            need: needs[id / 5 % needs.Length],
            setting: settings[id / 20 % settings.Length]))];
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(true, 20)]
    [InlineData(true, 45)]
    [InlineData(true, 20, true)]
    [InlineData(true, 45, true)]
    [InlineData(false, 20)]
    public void SixtyFortyPopulation_GivesThirtyTwentyWithinOne(bool perCaseworker, int caseworkers, bool inBlocks = false)
    {
        var population = SixtyFortyPopulation(caseworkers, inBlocks);

        foreach (var seed in Enumerable.Range(1, 25))
        {
            var outcome = SampleDraw.Draw(population, new SampleRules(50, perCaseworker ? 1 : 0), seed);

            Assert.Equal(50, outcome.Drawn.Count);
            Assert.InRange(outcome.Drawn.Count(c => c.Phase == Phase.KeyStage2), 29, 31);
            Assert.InRange(outcome.Drawn.Count(c => c.Phase == Phase.Post16), 19, 21);
        }
    }

    [Fact]
    public void WithoutCaseworkerPicks_StrataGetExactlyTheirLargestRemainderShares()
    {
        // Strata of 500, 300 and 200 plans: 10 places are 5, 3 and 2.
        List<SamplingCandidate> population =
        [
            .. Enumerable.Range(1, 500).Select(id => Populations.Candidate(id, phase: Phase.KeyStage1)),
            .. Enumerable.Range(501, 300).Select(id => Populations.Candidate(id, phase: Phase.KeyStage3)),
            .. Enumerable.Range(801, 200).Select(id => Populations.Candidate(id, phase: Phase.Post19)),
        ];

        var outcome = SampleDraw.Draw(population, new SampleRules(10, PerCaseworker: 0), seed: 3);

        Assert.Equal(5, outcome.Drawn.Count(c => c.Phase == Phase.KeyStage1));
        Assert.Equal(3, outcome.Drawn.Count(c => c.Phase == Phase.KeyStage3));
        Assert.Equal(2, outcome.Drawn.Count(c => c.Phase == Phase.Post19));
    }

    [Fact]
    public void LargestRemainders_GetTheLeftOverPlaces()
    {
        // 7 places over strata of 450, 350 and 200 plans: quotas 3.15, 2.45 and 1.40, so floors 3, 2, 1
        // and the one place left goes to the largest remainder (0.45): 3, 3, 1.
        List<SamplingCandidate> population =
        [
            .. Enumerable.Range(1, 450).Select(id => Populations.Candidate(id, need: BroadAreaOfNeed.CognitionAndLearning)),
            .. Enumerable.Range(451, 350).Select(id => Populations.Candidate(id, need: BroadAreaOfNeed.SensoryAndPhysical)),
            .. Enumerable.Range(801, 200).Select(id => Populations.Candidate(id, need: BroadAreaOfNeed.SocialEmotionalAndMentalHealth)),
        ];

        foreach (var seed in Enumerable.Range(1, 10))
        {
            var outcome = SampleDraw.Draw(population, new SampleRules(7, PerCaseworker: 0), seed);

            Assert.Equal(3, outcome.Drawn.Count(c => c.Need == BroadAreaOfNeed.CognitionAndLearning));
            Assert.Equal(3, outcome.Drawn.Count(c => c.Need == BroadAreaOfNeed.SensoryAndPhysical));
            Assert.Equal(1, outcome.Drawn.Count(c => c.Need == BroadAreaOfNeed.SocialEmotionalAndMentalHealth));
        }
    }

    [Fact]
    public void EqualRemainders_AreSharedOutAtRandom()
    {
        // Three equal strata, 10 places: one stratum gets 4, which one depends on the seed.
        List<SamplingCandidate> population =
        [
            .. Enumerable.Range(1, 100).Select(id => Populations.Candidate(id, setting: SettingType.Mainstream)),
            .. Enumerable.Range(101, 100).Select(id => Populations.Candidate(id, setting: SettingType.Special)),
            .. Enumerable.Range(201, 100).Select(id => Populations.Candidate(id, setting: SettingType.Independent)),
        ];
        var favoured = new HashSet<SettingType>();

        foreach (var seed in Enumerable.Range(1, 30))
        {
            var counts = SampleDraw.Draw(population, new SampleRules(10, PerCaseworker: 0), seed).Drawn
                .CountBy(c => c.Setting).ToDictionary();

            Assert.Equal([3, 3, 4], counts.Values.Order());
            favoured.Add(counts.Single(entry => entry.Value == 4).Key);
        }

        Assert.Equal(3, favoured.Count);
    }

    [Fact]
    public void CaseworkerPicks_AreCountedSoTheWholeSampleStaysProportional()
    {
        // Every caseworker has plans in both phases; 10 caseworkers and 10 places, so the caseworker
        // picks are the whole sample. Picked blindly, a third of samples would fall outside 5–7 plans in
        // Key Stage 2; steered towards the strata still short of their share, none does.
        var population = SixtyFortyPopulation(caseworkers: 10, inBlocks: true);

        foreach (var seed in Enumerable.Range(1, 25))
        {
            var outcome = SampleDraw.Draw(population, new SampleRules(10), seed);

            Assert.Equal(10, outcome.Drawn.Select(c => c.CaseworkerId).Distinct().Count());
            Assert.InRange(outcome.Drawn.Count(c => c.Phase == Phase.KeyStage2), 5, 7);
        }
    }

    [Fact]
    public void ForcedCaseworkerPicks_AreBalancedByTheRemainingPlaces()
    {
        // Two caseworkers write only Post-16 plans, so two Post-16 plans are forced into the sample;
        // the remaining places bring the whole sample back to 6 : 4.
        List<SamplingCandidate> population =
        [
            .. Enumerable.Range(1, 600).Select(id => Populations.Candidate(id, caseworkerId: "cw-primary", phase: Phase.KeyStage2)),
            .. Enumerable.Range(601, 200).Select(id => Populations.Candidate(id, caseworkerId: "cw-post16-a", phase: Phase.Post16)),
            .. Enumerable.Range(801, 200).Select(id => Populations.Candidate(id, caseworkerId: "cw-post16-b", phase: Phase.Post16)),
        ];

        var outcome = SampleDraw.Draw(population, new SampleRules(10), seed: 8);

        Assert.Equal(6, outcome.Drawn.Count(c => c.Phase == Phase.KeyStage2));
        Assert.Equal(4, outcome.Drawn.Count(c => c.Phase == Phase.Post16));
    }

    [Fact]
    public void VariedPopulation_EveryDimensionIsWithinOneOfItsShare()
    {
        var population = Populations.Varied(20_000, caseworkers: 8);

        foreach (var seed in Enumerable.Range(1, 10))
        {
            var sample = SampleDraw.Draw(population, new SampleRules(60), seed).Drawn;
            var coverage = SampleCoverage.Compare(population, sample);

            // The phases get exactly their largest-remainder shares; the needs and settings, ranked
            // after the phase, come as close as the phases allow, here also within one.
            Assert.All(coverage.ByPhase, row => Assert.True(Math.Abs(row.SampleCount - (row.PopulationShare * 60)) < 1, $"{row}"));
            Assert.All(coverage.ByNeed, row => Assert.True(Math.Abs(row.SampleCount - (row.PopulationShare * 60)) < 1, $"{row}"));
            Assert.All(coverage.BySetting, row => Assert.True(Math.Abs(row.SampleCount - (row.PopulationShare * 60)) < 1, $"{row}"));
        }
    }

    [Fact]
    public void WithinAStratum_EveryPlanHasTheSameChance()
    {
        // One stratum of 20 plans, 5 places, 4,000 draws: each plan is drawn about 1,000 times.
        List<SamplingCandidate> population = [.. Enumerable.Range(1, 20).Select(id => Populations.Candidate(id))];
        var times = new int[21];

        foreach (var seed in Enumerable.Range(1, 4_000))
        {
            foreach (var plan in SampleDraw.Draw(population, new SampleRules(5), seed).Drawn)
            {
                times[plan.PlanId]++;
            }
        }

        Assert.All(times[1..], count => Assert.InRange(count, 880, 1_120));
    }

    [Fact]
    public void SimpleRandomRemainder_GivesEveryPlanTheSameChance()
    {
        List<SamplingCandidate> population =
        [
            .. Enumerable.Range(1, 10).Select(id => Populations.Candidate(id, phase: Phase.KeyStage1)),
            .. Enumerable.Range(11, 10).Select(id => Populations.Candidate(id, phase: Phase.KeyStage4)),
        ];
        var times = new int[21];

        foreach (var seed in Enumerable.Range(1, 4_000))
        {
            foreach (var plan in SampleDraw.Draw(population, new SampleRules(5, ProportionalSpread: false), seed).Drawn)
            {
                times[plan.PlanId]++;
            }
        }

        Assert.All(times[1..], count => Assert.InRange(count, 880, 1_120));
    }
}
