using System.Runtime.InteropServices;
using EhcpQa.Domain.Plans;

namespace EhcpQa.Domain.Sampling;

/// <summary>Compares a sample with its population on each dimension the sample is meant to represent.</summary>
public static class SampleCoverage
{
    /// <summary>
    /// Counts and shares per phase, broad area of need, setting, locality and caseworker, in the
    /// population and in the sample. The sample may hold added plans from outside the population;
    /// they are counted in the sample. A share of an empty list is 0.
    /// </summary>
    public static CoverageComparison Compare(IReadOnlyList<SamplingCandidate> population, IReadOnlyList<SamplingCandidate> sample)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(sample);

        var phases = new Tally<Phase>();
        var needs = new Tally<BroadAreaOfNeed>();
        var settings = new Tally<SettingType>();
        var localities = new Tally<int>();
        var caseworkers = new Tally<string>(StringComparer.Ordinal);
        Count(population, inSample: false);
        Count(sample, inSample: true);

        return new CoverageComparison(
            population.Count,
            sample.Count,
            phases.Rows(population.Count, sample.Count, Comparer<Phase>.Default),
            needs.Rows(population.Count, sample.Count, Comparer<BroadAreaOfNeed>.Default),
            settings.Rows(population.Count, sample.Count, Comparer<SettingType>.Default),
            localities.Rows(population.Count, sample.Count, Comparer<int>.Default),
            caseworkers.Rows(population.Count, sample.Count, StringComparer.Ordinal));

        void Count(IReadOnlyList<SamplingCandidate> plans, bool inSample)
        {
            foreach (var plan in plans)
            {
                ArgumentNullException.ThrowIfNull(plan, inSample ? nameof(sample) : nameof(population));
                phases.Add(plan.Phase, inSample);
                needs.Add(plan.Need, inSample);
                settings.Add(plan.Setting, inSample);
                localities.Add(plan.LocalityId, inSample);
                caseworkers.Add(plan.CaseworkerId, inSample);
            }
        }
    }

    /// <summary>
    /// For each caseworker with a plan in the population, whether the sample meets the rule of at least
    /// <see cref="SampleRules.PerCaseworker"/> plans for each (empty when the rules have no such rule); in caseworker id order.
    /// </summary>
    public static IReadOnlyList<RuleCheck<string>> PerCaseworker(
        SampleRules rules, IReadOnlyList<SamplingCandidate> population, IReadOnlyList<SamplingCandidate> sample)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return Checks(rules.PerCaseworker, population, sample, c => c.CaseworkerId, StringComparer.Ordinal);
    }

    /// <summary>
    /// For each phase with a plan in the population, whether the sample meets the rule of at least
    /// <see cref="SampleRules.PerPhase"/> plans for each (empty when the rules have no such rule); in phase order.
    /// </summary>
    public static IReadOnlyList<RuleCheck<Phase>> PerPhase(
        SampleRules rules, IReadOnlyList<SamplingCandidate> population, IReadOnlyList<SamplingCandidate> sample)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return Checks(rules.PerPhase, population, sample, c => c.Phase, Comparer<Phase>.Default);
    }

    private static List<RuleCheck<TValue>> Checks<TValue>(
        int required,
        IReadOnlyList<SamplingCandidate> population,
        IReadOnlyList<SamplingCandidate> sample,
        Func<SamplingCandidate, TValue> valueOf,
        IComparer<TValue> order)
        where TValue : notnull
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(sample);
        if (required == 0)
        {
            return [];
        }

        var inSample = sample.CountBy(valueOf).ToDictionary();
        return [.. population.CountBy(valueOf)
            .OrderBy(entry => entry.Key, order)
            .Select(entry => new RuleCheck<TValue>(entry.Key, required, entry.Value, inSample.GetValueOrDefault(entry.Key)))];
    }

    private sealed class Tally<TValue>(IEqualityComparer<TValue>? comparer = null)
        where TValue : notnull
    {
        private readonly Dictionary<TValue, (int Population, int Sample)> _counts = new(comparer);

        public void Add(TValue value, bool inSample)
        {
            ref var counts = ref CollectionsMarshal.GetValueRefOrAddDefault(_counts, value, out _);
            if (inSample)
            {
                counts.Sample++;
            }
            else
            {
                counts.Population++;
            }
        }

        public IReadOnlyList<CoverageRow<TValue>> Rows(int populationSize, int sampleSize, IComparer<TValue> order) =>
            [.. _counts
                .OrderBy(entry => entry.Key, order)
                .Select(entry => new CoverageRow<TValue>(
                    entry.Key,
                    entry.Value.Population,
                    Share(entry.Value.Population, populationSize),
                    entry.Value.Sample,
                    Share(entry.Value.Sample, sampleSize)))];

        private static double Share(int count, int total) => total == 0 ? 0 : (double)count / total;
    }
}
