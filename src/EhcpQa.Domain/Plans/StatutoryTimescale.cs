namespace EhcpQa.Domain.Plans;

/// <summary>How pressing a deadline is on a day: past, close, or not yet close.</summary>
public enum DeadlineUrgency
{
    NotYetClose = 1,
    Close,
    Overdue,
}

/// <summary>The statutory timescale from a request for assessment to the final plan: 20 weeks.</summary>
public static class StatutoryTimescale
{
    public const int Weeks = 20;

    /// <summary>Within this many days of its deadline a plan's work is close to late: two weeks.</summary>
    public const int CloseDays = 14;

    public static DateOnly DeadlineFor(DateOnly requestDate) => requestDate.AddDays(Weeks * 7);

    /// <summary>Days from <paramref name="today"/> to the deadline; negative once it has passed.</summary>
    public static int DaysLeft(DateOnly deadline, DateOnly today) => deadline.DayNumber - today.DayNumber;

    /// <summary>
    /// How pressing a deadline <paramref name="daysLeft"/> days away is: overdue once passed, close within
    /// <paramref name="closeDays"/> days (due today included).
    /// </summary>
    public static DeadlineUrgency UrgencyOf(int daysLeft, int closeDays = CloseDays) => daysLeft switch
    {
        < 0 => DeadlineUrgency.Overdue,
        _ when daysLeft <= closeDays => DeadlineUrgency.Close,
        _ => DeadlineUrgency.NotYetClose,
    };
}
