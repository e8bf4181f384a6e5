namespace EhcpQa.Domain.Sampling;

/// <summary>Where a planned audit stands: planned, done (its sample drawn) or cancelled.</summary>
public enum PlannedAuditStatus
{
    Planned = 1,
    Done,
    Cancelled,
}

/// <summary>
/// A themed audit in the forward plan: its theme (a title, and what it narrows the sample to), the window it is planned
/// for (next term, say), the schedule that is to draw it (if any) and notes. It can be changed or cancelled while
/// planned, and is done once the sample drawn for it is linked to it.
/// </summary>
public sealed class PlannedAudit
{
    public const int ThemeTitleMaxLength = 60;

    public const int NotesMaxLength = 2000;

    private PlannedAudit()
    {
        ThemeTitle = string.Empty;
        Theme = new SampleTheme();
        CreatedById = string.Empty;
        ChangedById = string.Empty;
    }

    public int Id { get; private set; }

    /// <summary>The theme in the QA lead's words ("Children in care", "Preparing for adulthood").</summary>
    public string ThemeTitle { get; private set; }

    /// <summary>What the theme narrows the sample's population to; it may narrow by nothing.</summary>
    public SampleTheme Theme { get; private set; }

    public SampleWindowKind WindowKind { get; private set; }

    public DateOnly PeriodStart { get; private set; }

    public DateOnly PeriodEnd { get; private set; }

    /// <summary>The schedule that draws the audit's sample; null when a QA lead draws it by hand.</summary>
    public int? SampleScheduleId { get; private set; }

    public string? Notes { get; private set; }

    public PlannedAuditStatus Status { get; private set; }

    /// <summary>The sample drawn for the audit, once done.</summary>
    public int? DipSampleId { get; private set; }

    public string CreatedById { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string ChangedById { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    /// <summary>The window the audit is planned for.</summary>
    public SampleWindow Window => SampleWindow.Of(WindowKind, PeriodStart, PeriodEnd);

    /// <summary>Every rule a planned audit's details break; none when it can be planned.</summary>
    /// <param name="schedule">The schedule that is to draw it, when one is chosen.</param>
    public static IEnumerable<Problem> Problems(string? themeTitle, SampleWindow? window, string? notes, SampleSchedule? schedule)
    {
        if (string.IsNullOrWhiteSpace(themeTitle))
        {
            yield return new(nameof(ThemeTitle), "Enter the theme of the audit");
        }
        else if (themeTitle.Trim().Length > ThemeTitleMaxLength)
        {
            yield return new(nameof(ThemeTitle), $"The theme must be {ThemeTitleMaxLength} characters or fewer");
        }

        if (notes?.Trim().Length > NotesMaxLength)
        {
            yield return new(nameof(Notes), $"The notes must be {NotesMaxLength:N0} characters or fewer");
        }

        if (window is null)
        {
            yield return new(nameof(Window), "Select the window the audit is planned for");
        }
        else if (schedule is not null && !schedule.Holds(window))
        {
            yield return new(nameof(SampleScheduleId), $"The schedule draws {schedule.RepeatWords().ToLowerInvariant()} from {schedule.FirstWindow.Words()}: choose one of its windows, or no schedule");
        }
        else if (schedule is not null && schedule.IsDrawn(window))
        {
            yield return new(nameof(Window), $"The schedule has drawn {window.Words()} already: choose a later window");
        }
    }

    public static PlannedAudit Plan(string themeTitle, SampleTheme theme, SampleWindow window, SampleSchedule? schedule, string? notes, string byUserId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        var audit = new PlannedAudit { Status = PlannedAuditStatus.Planned, CreatedById = byUserId, CreatedAt = at };
        audit.Set(themeTitle, theme, window, schedule, notes, byUserId, at);
        return audit;
    }

    /// <summary>Changes a planned audit's theme, window, schedule or notes; refused once it is done or cancelled.</summary>
    public void Change(string themeTitle, SampleTheme theme, SampleWindow window, SampleSchedule? schedule, string? notes, string byUserId, DateTimeOffset at)
    {
        StillPlanned("changed");
        Set(themeTitle, theme, window, schedule, notes, byUserId, at);
    }

    /// <summary>Takes the audit out of the forward plan; it stays listed as cancelled.</summary>
    public void Cancel(string byUserId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        StillPlanned("cancelled");
        Status = PlannedAuditStatus.Cancelled;
        ChangedById = byUserId;
        ChangedAt = at;
    }

    /// <summary>Marks the audit done by the sample drawn for it.</summary>
    public void MarkDone(int sampleId, string byUserId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        StillPlanned("marked as done");
        Status = PlannedAuditStatus.Done;
        DipSampleId = sampleId;
        ChangedById = byUserId;
        ChangedAt = at;
    }

    /// <summary>Whether the audit is still planned for <paramref name="window"/> of the schedule <paramref name="scheduleId"/>, so that window's draw is this audit's.</summary>
    public bool IsPlannedFor(int scheduleId, SampleWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        return Status == PlannedAuditStatus.Planned && SampleScheduleId == scheduleId && WindowKind == window.Kind && PeriodStart == window.Start;
    }

    private void StillPlanned(string what)
    {
        if (Status != PlannedAuditStatus.Planned)
        {
            throw new DomainRuleException($"This audit is {(Status == PlannedAuditStatus.Done ? "done" : "cancelled")}, so it cannot be {what}.");
        }
    }

    private void Set(string themeTitle, SampleTheme theme, SampleWindow window, SampleSchedule? schedule, string? notes, string byUserId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        ArgumentNullException.ThrowIfNull(theme);
        DomainRuleException.ThrowIfAny(Problems(themeTitle, window, notes, schedule));
        ThemeTitle = themeTitle.Trim();
        Theme = theme;
        WindowKind = window.Kind;
        PeriodStart = window.Start;
        PeriodEnd = window.End;
        SampleScheduleId = schedule?.Id;
        Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
        ChangedById = byUserId;
        ChangedAt = at;
    }
}
