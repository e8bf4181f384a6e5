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
