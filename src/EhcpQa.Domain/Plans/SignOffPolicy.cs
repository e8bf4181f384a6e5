using EhcpQa.Domain.Sampling;

namespace EhcpQa.Domain.Plans;

/// <summary>
/// The authority's sign-off policy: whether a draft must reach the pass bar before it is issued, whether
/// a draft graded below the bar needs a second grader (a second opinion, then the grade the two agree), and
/// what share of drafts goes to a second grader whatever its grade (a draft-stage sample, for example 1 in 5).
/// Wirral and Shropshire do the first two; the QA lead sets the authority's own on a page.
/// </summary>
/// <param name="SecondGraderOneIn">
/// 1 in how many drafts is drawn for a second grader besides those below the bar; 0 when none is (1 sends every draft).
/// </param>
public sealed record SignOffPolicy(bool IssueOnlyAtPassBar, bool SecondOpinionBelowBar, int SecondGraderOneIn = 0)
{
    /// <summary>The largest share a draft-stage sample may be set to: 1 in this many drafts.</summary>
    public const int MaxSecondGraderOneIn = 100;

    /// <summary>Both, and no draft-stage sample: the policy until a QA lead sets another.</summary>
    public static SignOffPolicy Default { get; } = new(true, true);

    /// <summary>The problem with a share of drafts for a second grader that is out of range or not a whole number.</summary>
    public static Problem SecondGraderOneInProblem { get; } = new(
        nameof(SecondGraderOneIn),
        $"Enter 1 in how many drafts goes to a second grader as a whole number from 1 to {MaxSecondGraderOneIn}, or leave it empty for none");

    /// <summary>Every rule the policy breaks; none when it can be set.</summary>
    public IEnumerable<Problem> Problems()
    {
        if (SecondGraderOneIn is < 0 or > MaxSecondGraderOneIn)
        {
            yield return SecondGraderOneInProblem;
        }
    }

    /// <summary>
    /// Whether the draft-stage sample draws this version of the plan for a second grader. The draw is seeded by the plan
    /// and the version's number, so it is the same whenever it is asked and nobody can steer it; over many drafts about
    /// 1 in <see cref="SecondGraderOneIn"/> are drawn.
    /// </summary>
    public bool DrawsForSecondGrader(int planId, int versionNumber) =>
        SecondGraderOneIn > 0 && new SeededRandom(unchecked((planId * 1_000_003) + versionNumber)).Next(SecondGraderOneIn) == 0;
}

/// <summary>One setting of the sign-off policy: what was set, by whom and when. Settings are kept, never changed; the latest is in force.</summary>
public sealed class SignOffPolicyChange : IKeptSetting
{
    private SignOffPolicyChange()
    {
        ChangedBy = string.Empty;
    }

    private SignOffPolicyChange(SignOffPolicy policy, string changedBy, DateTimeOffset changedAt)
    {
        IssueOnlyAtPassBar = policy.IssueOnlyAtPassBar;
        SecondOpinionBelowBar = policy.SecondOpinionBelowBar;
        SecondGraderOneIn = policy.SecondGraderOneIn;
        ChangedBy = changedBy;
        ChangedAt = changedAt;
    }

    public int Id { get; private set; }

    public bool IssueOnlyAtPassBar { get; private set; }

    public bool SecondOpinionBelowBar { get; private set; }

    /// <summary>1 in how many drafts goes to a second grader whatever its grade; 0 for none.</summary>
    public int SecondGraderOneIn { get; private set; }

    public string ChangedBy { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public SignOffPolicy Policy => new(IssueOnlyAtPassBar, SecondOpinionBelowBar, SecondGraderOneIn);

    /// <summary>
    /// Sets the policy from now on. <paramref name="readFrom"/> is the setting in force when the person read
    /// the page (null when none had been made): a newer one means someone else changed it meanwhile, and the
    /// change is refused rather than made over theirs.
    /// </summary>
    public static SignOffPolicyChange Make(SignOffPolicy policy, int? readFrom, SignOffPolicyChange? latest, string byUserId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        DomainRuleException.ThrowIfAny(policy.Problems());
        KeptSetting.RefuseIfChangedMeanwhile(readFrom, latest, "the sign-off policy", "the policy");

        return new SignOffPolicyChange(policy, byUserId, at);
    }
}
