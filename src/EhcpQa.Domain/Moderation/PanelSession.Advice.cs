namespace EhcpQa.Domain.Moderation;

/// <summary>
/// Whether the session shows its moderators the advice received for the plans they moderate: off unless a QA lead chooses
/// it when planning the session or later on its page, since advice is the agencies' own and may name the child, which the
/// service cannot take out (decision 0033). Who sees which advice is <see cref="Advice.AdviceAccess.CanViewAsModerator"/>.
/// </summary>
public sealed partial class PanelSession
{
    public bool ShowsAdvice { get; private set; }

    /// <summary>Who last turned showing advice on or off after the session was planned; null while it is as planned.</summary>
    public string? AdviceSettingChangedById { get; private set; }

    public DateTimeOffset? AdviceSettingChangedAt { get; private set; }

    /// <summary>Shows the session's moderators the advice of their plans, or stops showing it, keeping who and when; refused when the session does so already.</summary>
    public void ShowAdvice(bool shows, string byUserId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        if (shows == ShowsAdvice)
        {
            throw new DomainRuleException(shows
                ? "The session already shows panel members the plans' advice: the page may be out of date."
                : "The session already does not show panel members the plans' advice: the page may be out of date.");
        }

        ShowsAdvice = shows;
        AdviceSettingChangedById = byUserId;
        AdviceSettingChangedAt = at;
    }
}
