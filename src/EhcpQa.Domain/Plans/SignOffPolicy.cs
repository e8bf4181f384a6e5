namespace EhcpQa.Domain.Plans;

/// <summary>
/// The authority's sign-off policy: whether a draft must reach the pass bar before it is issued, and whether
/// a draft graded below the bar needs a second grader (a second opinion, then the grade the two agree).
/// Wirral and Shropshire do both; the QA lead sets the authority's own on a page.
/// </summary>
public sealed record SignOffPolicy(bool IssueOnlyAtPassBar, bool SecondOpinionBelowBar)
{
    /// <summary>Both: the policy until a QA lead sets another.</summary>
    public static SignOffPolicy Default { get; } = new(true, true);
}

/// <summary>One setting of the sign-off policy: what was set, by whom and when. Settings are kept, never changed; the latest is in force.</summary>
public sealed class SignOffPolicyChange
{
    private SignOffPolicyChange()
    {
        ChangedBy = string.Empty;
    }

    private SignOffPolicyChange(SignOffPolicy policy, string changedBy, DateTimeOffset changedAt)
    {
        IssueOnlyAtPassBar = policy.IssueOnlyAtPassBar;
        SecondOpinionBelowBar = policy.SecondOpinionBelowBar;
        ChangedBy = changedBy;
        ChangedAt = changedAt;
    }

    public int Id { get; private set; }

    public bool IssueOnlyAtPassBar { get; private set; }

    public bool SecondOpinionBelowBar { get; private set; }

    public string ChangedBy { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public SignOffPolicy Policy => new(IssueOnlyAtPassBar, SecondOpinionBelowBar);

    /// <summary>
    /// Sets the policy from now on. <paramref name="readFrom"/> is the setting in force when the person read
    /// the page (null when none had been made): a newer one means someone else changed it meanwhile, and the
    /// change is refused rather than made over theirs.
    /// </summary>
    public static SignOffPolicyChange Make(SignOffPolicy policy, int? readFrom, SignOffPolicyChange? latest, string byUserId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        if (latest?.Id != readFrom)
        {
            throw new DomainRuleException("Someone else changed the sign-off policy while you were looking at it, so yours has not been saved. The page shows the policy as it is now: set yours again.");
        }

        return new SignOffPolicyChange(policy, byUserId, at);
    }
}
