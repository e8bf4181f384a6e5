using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Sampling;

namespace EhcpQa.Domain.Tests.TestData;

/// <summary>Deterministic sampling populations.</summary>
internal static class Populations
{
    public static SamplingCandidate Candidate(
        int planId,
        string caseworkerId = "cw-1",
        Phase phase = Phase.KeyStage2,
        BroadAreaOfNeed need = BroadAreaOfNeed.CommunicationAndInteraction,
        SettingType setting = SettingType.Mainstream,
        int localityId = 1) => new(planId, caseworkerId, phase, need, setting, localityId);

    /// <summary>
    /// A varied population: plan ids 1…size, caseworkers, phases, needs, settings and localities
    /// spread unevenly by a fixed formula (no randomness), so every stratum size differs.
    /// SampleReproducibility pins the plans one seed draws from this population: changing the formula
    /// means pinning them again.
    /// </summary>
    public static List<SamplingCandidate> Varied(int size, int caseworkers = 12, int firstPlanId = 1)
    {
        var phases = Enum.GetValues<Phase>();
        var needs = Enum.GetValues<BroadAreaOfNeed>();
        var settings = Enum.GetValues<SettingType>();
        var plans = new List<SamplingCandidate>(size);
        for (var i = 0; i < size; i++)
        {
            var mix = (int)(((uint)i * 2654435761u) >> 8);
            plans.Add(new SamplingCandidate(
                firstPlanId + i,
                $"cw-{(mix % 997) % caseworkers + 1:D3}",
                phases[Skewed(mix, phases.Length)],
                needs[Skewed(mix / 7, needs.Length)],
                settings[Skewed(mix / 53, settings.Length)],
                (mix / 311) % 5 + 1));
        }

        return plans;
    }

    /// <summary>The same plans in another order, fixed by <paramref name="seed"/>.</summary>
    public static List<SamplingCandidate> Shuffled(IEnumerable<SamplingCandidate> plans, int seed)
    {
        var copy = plans.ToArray();
        new Random(seed).Shuffle(copy);
        return [.. copy];
    }

    // Lower indexes are more common: roughly 1 : 2 : … : n reversed, so strata differ in size.
    private static int Skewed(int mix, int count)
    {
        var total = count * (count + 1) / 2;
        var ticket = mix % total;
        for (var i = 0; i < count; i++)
        {
            ticket -= count - i;
            if (ticket < 0)
            {
                return i;
            }
        }

        return count - 1;
    }
}
