using System.Linq.Expressions;
using EhcpQa.Domain.Sampling;
using EhcpQa.Domain.Staff;

namespace EhcpQa.Domain.Moderation;

/// <summary>Where an action arising from a moderation session has got to.</summary>
public enum ActionStatus
{
    Open = 1,
    InProgress,
    Done,
}

public static class ActionStatuses
{
    public static string Name(this ActionStatus status) => status switch
    {
        ActionStatus.Open => "Open",
        ActionStatus.InProgress => "In progress",
        ActionStatus.Done => "Done",
        _ => status.ToString(),
    };
}

/// <summary>What an entry in an action's history records.</summary>
public enum ActionChangeKind
{
    Raised = 1,
    DetailsChanged,
    StatusChanged,
    Closed,
    ClosingNoteChanged,
    Reopened,
    ReauditPlanned,
    ReauditChanged,
    ReauditSampleLinked,
    ReauditCleared,
}

/// <summary>One entry in an action's history: what changed, the status after it, who and when; the note when it was closed.</summary>
public sealed record ActionChange(ActionChangeKind Kind, ActionStatus Status, string ById, DateTimeOffset At, string? Note);

/// <summary>What the person raising or changing an action decides: what is to be done, by whom and by when.</summary>
public sealed record ActionDetails(string Description, Agency OwnerAgency, string Owner, DateOnly DueOn)
{
    /// <summary>
    /// Every rule these details break; none when they are sound. With the date of the session the action
    /// arose from, also that the action is not due before it.
    /// </summary>
    public IEnumerable<Problem> Problems(DateOnly? sessionHeldOn)
    {
        if (string.IsNullOrWhiteSpace(Description))
        {
            yield return new(nameof(Description), "Enter what is to be done");
        }
        else if (Description.Trim().Length > ImprovementAction.DescriptionMaxLength)
        {
            yield return new(nameof(Description), $"The action must be {ImprovementAction.DescriptionMaxLength:N0} characters or fewer");
        }

        if (!Enum.IsDefined(OwnerAgency))
        {
            yield return new(nameof(OwnerAgency), "Select the agency that owns the action");
        }

        if (string.IsNullOrWhiteSpace(Owner))
        {
            yield return new(nameof(Owner), "Enter the name of the person who owns the action");
        }
        else if (Owner.Trim().Length > ImprovementAction.OwnerMaxLength)
        {
            yield return new(nameof(Owner), $"The owner must be {ImprovementAction.OwnerMaxLength} characters or fewer");
        }

        if (sessionHeldOn is { } heldOn && DueOn < heldOn)
        {
            yield return new(nameof(DueOn), $"The due date must be on or after the date of the session, {heldOn:d MMMM yyyy}");
        }
    }

    internal ActionDetails Tidied() => this with { Description = Description.Trim(), Owner = Owner.Trim() };
}

/// <summary>
/// An action arising from a moderation session: what is to be done, the agency and the person who own it,
/// when it is due and where it has got to. It is closed (done) only with a note of what was done. Who did
/// what and when is kept in its history.
/// </summary>
public sealed partial class ImprovementAction
{
    public const int DescriptionMaxLength = 2000;
    public const int OwnerMaxLength = 200;
    public const int NoteMaxLength = 4000;

    private readonly List<ActionChange> _history = [];

    private ImprovementAction()
    {
        Description = string.Empty;
        Owner = string.Empty;
        RaisedById = string.Empty;
        UpdatedById = string.Empty;
        ReauditTheme = new SampleTheme();
    }

    public int Id { get; private set; }

    /// <summary>The session the action arose from.</summary>
    public int PanelSessionId { get; private set; }

    public string Description { get; private set; }

    public Agency OwnerAgency { get; private set; }

    /// <summary>The named person who owns the action, as the session recorded them.</summary>
    public string Owner { get; private set; }

    public DateOnly DueOn { get; private set; }

    public ActionStatus Status { get; private set; }

    /// <summary>What was done, recorded when the action was closed; null while it is not done.</summary>
    public string? ClosingNote { get; private set; }

    public string? ClosedById { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public string RaisedById { get; private set; }

    public DateTimeOffset RaisedAt { get; private set; }

    public string UpdatedById { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Every change to the action, oldest first, starting with its raising.</summary>
    public IReadOnlyList<ActionChange> History => _history;

    /// <summary>
    /// An action is overdue on a day when it is not done and was due before that day. The same rule as an
    /// expression for queries is <see cref="OverdueOn(DateOnly)"/>.
    /// </summary>
    public static bool IsOverdue(ActionStatus status, DateOnly dueOn, DateOnly today) =>
        status != ActionStatus.Done && dueOn < today;

    /// <summary>The actions overdue on <paramref name="today"/>, as a filter the database can run.</summary>
    public static Expression<Func<ImprovementAction, bool>> OverdueOn(DateOnly today) =>
        a => a.Status != ActionStatus.Done && a.DueOn < today;

    /// <summary>An open action due within this many days is due soon: a week.</summary>
    public const int DueSoonDays = 7;

    /// <summary>
    /// The actions that need following up on <paramref name="today"/>: not done, and overdue or due within
    /// <see cref="DueSoonDays"/> days, as a filter the database can run.
    /// </summary>
    public static Expression<Func<ImprovementAction, bool>> DueSoonOrOverdueOn(DateOnly today)
    {
        var dueBy = today.AddDays(DueSoonDays);
        return a => a.Status != ActionStatus.Done && a.DueOn <= dueBy;
    }

    /// <summary>Every rule a status (and the note of what was done) breaks; an action is done only with a note.</summary>
    public static IEnumerable<Problem> StatusProblems(ActionStatus status, string? closingNote)
    {
        if (!Enum.IsDefined(status))
        {
            yield return new(nameof(Status), "Select the status of the action");
        }
        else if (status == ActionStatus.Done && string.IsNullOrWhiteSpace(closingNote))
        {
            yield return new(nameof(ClosingNote), "Enter what was done, to mark the action as done");
        }

        if (closingNote?.Trim().Length > NoteMaxLength)
        {
            yield return new(nameof(ClosingNote), $"What was done must be {NoteMaxLength:N0} characters or fewer");
        }
    }

    /// <summary>Raises an action from a session. It starts open and may not be due before the session.</summary>
    public static ImprovementAction Raise(PanelSession session, ActionDetails details, string byUserId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(details);
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        DomainRuleException.ThrowIfAny(details.Problems(session.HeldOn));

        var tidy = details.Tidied();
        var action = new ImprovementAction
        {
            PanelSessionId = session.Id,
            Description = tidy.Description,
            OwnerAgency = tidy.OwnerAgency,
            Owner = tidy.Owner,
            DueOn = tidy.DueOn,
            Status = ActionStatus.Open,
            RaisedById = byUserId,
            RaisedAt = at,
        };
        action.Record(ActionChangeKind.Raised, byUserId, at);
        return action;
    }

    public bool IsOverdueOn(DateOnly today) => IsOverdue(Status, DueOn, today);

    /// <summary>Changes what is to be done, its owner or its due date (not before the session's date).</summary>
    public void Revise(ActionDetails details, DateOnly sessionHeldOn, string byUserId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        DomainRuleException.ThrowIfAny(details.Problems(sessionHeldOn));

        var tidy = details.Tidied();
        if (tidy == new ActionDetails(Description, OwnerAgency, Owner, DueOn))
        {
            return;
        }

        Description = tidy.Description;
        OwnerAgency = tidy.OwnerAgency;
        Owner = tidy.Owner;
        DueOn = tidy.DueOn;
        Record(ActionChangeKind.DetailsChanged, byUserId, at);
    }

    /// <summary>
    /// Moves the action to open or in progress; from done, this reopens it (its closing note stays in the
    /// history). Marking it done is <see cref="Close"/>, which needs a note.
    /// </summary>
    public void ChangeStatus(ActionStatus status, string byUserId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        if (!Enum.IsDefined(status))
        {
            throw new DomainRuleException("Select the status of the action.");
        }

        if (status == ActionStatus.Done)
        {
            throw new DomainRuleException("Close the action with a note of what was done.");
        }

        if (status == Status)
        {
            return;
        }

        var reopening = Status == ActionStatus.Done;
        Status = status;
        ClosingNote = null;
        ClosedById = null;
        ClosedAt = null;
        Record(reopening ? ActionChangeKind.Reopened : ActionChangeKind.StatusChanged, byUserId, at);
    }

    /// <summary>Marks the action as done, with a note of what was done.</summary>
    public void Close(string note, string byUserId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        if (Status == ActionStatus.Done)
        {
            throw new DomainRuleException("This action is already done.");
        }

        DomainRuleException.ThrowIfAny(StatusProblems(ActionStatus.Done, note));
        Status = ActionStatus.Done;
        ClosingNote = note.Trim();
        ClosedById = byUserId;
        ClosedAt = at;
        Record(ActionChangeKind.Closed, byUserId, at, ClosingNote);
    }

    /// <summary>
    /// What the action's edit form does in one step: revises the details, then moves the action to the
    /// chosen status. Choosing done closes it with the note; a done action that stays done can have its
    /// note corrected. Nothing changes unless every rule holds.
    /// </summary>
    public void Update(ActionDetails details, ActionStatus status, string? closingNote, DateOnly sessionHeldOn, string byUserId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        DomainRuleException.ThrowIfAny(details.Problems(sessionHeldOn).Concat(StatusProblems(status, closingNote)));

        Revise(details, sessionHeldOn, byUserId, at);
        if (status != ActionStatus.Done)
        {
            ChangeStatus(status, byUserId, at);
        }
        else if (Status != ActionStatus.Done)
        {
            Close(closingNote!, byUserId, at);
        }
        else if (closingNote!.Trim() != ClosingNote)
        {
            ClosingNote = closingNote.Trim();
            Record(ActionChangeKind.ClosingNoteChanged, byUserId, at, ClosingNote);
        }
    }


    private void Record(ActionChangeKind kind, string byUserId, DateTimeOffset at, string? note = null)
    {
        _history.Add(new ActionChange(kind, Status, byUserId, at, note));
        UpdatedById = byUserId;
        UpdatedAt = at;
    }
}
