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
