using EhcpQa.Domain.Plans;

namespace EhcpQa.Web.Infrastructure.Wording;

/// <summary>What the days-left partial (<c>_DaysLeft</c>) shows: the days to a deadline and how pressing they are.</summary>
public sealed record DaysLeftTag(int DaysLeft, DeadlineUrgency Urgency)
{
    /// <summary>The days from <paramref name="today"/> to <paramref name="deadline"/>, close within <paramref name="closeDays"/> days.</summary>
    public static DaysLeftTag For(DateOnly deadline, DateOnly today, int closeDays = StatutoryTimescale.CloseDays)
    {
        var daysLeft = StatutoryTimescale.DaysLeft(deadline, today);
        return new(daysLeft, StatutoryTimescale.UrgencyOf(daysLeft, closeDays));
    }
}
