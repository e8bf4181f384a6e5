namespace EhcpQa.Domain.Plans;

/// <summary>
/// Where a plan stands against its 20-week timescale on a day: issued on time, issued late, issued late with a lawful
/// exception recorded, still open before its deadline, or open past it.
/// </summary>
public enum TwentyWeekOutcome
{
    /// <summary>Issued on or before the 20-week deadline (day 140 from the request counts as on time).</summary>
    OnTime = 1,

    /// <summary>Issued after the deadline, with no lawful exception recorded.</summary>
    Late,

    /// <summary>Issued after the deadline with a lawful exception recorded: reported apart, not counted as late.</summary>
    LateWithException,

    /// <summary>Not yet issued, and the deadline has not passed.</summary>
    Open,

    /// <summary>Not yet issued, and the deadline has passed.</summary>
    Overdue,
}

/// <summary>
/// The rule of the 20-week timescale, stated once: every page, figure and report that says whether a plan was issued
/// on time asks it here.
/// </summary>
public static class TwentyWeeks
{
    /// <summary>
    /// Where a plan stands on <paramref name="asOf"/>: issued by then, against its deadline (an exception matters only
    /// when it was late); not issued by then (an issue date after <paramref name="asOf"/> counts as not yet issued),
    /// open until the deadline has passed and overdue after.
    /// </summary>
    /// <param name="deadline">The statutory deadline (<see cref="StatutoryTimescale.DeadlineFor"/>).</param>
    /// <param name="issuedOn">The date the final plan was issued, if it has been.</param>
    /// <param name="hasException">Whether a lawful exception to the timescale is recorded.</param>
    /// <param name="asOf">The day the plan is looked at.</param>
    public static TwentyWeekOutcome OutcomeOf(DateOnly deadline, DateOnly? issuedOn, bool hasException, DateOnly asOf) =>
        issuedOn is { } issued && issued <= asOf
            ? issued <= deadline ? TwentyWeekOutcome.OnTime : hasException ? TwentyWeekOutcome.LateWithException : TwentyWeekOutcome.Late
            : asOf <= deadline ? TwentyWeekOutcome.Open : TwentyWeekOutcome.Overdue;

    /// <summary>Whether the outcome is of a plan already issued.</summary>
    public static bool IsIssued(this TwentyWeekOutcome outcome) =>
        outcome is TwentyWeekOutcome.OnTime or TwentyWeekOutcome.Late or TwentyWeekOutcome.LateWithException;

    public static string Name(this TwentyWeekOutcome outcome) => outcome switch
    {
        TwentyWeekOutcome.OnTime => "Issued within 20 weeks",
        TwentyWeekOutcome.Late => "Issued late",
        TwentyWeekOutcome.LateWithException => "Issued late with a lawful exception",
        TwentyWeekOutcome.Open => "Not yet issued",
        TwentyWeekOutcome.Overdue => "Not yet issued, past 20 weeks",
        _ => outcome.ToString(),
    };
}
