namespace EhcpQa.Domain.Sampling;

/// <summary>
/// One plan in a dip sample and how it got there. Nobody hand-picks plans into the draw: a plan a QA
/// lead adds is marked <see cref="SampleItemOrigin.Added"/> and always carries the reason given.
/// </summary>
public sealed record SampleItem
{
    private SampleItem(int planId, SampleItemOrigin origin, string? reason)
    {
        PlanId = planId;
        Origin = origin;
        Reason = reason;
    }

    public int PlanId { get; }

    public SampleItemOrigin Origin { get; }

    /// <summary>Why a QA lead added the plan; null for a drawn plan.</summary>
    public string? Reason { get; }

    /// <summary>A plan chosen by the random draw.</summary>
    public static SampleItem Drawn(int planId) => new(planId, SampleItemOrigin.Drawn, null);

    /// <summary>A plan a QA lead names and adds to the sample.</summary>
    /// <exception cref="DomainRuleException">The reason is empty.</exception>
    public static SampleItem Added(int planId, string reason) =>
        string.IsNullOrWhiteSpace(reason)
            ? throw new DomainRuleException("Give a reason for adding this plan to the sample.")
            : new SampleItem(planId, SampleItemOrigin.Added, reason.Trim());
}
