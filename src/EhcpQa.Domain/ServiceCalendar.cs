namespace EhcpQa.Domain;

/// <summary>
/// Dates as people in an English local authority read them: "today" is the date in the UK, not in UTC,
/// so a date entered just after midnight in British Summer Time is still today.
/// </summary>
public static class ServiceCalendar
{
    private static readonly TimeZoneInfo UkTime = FindUkTime();

    public static DateOnly DateOf(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, UkTime).DateTime);

    /// <summary>The instant as a clock in the UK shows it.</summary>
    public static DateTimeOffset UkTimeOf(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, UkTime);

    /// <summary>
    /// UTC instants from a day before <paramref name="from"/> to two days after <paramref name="to"/>: a
    /// range that surely holds every instant whose UK date lies between the two, for a database query
    /// whose rows are then narrowed with <see cref="DateOf"/>.
    /// </summary>
    public static (DateTimeOffset From, DateTimeOffset Before) UtcRangeAround(DateOnly from, DateOnly to) =>
        (new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(-1),
         new DateTimeOffset(to.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(2));

    private static TimeZoneInfo FindUkTime()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
