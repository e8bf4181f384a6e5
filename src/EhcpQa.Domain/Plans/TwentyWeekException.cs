namespace EhcpQa.Domain.Plans;

/// <summary>
/// The lawful exceptions to the 20-week timescale (SEND Regulations 2014, regulation 13(3)): when one applies, the
/// authority need not issue the final plan within 20 weeks, and a plan issued late is reported apart from those
/// simply late.
/// </summary>
public enum TwentyWeekExceptionReason
{
    /// <summary>The authority asked a school or college for advice while it was closed for the holidays (13(3)(a)).</summary>
    SchoolOrCollegeClosed = 1,

    /// <summary>Exceptional personal circumstances affected the child or their parent (13(3)(b)).</summary>
    ExceptionalPersonalCircumstances,

    /// <summary>The child or their parent was away from the authority's area for a continuous period of at least 4 weeks (13(3)(c)).</summary>
    AwayFromTheArea,

    /// <summary>The child or their parent did not attend an appointment for an assessment (13(3)(d)).</summary>
    MissedAppointment,
}

public static class TwentyWeekExceptionReasonNames
{
    public static string Name(this TwentyWeekExceptionReason reason) => reason switch
    {
        TwentyWeekExceptionReason.SchoolOrCollegeClosed => "School or college closed for holidays when advice was requested",
        TwentyWeekExceptionReason.ExceptionalPersonalCircumstances => "Exceptional personal circumstances of the child or parent",
        TwentyWeekExceptionReason.AwayFromTheArea => "Child or parent away from the area for 4 weeks or more",
        TwentyWeekExceptionReason.MissedAppointment => "Child or parent did not attend an appointment",
        _ => reason.ToString(),
    };
}

/// <summary>
/// A lawful exception to the 20-week timescale recorded on a plan: the reason, a short note of what happened (never
/// the child's name), who recorded it and when. Made and removed only by the plan (<see cref="Plan.RecordTwentyWeekException"/>,
/// <see cref="Plan.RemoveTwentyWeekException"/>), which keeps both in its history.
/// </summary>
public sealed class TwentyWeekException
{
    /// <summary>The longest note: a line or two saying what happened and when, not a case record.</summary>
    public const int NoteMaxLength = 500;

    private TwentyWeekException()
    {
        Note = string.Empty;
        RecordedById = string.Empty;
    }

    internal TwentyWeekException(TwentyWeekExceptionReason reason, string note, string recordedById, DateTimeOffset recordedAt)
    {
        Reason = reason;
        Note = note;
        RecordedById = recordedById;
        RecordedAt = recordedAt;
    }

    public TwentyWeekExceptionReason Reason { get; private set; }

    /// <summary>What happened, briefly (for example the dates the school was closed).</summary>
    public string Note { get; private set; }

    public string RecordedById { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>What is wrong with an exception as given, by field (empty when it may be recorded).</summary>
    public static IEnumerable<Problem> Problems(TwentyWeekExceptionReason? reason, string? note)
    {
        if (reason is not { } chosen || !Enum.IsDefined(chosen))
        {
            yield return new(nameof(Reason), "Select the reason the 20-week timescale did not apply");
        }

        if (string.IsNullOrWhiteSpace(note))
        {
            yield return new(nameof(Note), "Enter a short note of what happened");
        }
        else if (note.Trim().Length > NoteMaxLength)
        {
            yield return new(nameof(Note), $"The note must be {NoteMaxLength} characters or fewer");
        }
    }
}
