using System.Globalization;
using EhcpQa.Domain.Sampling;

namespace EhcpQa.Domain.Moderation;

/// <summary>
/// An action's re-audit: a later dip sample, of a theme named when the re-audit is planned, that checks whether the
/// action worked; the sample should be drawn by a date. Once the sample is chosen, what its panels agree is the
/// re-audit's result (<see cref="ReauditResult"/>).
/// </summary>
public sealed partial class ImprovementAction
{
    public const int ReauditFocusMaxLength = 200;

    /// <summary>The theme the re-audit samples: what its sample must be narrowed to (nothing set: every finalised plan).</summary>
    public SampleTheme ReauditTheme { get; private set; }

    /// <summary>What the re-audit looks for, in a few words (for example "Outcomes in section E are specific"); optional.</summary>
    public string? ReauditFocus { get; private set; }

    /// <summary>The date by which the re-audit's sample should be drawn; null when the action names no re-audit.</summary>
    public DateOnly? ReauditDueBy { get; private set; }

    /// <summary>The dip sample chosen as the re-audit; null until one is chosen.</summary>
    public int? ReauditSampleId { get; private set; }

    public bool HasReaudit => ReauditDueBy is not null;

    /// <summary>The UK date the action was raised: a re-audit may not be due before it.</summary>
    public DateOnly RaisedOn => ServiceCalendar.DateOf(RaisedAt);

    /// <summary>A re-audit is overdue on a day when its sample has not been chosen and it was due before that day.</summary>
    public bool IsReauditOverdueOn(DateOnly today) => ReauditDueBy is { } dueBy && ReauditSampleId is null && dueBy < today;

    /// <summary>
    /// Every rule a re-audit breaks (fields DueBy and Focus): its focus is short and, given the day the action was
    /// raised, it is not due before that day.
    /// </summary>
    public static IEnumerable<Problem> ReauditProblems(string? focus, DateOnly dueBy, DateOnly? raisedOn)
    {
        if (raisedOn is { } raised && dueBy < raised)
        {
            yield return new("DueBy",
                $"The re-audit must be due on or after the day the action was raised, {raised.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}");
        }

        if (focus?.Trim().Length > ReauditFocusMaxLength)
        {
            yield return new("Focus", $"What the re-audit looks for must be {ReauditFocusMaxLength} characters or fewer");
        }
    }

    /// <summary>
    /// The rule for a re-audit's sample, stated once: the action names a re-audit; the sample was drawn on or after
    /// the action was raised (an earlier sample cannot show whether the action worked); and its theme is within the
    /// re-audit's theme, so every plan in it is of the theme (it may narrow further). Every reason (field SampleId) a sample drawn at
    /// <paramref name="drawnAt"/> with <paramref name="sampleTheme"/> may not be this action's re-audit; none when it may.
    /// </summary>
    public IEnumerable<Problem> ReauditSampleProblems(DateTimeOffset drawnAt, SampleTheme sampleTheme)
    {
        ArgumentNullException.ThrowIfNull(sampleTheme);
        if (!HasReaudit)
        {
            yield return new("SampleId", "Name the re-audit's theme and when it is due before choosing its sample");
            yield break;
        }

        if (drawnAt < RaisedAt)
        {
            yield return new("SampleId",
                $"Choose a sample drawn after the action was raised on {RaisedOn.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}: an earlier sample cannot show whether the action worked");
        }

        if (!sampleTheme.IsWithin(ReauditTheme))
        {
            yield return new("SampleId", "Choose a sample of the re-audit's theme: every plan in it must be of the theme");
        }
    }

    /// <summary>Whether a sample drawn at <paramref name="drawnAt"/> with <paramref name="sampleTheme"/> may be this action's re-audit.</summary>
    public bool MayBeReauditedBy(DateTimeOffset drawnAt, SampleTheme sampleTheme) => !ReauditSampleProblems(drawnAt, sampleTheme).Any();

    /// <summary>
    /// Names the action's re-audit, or changes it: the theme its sample is to be drawn from, the date it should be drawn
    /// by, and what it looks for. A sample already chosen is let go when the theme changes, since it may no longer be of it.
    /// </summary>
    public void PlanReaudit(SampleTheme theme, DateOnly dueBy, string byUserId, DateTimeOffset at, string? focus = null)
    {
        ArgumentNullException.ThrowIfNull(theme);
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        DomainRuleException.ThrowIfAny(ReauditProblems(focus, dueBy, RaisedOn));

        var tidyFocus = string.IsNullOrWhiteSpace(focus) ? null : focus.Trim();
        if (HasReaudit && theme == ReauditTheme && dueBy == ReauditDueBy && tidyFocus == ReauditFocus)
        {
            return;
        }

        var kind = HasReaudit ? ActionChangeKind.ReauditChanged : ActionChangeKind.ReauditPlanned;
        string? note = null;
        if (ReauditSampleId is not null && theme != ReauditTheme)
        {
            ReauditSampleId = null;
            note = "The theme changed, so the sample chosen was let go";
        }

        ReauditTheme = theme;
        ReauditDueBy = dueBy;
        ReauditFocus = tidyFocus;
        Record(kind, byUserId, at, note);
    }

    /// <summary>Chooses the later sample that re-audits the action, by the rule <see cref="ReauditSampleProblems"/>.</summary>
    public void LinkReauditSample(DipSample sample, string byUserId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        DomainRuleException.ThrowIfAny(ReauditSampleProblems(sample.DrawnAt, sample.Theme));
        if (ReauditSampleId == sample.Id)
        {
            return;
        }

        ReauditSampleId = sample.Id;
        Record(ActionChangeKind.ReauditSampleLinked, byUserId, at, sample.Title);
    }

    /// <summary>Removes the action's re-audit, and the sample chosen for it; its history keeps that there was one.</summary>
    public void ClearReaudit(string byUserId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        if (!HasReaudit)
        {
            throw new DomainRuleException("This action names no re-audit.");
        }

        ReauditTheme = new SampleTheme();
        ReauditFocus = null;
        ReauditDueBy = null;
        ReauditSampleId = null;
        Record(ActionChangeKind.ReauditCleared, byUserId, at);
    }
}
