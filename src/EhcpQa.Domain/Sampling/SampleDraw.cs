using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using EhcpQa.Domain.Plans;

namespace EhcpQa.Domain.Sampling;

/// <summary>
/// Draws a dip sample for moderation: random, reproducible from its seed, of a number of plans or 1 in K,
/// raised to a minimum, with at least N plans per caseworker and per phase, and the rest spread across
/// phase × broad area of need × setting in proportion to the population. See <c>docs/statistics.md</c>
/// for the method.
/// </summary>
/// <remarks>
/// O(n) for the sort by plan id (checked when in order, placed by id or radix sorted otherwise), O(n) for one
/// grouping pass, O(n × N) for N plans per caseworker, O(picks × strata) for the phases, and a few dozen steps
/// for each remaining place. Working arrays are rented from the shared array pool, so a draw from a large
/// population does not leave megabytes of garbage behind.
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
        var size = rules.Size.For(n);
        if (rules.Size.OneIn is { } k and > 1)
        {
            notes.Add(n % k == 0
                ? $"1 in {k} of {Plans(n)} is {size}."
                : $"1 in {k} of {Plans(n)} is {((double)n / k).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}, rounded up to {size}.");
        }

        if (rules.Minimum is { } minimum && minimum > size)
        {
            if (minimum >= n)
            {
                notes.Add($"The minimum sample size is {minimum}, but the population has only {Plans(n)}: all are in the sample.");
                return new SampleOutcome(rules, seed, n, candidates.ToArray(), notes);
            }

            notes.Add($"The sample was raised from {size} to {minimum}, the minimum sample size.");
            size = minimum;
        }

        if (size >= n)
        {
            notes.Add(size == n
                ? $"The population has {Plans(n)}, the size asked for: all are in the sample."
                : $"The population has only {Plans(n)}: all are in the sample.");
            return new SampleOutcome(rules, seed, n, candidates.ToArray(), notes);
        }

        var perCaseworker = rules.PerCaseworker;
        var groups = Groups.Of(candidates, scratch, byStratum: rules.ProportionalSpread, byCaseworker: perCaseworker > 0, byPhase: rules.PerPhase > 0);
        if (perCaseworker > 0)
        {
            size = EnlargedForCaseworkers(groups, perCaseworker, size, n, notes);
        }

        var draw = new Drawing(candidates, groups, size, new SeededRandom(seed), scratch);
        if (perCaseworker > 0)
        {
            draw.PerCaseworker(perCaseworker, steerTowardsStrata: rules.ProportionalSpread);
        }

        if (rules.PerPhase > 0)
        {
            draw.Size = EnlargedForPhases(groups, draw, rules.PerPhase, draw.Size, notes);
            draw.PerPhase(rules.PerPhase, steerTowardsStrata: rules.ProportionalSpread);
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

    /// <summary>The size enlarged, when it must be, so that every caseworker can have their plans; notes say why.</summary>
    private static int EnlargedForCaseworkers(Groups groups, int perCaseworker, int size, int n, List<string> notes)
    {
        var required = 0;
        var fewer = 0;
        for (var c = 0; c < groups.CaseworkerCount; c++)
        {
            var plans = groups.CaseworkerSize(c);
            required += Math.Min(plans, perCaseworker);
            fewer += plans < perCaseworker ? 1 : 0;
        }

        var caseworkers = groups.CaseworkerCount;
        if (required > size)
        {
            notes.Add(perCaseworker == 1
                ? $"The sample was enlarged from {size} to {required} so that each of the {caseworkers} caseworkers has at least one plan."
                : $"The sample was enlarged from {size} to {required} so that each of the {caseworkers} caseworkers has at least {perCaseworker} plans, or all of theirs.");
            size = required;
            if (size == n)
            {
                notes.Add(perCaseworker == 1
                    ? $"Every caseworker has exactly one plan in the population, so all {Plans(n)} are in the sample."
                    : $"No caseworker has more than {perCaseworker} plans in the population, so all {Plans(n)} are in the sample.");
            }
        }

        if (fewer > 0)
        {
            notes.Add(fewer == 1
                ? $"1 of the {caseworkers} caseworkers had fewer than {perCaseworker} plans in the population: all of their plans are in the sample."
                : $"{fewer} of the {caseworkers} caseworkers had fewer than {perCaseworker} plans in the population: all of their plans are in the sample.");
        }

        return size;
    }

    /// <summary>The size enlarged, when it must be, so that every phase can have its plans after the caseworker picks; notes say why.</summary>
    private static int EnlargedForPhases(Groups groups, Drawing draw, int perPhase, int size, List<string> notes)
    {
        var required = draw.Drawn.Count;
        for (var p = 0; p < groups.PhaseCount; p++)
        {
            required += Math.Max(0, Math.Min(groups.PhaseSize(p), perPhase) - draw.PickedInPhase(groups.Phases[p]));
        }

        if (required > size)
        {
            notes.Add($"The sample was enlarged from {size} to {required} so that each of the {groups.PhaseCount} phases has at least {Plans(perPhase)}"
                + (perPhase > 1 ? ", or all of its plans." : "."));
            size = required;
        }

        foreach (var p in Enumerable.Range(0, groups.PhaseCount).OrderBy(p => groups.Phases[p]))
        {
            var plans = groups.PhaseSize(p);
            if (plans < perPhase)
            {
                notes.Add($"{groups.Phases[p].Name()} had only {Plans(plans)} in the population: "
                    + (plans == 1 ? "it is in the sample." : "all are in the sample."));
            }
        }

        return size;
    }

    private static ArraySegment<SamplingCandidate> SortedByPlanId(IReadOnlyList<SamplingCandidate> population, Scratch scratch)
    {
        var n = population.Count;
        var lowest = int.MaxValue;
        var highest = int.MinValue;
        var sorted = true;

        // Each plan is read once here, in the order given; later passes read its id from this array instead.
        var ids = scratch.Rent<int>(n);
        for (var i = 0; i < n; i++)
        {
            var candidate = population[i]
                ?? throw new ArgumentException("The population contains an empty entry.", nameof(population));
            if (string.IsNullOrWhiteSpace(candidate.CaseworkerId))
            {
                throw new ArgumentException($"Plan {candidate.PlanId} has no caseworker.", nameof(population));
            }

            ids[i] = candidate.PlanId;
            sorted &= candidate.PlanId > highest;
            lowest = Math.Min(lowest, candidate.PlanId);
            highest = Math.Max(highest, candidate.PlanId);
        }

        var candidates = scratch.Rent<SamplingCandidate>(n);
        var span = (uint)(highest - lowest);
        if (sorted)
        {
            // Read from the database in id order, as the service reads it: nothing to sort, no id twice.
            for (var i = 0; i < n; i++)
            {
                candidates[i] = population[i];
            }
        }
        else if (span < 4u * (uint)n)
        {
            // Ids close together, as a window's plans are: each plan put straight in its id's place.
            var places = scratch.Rent<int>((int)span + 1);
            Array.Clear(places, 0, (int)span + 1);
            for (var i = 0; i < n; i++)
            {
                ref var place = ref places[ids[i] - lowest];
                if (place != 0)
                {
                    throw new ArgumentException($"Plan {ids[i]} appears more than once in the population.", nameof(population));
                }

                place = i + 1;
            }

            var next = 0;
            for (var id = 0; id <= (int)span; id++)
            {
                if (places[id] != 0)
                {
                    candidates[next++] = population[places[id] - 1];
                }
            }
        }
        else
        {
            // Ids far apart: a radix sort of (id above position) keys, by as many bytes as the ids span.
            var keys = scratch.Rent<ulong>(n);
            for (var i = 0; i < n; i++)
            {
                keys[i] = ((ulong)(uint)(ids[i] - lowest) << 32) | (uint)i;
            }

            RadixSortByPlanId(keys.AsSpan(0, n), scratch.Rent<ulong>(n).AsSpan(0, n), span);
            for (var i = 0; i < n; i++)
            {
                if (i > 0 && keys[i] >> 32 == keys[i - 1] >> 32)
                {
                    throw new ArgumentException($"Plan {ids[(int)(uint)keys[i]]} appears more than once in the population.", nameof(population));
                }

                candidates[i] = population[(int)(uint)keys[i]];
            }
        }

        return new ArraySegment<SamplingCandidate>(candidates, 0, n);
    }

    /// <summary>
    /// Sorts the keys by their upper 32 bits (the plan id less the lowest, at most <paramref name="span"/>): a
    /// least-significant-digit radix sort, a pass a byte the ids span, linear in the population. The sorted
    /// keys end up in <paramref name="keys"/>.
    /// </summary>
    private static void RadixSortByPlanId(Span<ulong> keys, Span<ulong> buffer, uint span)
    {
        Span<int> offsets = stackalloc int[256];
        var from = keys;
        var to = buffer;
        for (var shift = 32; shift < 64 && span >> (shift - 32) != 0; shift += 8)
        {
            offsets.Clear();
            foreach (var key in from)
            {
                offsets[(int)(key >> shift) & 0xFF]++;
            }

            var total = 0;
            for (var digit = 0; digit < 256; digit++)
            {
                (offsets[digit], total) = (total, total + offsets[digit]);
            }

            foreach (var key in from)
            {
                to[offsets[(int)(key >> shift) & 0xFF]++] = key;
            }

            var swap = from;
            from = to;
            to = swap;
        }

        if (from != keys)
        {
            from.CopyTo(keys);
        }
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
            Stratum[] strata,
            int[] stratumOf,
            (int[] Starts, int[] Members) byStratum,
            (int[] Starts, int[] Members) byCaseworker,
            Phase[] phases,
            (int[] Starts, int[] Members) byPhase)
        {
            Strata = strata;
            StratumOf = stratumOf;
            (StratumStarts, StratumMembers) = byStratum;
            (CaseworkerStarts, CaseworkerMembers) = byCaseworker;
            Phases = phases;
            (PhaseStarts, PhaseMembers) = byPhase;
        }

        public Stratum[] Strata { get; }

        public int[] StratumOf { get; }

        public int[] StratumStarts { get; }

        public int[] StratumMembers { get; }

        public int[] CaseworkerStarts { get; }

        public int[] CaseworkerMembers { get; }

        /// <summary>The phases found in the population (when grouped by phase), in order of first appearance.</summary>
        public Phase[] Phases { get; }

        public int[] PhaseStarts { get; }

        public int[] PhaseMembers { get; }

        public int StratumCount => Strata.Length;

        public int CaseworkerCount => CaseworkerStarts.Length - 1;

        public int PhaseCount => Phases.Length;

        public int StratumSize(int stratum) => StratumStarts[stratum + 1] - StratumStarts[stratum];

        public int CaseworkerSize(int caseworker) => CaseworkerStarts[caseworker + 1] - CaseworkerStarts[caseworker];

        public int PhaseSize(int phase) => PhaseStarts[phase + 1] - PhaseStarts[phase];

        public static Groups Of(ArraySegment<SamplingCandidate> candidates, Scratch scratch, bool byStratum, bool byCaseworker, bool byPhase)
        {
            var n = candidates.Count;
            var strata = new Dictionary<Stratum, int>();
            var caseworkers = new Dictionary<string, int>(StringComparer.Ordinal);
            var phases = new Dictionary<Phase, int>();
            var stratumOf = byStratum ? scratch.Rent<int>(n) : [];
            var caseworkerOf = byCaseworker ? scratch.Rent<int>(n) : [];
            var phaseOf = byPhase ? scratch.Rent<int>(n) : [];
            var stratumSizes = new List<int>();
            Span<int> knownStrata = byStratum ? stackalloc int[16 * 16 * 16] : default;
            var caseworkerSizes = new List<int>();
            var phaseSizes = new List<int>();
            for (var i = 0; i < n; i++)
            {
                var candidate = candidates[i];
                if (byStratum)
                {
                    var (phase, need, setting) = ((uint)candidate.Phase, (uint)candidate.Need, (uint)candidate.Setting);
                    if ((phase | need | setting) < 16)
                    {
                        // The usual case, looked up in a table rather than hashed; numbered by first appearance all the same.
                        ref var slot = ref knownStrata[(int)((phase << 8) | (need << 4) | setting)];
                        if (slot == 0)
                        {
                            slot = IndexOf(strata, new Stratum(candidate.Phase, candidate.Need, candidate.Setting), stratumSizes) + 1;
                        }
                        else
                        {
                            stratumSizes[slot - 1]++;
                        }

                        stratumOf[i] = slot - 1;
                    }
                    else
                    {
                        stratumOf[i] = IndexOf(strata, new Stratum(candidate.Phase, candidate.Need, candidate.Setting), stratumSizes);
                    }
                }

                if (byCaseworker)
                {
                    caseworkerOf[i] = IndexOf(caseworkers, candidate.CaseworkerId, caseworkerSizes);
                }

                if (byPhase)
                {
                    phaseOf[i] = IndexOf(phases, candidate.Phase, phaseSizes);
                }
            }

            var keys = new Stratum[strata.Count];
            foreach (var (key, index) in strata)
            {
                keys[index] = key;
            }

            var phaseKeys = new Phase[phases.Count];
            foreach (var (key, index) in phases)
            {
                phaseKeys[index] = key;
            }

            return new Groups(
                keys,
                stratumOf,
                Contiguous(stratumOf, n, stratumSizes, scratch),
                Contiguous(caseworkerOf, n, caseworkerSizes, scratch),
                phaseKeys,
                Contiguous(phaseOf, n, phaseSizes, scratch));
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
        private readonly long[] _shortfall;
        private readonly int _populationSize;

        /// <param name="groups">The population's groups.</param>
        /// <param name="valueOf">The value a stratum (by its index) has on this dimension.</param>
        /// <param name="sampleSize">The size of the sample to begin with.</param>
        /// <param name="populationSize">The number of plans in the population.</param>
        public Margin(Groups groups, Func<int, int> valueOf, int sampleSize, int populationSize)
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
            _shortfall = new long[values.Count];
            _populationSize = populationSize;
            for (var s = 0; s < groups.StratumCount; s++)
            {
                _population[_valueOfStratum[s]] += groups.StratumSize(s);
            }

            for (var v = 0; v < values.Count; v++)
            {
                _shortfall[v] = (long)sampleSize * _population[v];
            }
        }

        public void Picked(int stratum)
        {
            var value = _valueOfStratum[stratum];
            _picked[value]++;
            _shortfall[value] -= _populationSize;
        }

        public int PickedIn(int stratum) => _picked[_valueOfStratum[stratum]];

        /// <summary>How many values the population has on this dimension, numbered 0 up.</summary>
        public int ValueCount => _population.Length;

        /// <summary>The number of the stratum's value on this dimension.</summary>
        public int ValueOf(int stratum) => _valueOfStratum[stratum];

        /// <summary>The plans of a value not yet picked.</summary>
        public int LeftOfValue(int value) => _population[value] - _picked[value];

        /// <summary>How far a value is below its share of the sample (see <see cref="Shortfall"/>).</summary>
        public long ShortfallOfValue(int value) => _shortfall[value];

        /// <summary>The sample's size changed by <paramref name="by"/>: every value's share changes with it.</summary>
        public void Resized(int by)
        {
            for (var v = 0; v < _shortfall.Length; v++)
            {
                _shortfall[v] += (long)by * _population[v];
            }
        }

        /// <summary>
        /// How far the stratum's value is below its proportional share of the whole sample, scaled
        /// by the population size so it is exact in whole numbers: size × N_v − picked_v × N. Kept up to
        /// date as plans are picked and the size changes, so comparing two strata costs two look-ups.
        /// </summary>
        public long Shortfall(int stratum) => _shortfall[_valueOfStratum[stratum]];
    }

    /// <summary>One draw in progress: what has been picked so far, and how the spread stands.</summary>
    private sealed class Drawing
    {
        private readonly ArraySegment<SamplingCandidate> _candidates;
        private readonly Groups _groups;
        private readonly SeededRandom _random;
        private readonly bool[] _picked;
        private readonly int[] _pickedInPhase = new int[Enum.GetValues<Phase>().Max(p => (int)p) + 1];

        // Members of a stratum before its cursor have been visited (picked, by this or an earlier pick); partial
        // Fisher–Yates from there. The same for the phases when the sample is not spread.
        private readonly int[] _stratumCursors;
        private readonly int[] _phaseCursors;

        // Most important first: the phase, then the broad area of need, then the setting, then the
        // stratum (the combination of all three) itself.
        private readonly Margin[] _margins;

        private int _size;

        public Drawing(ArraySegment<SamplingCandidate> candidates, Groups groups, int size, SeededRandom random, Scratch scratch)
        {
            _candidates = candidates;
            _groups = groups;
            _size = size;
            _random = random;
            _stratumCursors = new int[groups.StratumCount];
            _phaseCursors = new int[groups.PhaseCount];
            _picked = scratch.Rent<bool>(candidates.Count);
            Array.Clear(_picked, 0, candidates.Count);
            _margins = groups.StratumCount == 0 ? [] :
            [
                new Margin(groups, s => (int)groups.Strata[s].Phase, size, candidates.Count),
                new Margin(groups, s => (int)groups.Strata[s].Need, size, candidates.Count),
                new Margin(groups, s => (int)groups.Strata[s].Setting, size, candidates.Count),
                new Margin(groups, s => s, size, candidates.Count),
            ];
            Drawn = new List<SamplingCandidate>(size);
        }

        public List<SamplingCandidate> Drawn { get; }

        /// <summary>The size of the sample: the places to fill, and the whole its shares are worked out of.</summary>
        public int Size
        {
            get => _size;
            set
            {
                foreach (var margin in _margins)
                {
                    margin.Resized(value - _size);
                }

                _size = value;
            }
        }

        private Margin Strata => _margins[^1];

        public int PickedInPhase(Phase phase) => _pickedInPhase[(int)phase];

        /// <summary>
        /// <paramref name="perCaseworker"/> plans for each caseworker (all of theirs when they have fewer), in rounds of
        /// one plan each, caseworkers taken in one random order. When the sample is to be spread, each plan comes from
        /// whichever of the caseworker's strata is neediest (see <see cref="Neediness"/>), ties and the plan within the
        /// stratum at random, so the caseworker picks already follow the population's spread.
        /// </summary>
        public void PerCaseworker(int perCaseworker, bool steerTowardsStrata)
        {
            var order = new int[_groups.CaseworkerCount];
            for (var c = 0; c < order.Length; c++)
            {
                order[c] = c;
            }

            _random.Shuffle(order.AsSpan());
            for (var round = 0; round < perCaseworker; round++)
            {
                foreach (var caseworker in order)
                {
                    var start = _groups.CaseworkerStarts[caseworker];
                    var plans = _groups.CaseworkerMembers.AsSpan(start, _groups.CaseworkerSize(caseworker));
                    if (plans.Length > round)
                    {
                        Pick(steerTowardsStrata ? NeediestOf(plans) : UnpickedAtRandom(plans));
                    }
                }
            }
        }

        /// <summary>
        /// Tops each phase up to <paramref name="perPhase"/> plans (all of its plans when it has fewer), phases in their
        /// order, Early Years first. When the sample is to be spread, each place goes to the phase's neediest stratum
        /// (ties to the stratum found first in plan-id order) and a plan of it at random; otherwise to one of the
        /// phase's plans at random.
        /// </summary>
        public void PerPhase(int perPhase, bool steerTowardsStrata)
        {
            foreach (var p in Enumerable.Range(0, _groups.PhaseCount).OrderBy(p => _groups.Phases[p]))
            {
                var phase = _groups.Phases[p];
                var wanted = Math.Min(perPhase, _groups.PhaseSize(p));
                while (_pickedInPhase[(int)phase] < wanted)
                {
                    if (steerTowardsStrata)
                    {
                        var stratum = -1;
                        for (var s = 0; s < _groups.StratumCount; s++)
                        {
                            if (_groups.Strata[s].Phase == phase
                                && Strata.PickedIn(s) < _groups.StratumSize(s)
                                && (stratum < 0 || Neediness(s, stratum) > 0))
                            {
                                stratum = s;
                            }
                        }

                        Pick(NextOf(_groups.StratumStarts[stratum], _groups.StratumSize(stratum), _groups.StratumMembers, ref _stratumCursors[stratum]));
                    }
                    else
                    {
                        Pick(NextOf(_groups.PhaseStarts[p], _groups.PhaseSize(p), _groups.PhaseMembers, ref _phaseCursors[p]));
                    }
                }
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
            var rank = new int[strataCount];
            for (var i = 0; i < strataCount; i++)
            {
                rank[tieOrder[i]] = i;
            }

            // The neediest stratum is found a margin at a time rather than by weighing every stratum against
            // the best so far: the phases with plans left furthest below their share, then among their
            // (phase, need) cells with plans left the needs furthest below theirs, then the strata of those
            // cells by setting, stratum and tie order. The same stratum as the full comparison, in a few
            // dozen steps a place however many strata there are.
            var (phases, needs, settings) = (_margins[0], _margins[1], _margins[2]);
            var (phaseCount, needCount, settingCount) = (phases.ValueCount, needs.ValueCount, settings.ValueCount);
            var stratumAt = new int[phaseCount * needCount * settingCount];
            Array.Fill(stratumAt, -1);
            var cellLeft = new int[phaseCount * needCount];
            for (var s = 0; s < strataCount; s++)
            {
                var cell = (phases.ValueOf(s) * needCount) + needs.ValueOf(s);
                stratumAt[(cell * settingCount) + settings.ValueOf(s)] = s;
                cellLeft[cell] += _groups.StratumSize(s) - Strata.PickedIn(s);
            }

            Span<int> neediestPhases = stackalloc int[phaseCount];
            Span<int> neediestNeeds = stackalloc int[needCount];
            while (Drawn.Count < Size)
            {
                var phasesFound = 0;
                var most = long.MinValue;
                for (var phase = 0; phase < phaseCount; phase++)
                {
                    if (phases.LeftOfValue(phase) > 0)
                    {
                        Keep(phase, phases.ShortfallOfValue(phase), neediestPhases, ref phasesFound, ref most);
                    }
                }

                var needsFound = 0;
                most = long.MinValue;
                for (var need = 0; need < needCount; need++)
                {
                    foreach (var phase in neediestPhases[..phasesFound])
                    {
                        if (cellLeft[(phase * needCount) + need] > 0)
                        {
                            Keep(need, needs.ShortfallOfValue(need), neediestNeeds, ref needsFound, ref most);
                            break;
                        }
                    }
                }

                var stratum = -1;
                foreach (var phase in neediestPhases[..phasesFound])
                {
                    foreach (var need in neediestNeeds[..needsFound])
                    {
                        var cell = (phase * needCount) + need;
                        for (var setting = 0; setting < settingCount; setting++)
                        {
                            var candidate = stratumAt[(cell * settingCount) + setting];
                            if (candidate >= 0
                                && Strata.PickedIn(candidate) < _groups.StratumSize(candidate)
                                && (stratum < 0 || NeedierWithinCell(candidate, stratum, settings, rank)))
                            {
                                stratum = candidate;
                            }
                        }
                    }
                }

                cellLeft[(phases.ValueOf(stratum) * needCount) + needs.ValueOf(stratum)]--;
                Pick(NextOf(_groups.StratumStarts[stratum], _groups.StratumSize(stratum), _groups.StratumMembers, ref _stratumCursors[stratum]));
            }

            // Keeps the values whose shortfall is the greatest met so far.
            static void Keep(int value, long shortfall, Span<int> kept, ref int found, ref long most)
            {
                if (shortfall > most)
                {
                    most = shortfall;
                    found = 0;
                }

                if (shortfall == most)
                {
                    kept[found++] = value;
                }
            }
        }

        // Between two strata whose phase and need are equally needy: the setting, then the stratum, then the tie order.
        private bool NeedierWithinCell(int a, int b, Margin settings, int[] rank)
        {
            var bySetting = settings.Shortfall(a).CompareTo(settings.Shortfall(b));
            if (bySetting != 0)
            {
                return bySetting > 0;
            }

            var byStratum = Strata.Shortfall(a).CompareTo(Strata.Shortfall(b));
            return byStratum != 0 ? byStratum > 0 : rank[a] < rank[b];
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
            for (var cursor = 0; Drawn.Count < Size; cursor++)
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
                var byMargin = margin.Shortfall(a).CompareTo(margin.Shortfall(b));
                if (byMargin != 0)
                {
                    return byMargin;
                }
            }

            return 0;
        }

        /// <summary>
        /// The next unpicked member of a group at random: a step of a partial Fisher–Yates shuffle of its members from
        /// the group's cursor, skipping members picked by an earlier rule. The group must have an unpicked member.
        /// </summary>
        private int NextOf(int start, int length, int[] members, ref int cursor)
        {
            int chosen;
            do
            {
                var at = start + cursor;
                var swapWith = start + _random.Next(cursor, length);
                (members[at], members[swapWith]) = (members[swapWith], members[at]);
                chosen = members[at];
                cursor++;
            }
            while (_picked[chosen]);

            return chosen;
        }

        /// <summary>One of the plans not yet picked, at random (the plans must include one).</summary>
        private int UnpickedAtRandom(ReadOnlySpan<int> plans)
        {
            int chosen;
            do
            {
                chosen = plans[_random.Next(plans.Length)];
            }
            while (_picked[chosen]);

            return chosen;
        }

        /// <summary>The plan not yet picked whose stratum is neediest; ties at random (the plans must include one).</summary>
        private int NeediestOf(ReadOnlySpan<int> plans)
        {
            var chosen = -1;
            var ties = 0;
            foreach (var plan in plans)
            {
                if (_picked[plan])
                {
                    continue;
                }

                if (chosen < 0)
                {
                    chosen = plan;
                    ties = 1;
                    continue;
                }

                // Plans of the same stratum are equally needy: no need to weigh the margins.
                var (stratum, chosenStratum) = (_groups.StratumOf[plan], _groups.StratumOf[chosen]);
                var comparison = stratum == chosenStratum ? 0 : Neediness(stratum, chosenStratum);
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
            _pickedInPhase[(int)_candidates[index].Phase]++;
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
