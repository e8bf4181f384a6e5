using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using EhcpQa.Domain.Plans;

namespace EhcpQa.Domain.Sampling;

/// <summary>
/// Draws a dip sample for moderation: random, reproducible from its seed, with at least one plan per
/// caseworker and the rest spread across phase × broad area of need × setting in proportion to the
/// population. See <c>docs/statistics.md</c> for the method.
/// </summary>
/// <remarks>
/// O(n log n) for the sort by plan id, then O(n) for one grouping pass and the caseworker picks, and
/// O(size × strata) to place the rest. Working arrays are rented from the shared array pool, so a
/// draw from a large population does not leave megabytes of garbage behind.
/// </remarks>
public static class SampleDraw
{
    /// <summary>
    /// Draws a sample. The same population (in any order) with the same rules and seed always gives
    /// the same sample in the same order.
    /// </summary>
    /// <exception cref="ArgumentException">A plan appears twice in the population, or a candidate has no caseworker.</exception>
    public static SampleOutcome Draw(IReadOnlyList<SamplingCandidate> population, SampleRules rules, int seed)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(rules);

        var n = population.Count;
        var notes = new List<string>();
        if (n == 0)
        {
            notes.Add("The population has no plans: there is nothing to draw.");
            return new SampleOutcome(rules, seed, 0, [], notes);
        }

        using var scratch = new Scratch();
        var candidates = SortedByPlanId(population, scratch);
        if (rules.Size >= n)
        {
            notes.Add(rules.Size == n
                ? $"The population has {Plans(n)}, the size asked for: all are in the sample."
                : $"The population has only {Plans(n)}: all are in the sample.");
            return new SampleOutcome(rules, seed, n, candidates.ToArray(), notes);
        }

        var groups = Groups.Of(candidates, scratch, byStratum: rules.ProportionalSpread, byCaseworker: rules.AtLeastOnePerCaseworker);
        var size = rules.Size;
        if (rules.AtLeastOnePerCaseworker && groups.CaseworkerCount > size)
        {
            notes.Add($"The sample was enlarged from {size} to {groups.CaseworkerCount} so that each of the "
                + $"{groups.CaseworkerCount} caseworkers has at least one plan.");
            size = groups.CaseworkerCount;
            if (size == n)
            {
                notes.Add($"Every caseworker has exactly one plan in the population, so all {Plans(n)} are in the sample.");
            }
        }

        var draw = new Drawing(candidates, groups, size, new SeededRandom(seed), scratch);
        if (rules.AtLeastOnePerCaseworker)
        {
            draw.OnePerCaseworker(steerTowardsStrata: rules.ProportionalSpread);
        }

        if (rules.ProportionalSpread)
        {
            draw.FillInProportionToStrata();
        }
        else
        {
            draw.FillAtRandom();
        }

        return new SampleOutcome(rules, seed, n, draw.Drawn, notes);
    }

    private static ArraySegment<SamplingCandidate> SortedByPlanId(IReadOnlyList<SamplingCandidate> population, Scratch scratch)
    {
        var n = population.Count;
        var candidates = scratch.Rent<SamplingCandidate>(n);
        var planIds = scratch.Rent<int>(n);
        for (var i = 0; i < n; i++)
        {
            var candidate = population[i]
                ?? throw new ArgumentException("The population contains an empty entry.", nameof(population));
            if (string.IsNullOrWhiteSpace(candidate.CaseworkerId))
            {
                throw new ArgumentException($"Plan {candidate.PlanId} has no caseworker.", nameof(population));
            }

            candidates[i] = candidate;
            planIds[i] = candidate.PlanId;
        }

        Array.Sort(planIds, candidates, 0, n);
        for (var i = 1; i < n; i++)
        {
            if (planIds[i] == planIds[i - 1])
            {
                throw new ArgumentException($"Plan {planIds[i]} appears more than once in the population.", nameof(population));
            }
        }

        return new ArraySegment<SamplingCandidate>(candidates, 0, n);
    }

    private static string Plans(int count) => count == 1 ? "1 plan" : $"{count} plans";

    private readonly record struct Stratum(Phase Phase, BroadAreaOfNeed Need, SettingType Setting);

    /// <summary>
    /// The population grouped in one pass by stratum and by caseworker, each group's members held
    /// contiguously (in plan-id order) in one array with an offset per group.
    /// </summary>
    private sealed class Groups
    {
        private Groups(
            Stratum[] strata, int[] stratumOf, int[] stratumStarts, int[] stratumMembers, int[] caseworkerStarts, int[] caseworkerMembers)
        {
            Strata = strata;
            StratumOf = stratumOf;
            StratumStarts = stratumStarts;
            StratumMembers = stratumMembers;
            CaseworkerStarts = caseworkerStarts;
            CaseworkerMembers = caseworkerMembers;
        }

        public Stratum[] Strata { get; }

        public int[] StratumOf { get; }

        public int[] StratumStarts { get; }

        public int[] StratumMembers { get; }

        public int[] CaseworkerStarts { get; }

        public int[] CaseworkerMembers { get; }

        public int StratumCount => Strata.Length;

        public int CaseworkerCount => CaseworkerStarts.Length - 1;

        public int StratumSize(int stratum) => StratumStarts[stratum + 1] - StratumStarts[stratum];

        public static Groups Of(ArraySegment<SamplingCandidate> candidates, Scratch scratch, bool byStratum, bool byCaseworker)
        {
            var n = candidates.Count;
            var strata = new Dictionary<Stratum, int>();
            var caseworkers = new Dictionary<string, int>(StringComparer.Ordinal);
            var stratumOf = byStratum ? scratch.Rent<int>(n) : [];
            var caseworkerOf = byCaseworker ? scratch.Rent<int>(n) : [];
            var stratumSizes = new List<int>();
            var caseworkerSizes = new List<int>();
            for (var i = 0; i < n; i++)
            {
                var candidate = candidates[i];
                if (byStratum)
                {
                    stratumOf[i] = IndexOf(strata, new Stratum(candidate.Phase, candidate.Need, candidate.Setting), stratumSizes);
                }

                if (byCaseworker)
                {
                    caseworkerOf[i] = IndexOf(caseworkers, candidate.CaseworkerId, caseworkerSizes);
                }
            }

            var keys = new Stratum[strata.Count];
            foreach (var (key, index) in strata)
            {
                keys[index] = key;
            }

            var (stratumStarts, stratumMembers) = Contiguous(stratumOf, n, stratumSizes, scratch);
            var (caseworkerStarts, caseworkerMembers) = Contiguous(caseworkerOf, n, caseworkerSizes, scratch);
            return new Groups(keys, stratumOf, stratumStarts, stratumMembers, caseworkerStarts, caseworkerMembers);
        }

        // Groups are numbered in order of first appearance in plan-id order, so the numbering (and
        // with it the draw) does not depend on the order the population arrived in.
        private static int IndexOf<TKey>(Dictionary<TKey, int> indexes, TKey key, List<int> sizes)
            where TKey : notnull
        {
            ref var index = ref CollectionsMarshal.GetValueRefOrAddDefault(indexes, key, out var exists);
            if (!exists)
            {
                index = sizes.Count;
                sizes.Add(0);
            }

            sizes[index]++;
            return index;
        }

        private static (int[] Starts, int[] Members) Contiguous(int[] groupOf, int n, List<int> sizes, Scratch scratch)
        {
            var starts = new int[sizes.Count + 1];
            for (var g = 0; g < sizes.Count; g++)
            {
                starts[g + 1] = starts[g] + sizes[g];
            }

            if (sizes.Count == 0)
            {
                return (starts, []);
            }

            var next = starts[..^1];
            var members = scratch.Rent<int>(n);
            for (var i = 0; i < n; i++)
            {
                members[next[groupOf[i]]++] = i;
            }

            return (starts, members);
        }
    }

    /// <summary>
    /// One dimension of the spread (phase, need or setting, or the stratum itself): how many plans of
    /// each value the population has and the sample has so far.
    /// </summary>
    private sealed class Margin
    {
        private readonly int[] _valueOfStratum;
        private readonly int[] _population;
        private readonly int[] _picked;

        /// <param name="groups">The population's groups.</param>
        /// <param name="valueOf">The value a stratum (by its index) has on this dimension.</param>
        public Margin(Groups groups, Func<int, int> valueOf)
        {
            var values = new Dictionary<int, int>();
            _valueOfStratum = new int[groups.StratumCount];
            for (var s = 0; s < groups.StratumCount; s++)
            {
                var value = valueOf(s);
                if (!values.TryGetValue(value, out var index))
                {
                    index = values.Count;
                    values.Add(value, index);
                }

                _valueOfStratum[s] = index;
            }

            _population = new int[values.Count];
            _picked = new int[values.Count];
            for (var s = 0; s < groups.StratumCount; s++)
            {
                _population[_valueOfStratum[s]] += groups.StratumSize(s);
            }
        }

        public void Picked(int stratum) => _picked[_valueOfStratum[stratum]]++;

        public int PickedIn(int stratum) => _picked[_valueOfStratum[stratum]];

        public int PopulationOf(int stratum) => _population[_valueOfStratum[stratum]];

        /// <summary>
        /// How far the stratum's value is below its proportional share of the whole sample, scaled
        /// by the population size so it is exact in whole numbers: size × N_v − picked_v × N.
        /// </summary>
        public long Shortfall(int stratum, int sampleSize, int populationSize) =>
            ((long)sampleSize * PopulationOf(stratum)) - ((long)PickedIn(stratum) * populationSize);
    }

    /// <summary>One draw in progress: what has been picked so far, and how the spread stands.</summary>
    private sealed class Drawing
    {
        private readonly ArraySegment<SamplingCandidate> _candidates;
        private readonly Groups _groups;
        private readonly int _size;
        private readonly SeededRandom _random;
        private readonly bool[] _picked;

        // Most important first: the phase, then the broad area of need, then the setting, then the
        // stratum (the combination of all three) itself.
        private readonly Margin[] _margins;

        public Drawing(ArraySegment<SamplingCandidate> candidates, Groups groups, int size, SeededRandom random, Scratch scratch)
        {
            _candidates = candidates;
            _groups = groups;
            _size = size;
            _random = random;
            _picked = scratch.Rent<bool>(candidates.Count);
            Array.Clear(_picked, 0, candidates.Count);
            _margins = groups.StratumCount == 0 ? [] :
            [
                new Margin(groups, s => (int)groups.Strata[s].Phase),
                new Margin(groups, s => (int)groups.Strata[s].Need),
                new Margin(groups, s => (int)groups.Strata[s].Setting),
                new Margin(groups, s => s),
            ];
            Drawn = new List<SamplingCandidate>(size);
        }

        public List<SamplingCandidate> Drawn { get; }

        private Margin Strata => _margins[^1];

        /// <summary>
        /// One plan for each caseworker, caseworkers taken in a random order. When the sample is to be
        /// spread, each caseworker's plan comes from whichever of their strata is neediest (see
        /// <see cref="Neediness"/>), ties and the plan within the stratum at random, so the caseworker
        /// picks already follow the population's spread.
        /// </summary>
        public void OnePerCaseworker(bool steerTowardsStrata)
        {
            var order = new int[_groups.CaseworkerCount];
            for (var c = 0; c < order.Length; c++)
            {
                order[c] = c;
            }

            _random.Shuffle(order.AsSpan());
            foreach (var caseworker in order)
            {
                var start = _groups.CaseworkerStarts[caseworker];
                var plans = _groups.CaseworkerMembers.AsSpan(start, _groups.CaseworkerStarts[caseworker + 1] - start);
                Pick(steerTowardsStrata ? NeediestOf(plans) : plans[_random.Next(plans.Length)]);
            }
        }

        /// <summary>
        /// Gives each remaining place to the neediest stratum that still has plans left, and fills it
        /// with one of that stratum's plans at random. With nothing picked before, this is exactly
        /// largest-remainder apportionment of the places among the phases, and as close to it as the
        /// phases allow for the needs, then the settings, then the strata.
        /// </summary>
        public void FillInProportionToStrata()
        {
            var strataCount = _groups.StratumCount;
            var tieOrder = new int[strataCount];
            for (var s = 0; s < strataCount; s++)
            {
                tieOrder[s] = s;
            }

            _random.Shuffle(tieOrder.AsSpan());

            // Members before a stratum's cursor have been picked; partial Fisher–Yates from there.
            var cursors = new int[strataCount];
            while (Drawn.Count < _size)
            {
                var stratum = -1;
                foreach (var candidate in tieOrder)
                {
                    if (Strata.PickedIn(candidate) < _groups.StratumSize(candidate)
                        && (stratum < 0 || Neediness(candidate, stratum) > 0))
                    {
                        stratum = candidate;
                    }
                }

                var start = _groups.StratumStarts[stratum];
                var length = _groups.StratumSize(stratum);
                var members = _groups.StratumMembers;
                int chosen;
                do
                {
                    var at = start + cursors[stratum];
                    var swapWith = start + _random.Next(cursors[stratum], length);
                    (members[at], members[swapWith]) = (members[swapWith], members[at]);
                    chosen = members[at];
                    cursors[stratum]++;
                }
                while (_picked[chosen]);

                Pick(chosen);
            }
        }

        /// <summary>
        /// Fills the remaining places with a simple random sample of the plans not yet picked: a
        /// partial Fisher–Yates shuffle of the positions 0…n−1, kept sparse (only displaced positions
        /// are stored) so the work depends on the sample size, not the population size.
        /// </summary>
        public void FillAtRandom()
        {
            var n = _candidates.Count;
            var displaced = new Dictionary<int, int>();
            for (var cursor = 0; Drawn.Count < _size; cursor++)
            {
                var swapWith = _random.Next(cursor, n);
                var atSwap = displaced.GetValueOrDefault(swapWith, swapWith);
                displaced[swapWith] = displaced.GetValueOrDefault(cursor, cursor);
                if (!_picked[atSwap])
                {
                    Pick(atSwap);
                }
            }
        }

        /// <summary>
        /// Compares how much two strata need the next place: above 0 when <paramref name="a"/> needs it
        /// more. The stratum whose phase is furthest below its share of the whole sample needs it most;
        /// between equal phases, the one whose broad area of need is further below its share; then the
        /// setting; then the stratum's own share.
        /// </summary>
        private int Neediness(int a, int b)
        {
            foreach (var margin in _margins)
            {
                var byMargin = margin.Shortfall(a, _size, _candidates.Count).CompareTo(margin.Shortfall(b, _size, _candidates.Count));
                if (byMargin != 0)
                {
                    return byMargin;
                }
            }

            return 0;
        }

        private int NeediestOf(ReadOnlySpan<int> plans)
        {
            var chosen = plans[0];
            var ties = 1;
            foreach (var plan in plans[1..])
            {
                var comparison = Neediness(_groups.StratumOf[plan], _groups.StratumOf[chosen]);
                if (comparison > 0)
                {
                    chosen = plan;
                    ties = 1;
                }
                else if (comparison == 0 && _random.Next(++ties) == 0)
                {
                    chosen = plan;
                }
            }

            return chosen;
        }

        private void Pick(int index)
        {
            _picked[index] = true;
            foreach (var margin in _margins)
            {
                margin.Picked(_groups.StratumOf[index]);
            }

            Drawn.Add(_candidates[index]);
        }
    }

    /// <summary>Working arrays rented from the shared pool for one draw, all given back at its end.</summary>
    private sealed class Scratch : IDisposable
    {
        private readonly List<Action> _giveBack = [];

        /// <summary>An array of at least <paramref name="length"/> items; its contents are undefined.</summary>
        public T[] Rent<T>(int length)
        {
            var array = ArrayPool<T>.Shared.Rent(length);
            _giveBack.Add(() => ArrayPool<T>.Shared.Return(array, clearArray: RuntimeHelpers.IsReferenceOrContainsReferences<T>()));
            return array;
        }

        public void Dispose()
        {
            foreach (var giveBack in _giveBack)
            {
                giveBack();
            }

            _giveBack.Clear();
        }
    }
}
