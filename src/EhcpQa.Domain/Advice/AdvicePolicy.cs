namespace EhcpQa.Domain.Advice;

/// <summary>
/// The authority's rule for advice: how many weeks after the request advice is due. The law gives 6 weeks (SEND
/// Regulations 2014, reg. 8); an authority that asks its partners for sooner sets fewer, and its QA lead sets it on a page.
/// </summary>
public sealed record AdvicePolicy(int DueWeeks)
{
    public const int StatutoryWeeks = 6;

    public const int MinimumWeeks = 1;

    /// <summary>No later than the statutory 6 weeks: advice later than the law allows cannot be "on time".</summary>
    public const int MaximumWeeks = StatutoryWeeks;

    /// <summary>Advice due 6 weeks after the request: the policy until a QA lead sets another.</summary>
    public static AdvicePolicy Default { get; } = new(StatutoryWeeks);

    /// <summary>Every rule the weeks break; none when they can be set.</summary>
    public static IEnumerable<Problem> Problems(int? dueWeeks)
    {
        if (dueWeeks is null)
        {
            yield return new(nameof(DueWeeks), "Enter how many weeks after the request advice is due, as a whole number");
        }
        else if (dueWeeks is < MinimumWeeks or > MaximumWeeks)
        {
            yield return new(nameof(DueWeeks), $"Advice must be due between {MinimumWeeks} and {MaximumWeeks} weeks after the request: the law allows no more than {StatutoryWeeks}");
        }
    }
}

/// <summary>One setting of the advice policy: what was set, by whom and when. Settings are kept, never changed; the latest is in force.</summary>
public sealed class AdvicePolicyChange : IKeptSetting
{
    private AdvicePolicyChange()
    {
        ChangedBy = string.Empty;
    }

    private AdvicePolicyChange(AdvicePolicy policy, string changedBy, DateTimeOffset changedAt)
    {
        DueWeeks = policy.DueWeeks;
        ChangedBy = changedBy;
        ChangedAt = changedAt;
    }

    public int Id { get; private set; }

    public int DueWeeks { get; private set; }

    public string ChangedBy { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public AdvicePolicy Policy => new(DueWeeks);

    /// <summary>Sets the policy from now on, refused when it breaks the rules or someone else changed it since <paramref name="readFrom"/>.</summary>
    public static AdvicePolicyChange Make(AdvicePolicy policy, int? readFrom, AdvicePolicyChange? latest, string byUserId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        DomainRuleException.ThrowIfAny(AdvicePolicy.Problems(policy.DueWeeks));
        KeptSetting.RefuseIfChangedMeanwhile(readFrom, latest, "when advice is due", "the setting");
        return new AdvicePolicyChange(policy, byUserId, at);
    }
}
