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

    /// <summary>The longest reason a QA lead may give for adding a plan.</summary>
    public const int ReasonMaxLength = 1_000;

    /// <summary>A plan a QA lead names and adds to the sample.</summary>
    /// <exception cref="DomainRuleException">The reason is empty or too long.</exception>
    public static SampleItem Added(int planId, string reason)
    {
        DomainRuleException.ThrowIfAny(ReasonProblems(reason));
        return new SampleItem(planId, SampleItemOrigin.Added, reason.Trim());
    }

    /// <summary>Every rule the reason for adding a plan breaks; none when it can be recorded.</summary>
    public static IEnumerable<Problem> ReasonProblems(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            yield return new(nameof(Reason), "Give a reason for adding this plan to the sample");
        }
        else if (reason.Trim().Length > ReasonMaxLength)
        {
            yield return new(nameof(Reason), $"The reason must be {ReasonMaxLength:N0} characters or fewer");
        }
    }
}
