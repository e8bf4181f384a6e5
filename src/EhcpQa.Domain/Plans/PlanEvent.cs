namespace EhcpQa.Domain.Plans;

/// <summary>What happened to a plan, in the order it happened. Events are only ever added, never changed or removed.</summary>
public enum PlanEventKind
{
    Registered = 1,
    RecordChanged,
    DraftSubmitted,
    GradingStarted,
    GradingSubmitted,
    SecondOpinionNeeded,
    Returned,
    SignedOff,
    Issued,
    Amended,
    PanelGradeAgreed,
    Ceased,

    /// <summary>Added to the register from the authority's register file.</summary>
    Imported,

    /// <summary>The record updated from the authority's register file.</summary>
    RecordImported,

    /// <summary>The text of a plan issued before the service held it, brought in so it can be moderated.</summary>
    IssuedTextBroughtIn,

    /// <summary>An annual review meeting recorded: the authority's decision is due within 4 weeks.</summary>
    ReviewMeetingRecorded,

    /// <summary>The authority's decision after an annual review recorded.</summary>
    ReviewDecided,

    /// <summary>A lawful exception to the 20-week timescale recorded (or changed).</summary>
    TwentyWeekExceptionRecorded,

    /// <summary>The lawful exception to the 20-week timescale removed.</summary>
    TwentyWeekExceptionRemoved,
}

/// <summary>
/// One entry in a plan's history: who did what, when, to which version. The detail is for people
/// (for example "Overall grade 3 Requires improvement") and never holds the child's details or plan text.
/// </summary>
public sealed class PlanEvent
{
    private PlanEvent()
    {
        ActorId = string.Empty;
        Detail = string.Empty;
    }

    internal PlanEvent(PlanEventKind kind, int? versionNumber, string actorId, DateTimeOffset at, string detail)
    {
        Kind = kind;
        VersionNumber = versionNumber;
        ActorId = actorId;
        At = at;
        Detail = detail;
    }

    public long Id { get; private set; }

    public int PlanId { get; private set; }

    public PlanEventKind Kind { get; private set; }

    public int? VersionNumber { get; private set; }

    public string ActorId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string Detail { get; private set; }
}
