namespace EhcpQa.Domain.Plans;

/// <summary>The statutory timescale from a request for assessment to the final plan: 20 weeks.</summary>
public static class StatutoryTimescale
{
    public const int Weeks = 20;

    public static DateOnly DeadlineFor(DateOnly requestDate) => requestDate.AddDays(Weeks * 7);

    /// <summary>Days from <paramref name="today"/> to the deadline; negative once it has passed.</summary>
    public static int DaysLeft(DateOnly deadline, DateOnly today) => deadline.DayNumber - today.DayNumber;
}
