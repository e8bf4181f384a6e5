using EhcpQa.Domain.Notifications;

namespace EhcpQa.Domain.Tests.Notifications;

/// <summary>A notification that could not be e-mailed is tried again after a wait that doubles, and given up after the last attempt; one sent is never sent again.</summary>
public class NotificationRetries
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void EachFailure_DoublesTheWait_UntilTheLastAttemptGivesUp()
    {
        var notification = Notification.For("manager", NotificationKind.DraftToSignOff, "EHC-1", "/sign-off/1", byEmail: true, At);
        var waits = new List<TimeSpan>();
        var now = At;
        for (var attempt = 1; attempt < Notification.MaxAttempts; attempt++)
        {
            notification.NotSent(now, "Connection refused");
            waits.Add(notification.NextAttemptAt!.Value - now);
            now = notification.NextAttemptAt.Value;
        }

        notification.NotSent(now, "Connection refused");

        Assert.Equal([1, 2, 4, 8, 16, 32, 64], waits.Select(w => w.TotalMinutes));
        Assert.Null(notification.NextAttemptAt);
        Assert.Equal(now, notification.GaveUpAt);
        Assert.False(notification.IsDue(now.AddDays(1)));
    }

    [Fact]
    public void ANotificationSent_IsNotDue_AndCannotBeSentAgain()
    {
        var notification = Notification.For("manager", NotificationKind.DraftToSignOff, "EHC-1", "/sign-off/1", byEmail: true, At);
        Assert.True(notification.IsDue(At));

        notification.Sent(At);

        Assert.False(notification.IsDue(At.AddHours(1)));
        Assert.Throws<DomainRuleException>(() => notification.Sent(At));
        Assert.Throws<DomainRuleException>(() => notification.NotSent(At, "late failure"));
    }

    [Fact]
    public void ANotificationNotWantedByEmail_IsNeverDue()
    {
        var notification = Notification.For("manager", NotificationKind.DraftToSignOff, "EHC-1", "/sign-off/1", byEmail: false, At);

        Assert.False(notification.IsDue(At.AddDays(1)));
    }

    [Fact]
    public void ANotification_LinksOnlyWithinTheService()
    {
        Assert.Throws<ArgumentException>(() => Notification.For("manager", NotificationKind.DraftToSignOff, "EHC-1", "https://elsewhere.example/x", byEmail: true, At));
        Assert.Throws<ArgumentException>(() => Notification.For("manager", NotificationKind.DraftToSignOff, "EHC-1", "//elsewhere.example/x", byEmail: true, At));
    }
}
