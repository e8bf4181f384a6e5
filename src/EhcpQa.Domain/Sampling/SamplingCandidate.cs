using EhcpQa.Domain.Plans;

namespace EhcpQa.Domain.Sampling;

/// <summary>
/// One plan in the population a dip sample is drawn from, with the facts the sample is spread across.
/// </summary>
/// <param name="PlanId">The plan's identifier; unique within a population.</param>
/// <param name="CaseworkerId">The caseworker who wrote the plan.</param>
/// <param name="Phase">The child's phase or key stage.</param>
/// <param name="Need">The broad area of the primary need.</param>
/// <param name="Setting">The type of setting.</param>
/// <param name="LocalityId">The locality (area team) the plan belongs to.</param>
public sealed record SamplingCandidate(
    int PlanId,
    string CaseworkerId,
    Phase Phase,
    BroadAreaOfNeed Need,
    SettingType Setting,
    int LocalityId);
