namespace EhcpQa.Domain.Moderation;

/// <summary>
/// How a panel's feedback reaches a plan's page: whether the people of the panel (its chair and members) are
/// named beside the agreed grade. Panels moderate pseudonymised plans and speak as one, so by default no one
/// is named; an authority that wants its caseworkers to know who moderated says so, and its QA lead sets it
/// on a page.
/// </summary>
public sealed record PanelFeedbackPolicy(bool ShowModeratorNames)
{
    /// <summary>The panel is not named: the policy until a QA lead sets another.</summary>
    public static PanelFeedbackPolicy Default { get; } = new(false);
}

/// <summary>One setting of the panel feedback policy: what was set, by whom and when. Settings are kept, never changed; the latest is in force.</summary>
public sealed class PanelFeedbackPolicyChange : IKeptSetting
{
    private PanelFeedbackPolicyChange()
    {
        ChangedBy = string.Empty;
    }

    private PanelFeedbackPolicyChange(PanelFeedbackPolicy policy, string changedBy, DateTimeOffset changedAt)
    {
        ShowModeratorNames = policy.ShowModeratorNames;
        ChangedBy = changedBy;
        ChangedAt = changedAt;
    }

    public int Id { get; private set; }

    public bool ShowModeratorNames { get; private set; }

    public string ChangedBy { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public PanelFeedbackPolicy Policy => new(ShowModeratorNames);

    /// <summary>
    /// Sets the policy from now on. <paramref name="readFrom"/> is the setting in force when the person read
    /// the page (null when none had been made): a newer one means someone else changed it meanwhile, and the
    /// change is refused rather than made over theirs.
    /// </summary>
    public static PanelFeedbackPolicyChange Make(PanelFeedbackPolicy policy, int? readFrom, PanelFeedbackPolicyChange? latest, string byUserId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        KeptSetting.RefuseIfChangedMeanwhile(readFrom, latest, "whether panels are named", "the setting");

        return new PanelFeedbackPolicyChange(policy, byUserId, at);
    }
}
