using BenchmarkDotNet.Attributes;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Sampling;

namespace EhcpQa.Benchmarks;

/// <summary>
/// Drawing a dip sample of 50 from 500,000 plans, the size the issue sets: it must take well under a
/// second. The population arrives shuffled, so the draw pays for its sort by plan id. It has 40
/// caseworkers, so one plan each fits in the 50 and the sample is not enlarged.
/// </summary>
[MemoryDiagnoser]
public class SampleDrawBenchmark
{
    private SamplingCandidate[] _population = [];
    private SamplingCandidate[] _sample = [];

    [Params(500_000)]
    public int PopulationSize { get; set; }

    [GlobalSetup]
    public void GenerateThePopulation()
    {
        _population = Candidates.Generate(PopulationSize, caseworkers: 40, localities: 6, seed: 2026);
        _sample = [.. SampleDraw.Draw(_population, new SampleRules(50), seed: 17).Drawn];
    }

    [Benchmark(Description = "Draw 50, one per caseworker, spread")]
    public SampleOutcome DrawFifty() => SampleDraw.Draw(_population, new SampleRules(50), seed: 17);

    [Benchmark(Description = "Draw 50, simple random")]
    public SampleOutcome DrawFiftySimple() =>
        SampleDraw.Draw(_population, new SampleRules(50, PerCaseworker: 0, ProportionalSpread: false), seed: 17);

    [Benchmark(Description = "Draw 50, two per caseworker, spread")]
    public SampleOutcome DrawTwoPerCaseworker() => SampleDraw.Draw(_population, new SampleRules(50, PerCaseworker: 2), seed: 17);

    [Benchmark(Description = "Draw 1 in 10, spread (50,000 plans)")]
    public SampleOutcome DrawOneInTen() => SampleDraw.Draw(_population, new SampleRules(SampleSize.OneInEvery(10)), seed: 17);

    [Benchmark(Description = "Draw 20, three per phase, no caseworker rule, spread")]
    public SampleOutcome DrawThreePerPhase() => SampleDraw.Draw(_population, new SampleRules(20, PerCaseworker: 0) { PerPhase = 3 }, seed: 17);

    [Benchmark(Description = "Draw 5 raised to a minimum of 20, spread")]
    public SampleOutcome DrawMinimumTwenty() => SampleDraw.Draw(_population, new SampleRules(5, PerCaseworker: 0) { Minimum = 20 }, seed: 17);

    [Benchmark(Description = "Coverage of a 50-plan sample")]
    public CoverageComparison Coverage() => SampleCoverage.Compare(_population, _sample);
}

/// <summary>A deterministic synthetic population, skewed the way real caseloads are.</summary>
internal static class Candidates
{
    public static SamplingCandidate[] Generate(int count, int caseworkers, int localities, int seed)
    {
        var random = new SeededRandom(seed);
        var phases = Enum.GetValues<Phase>();
        var needs = Enum.GetValues<BroadAreaOfNeed>();
        var settings = Enum.GetValues<SettingType>();
        var candidates = new SamplingCandidate[count];
        for (var i = 0; i < count; i++)
        {
            var caseworker = random.Next(caseworkers);
            candidates[i] = new SamplingCandidate(
                PlanId: 1_000_000 + i,
                CaseworkerId: $"caseworker-{caseworker:D4}",
                Phase: phases[Skewed(random, phases.Length)],
                Need: needs[Skewed(random, needs.Length)],
                Setting: settings[Skewed(random, settings.Length)],
                LocalityId: (caseworker % localities) + 1);
        }

        random.Shuffle(candidates.AsSpan());
        return candidates;
    }

    // Earlier values are commoner: the smaller of two uniform draws.
    private static int Skewed(SeededRandom random, int count) => Math.Min(random.Next(count), random.Next(count));
}
