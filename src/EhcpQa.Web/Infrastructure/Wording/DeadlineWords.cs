using System.Globalization;

namespace EhcpQa.Web.Infrastructure.Wording;

/// <summary>How the days to a deadline read on every page: "1 day left", "due today", "3 days overdue".</summary>
public static class DeadlineWords
{
    public static string DaysLeft(int daysLeft) => daysLeft switch
    {
        0 => "due today",
        1 => "1 day left",
        -1 => "1 day overdue",
        > 0 => $"{daysLeft.ToString(CultureInfo.InvariantCulture)} days left",
        _ => $"{(-daysLeft).ToString(CultureInfo.InvariantCulture)} days overdue",
    };
}
