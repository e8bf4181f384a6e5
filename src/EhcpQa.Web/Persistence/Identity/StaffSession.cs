namespace EhcpQa.Web.Persistence.Identity;

/// <summary>
/// One signed-in session of a member of staff, held on the server: begun at each sign-in, and ended by signing
/// out, by the account being disabled, or by the time it may last (idle, or in all) running out. The sign-in
/// cookie names its session, so a copy of a cookie whose session has ended opens nothing.
/// </summary>
public sealed class StaffSession
{
    public const int MaxReasonLength = 40;

    private StaffSession()
    {
    }

    public Guid Id { get; private set; }

    public string UserId { get; private set; } = string.Empty;

    public DateTimeOffset StartedAt { get; private set; }

    /// <summary>When a request last came with the session (kept to the minute: see <see cref="IsDueSeenAt"/>).</summary>
    public DateTimeOffset LastSeenAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    /// <summary>Why it ended: signed out, account disabled, a new password, idle, too long.</summary>
    public string? EndedBecause { get; private set; }

    public static StaffSession Begin(string userId, DateTimeOffset at) =>
        new() { Id = Guid.NewGuid(), UserId = userId, StartedAt = at, LastSeenAt = at };

    /// <summary>Why the session can no longer be used at <paramref name="now"/>, or null while it can.</summary>
    public string? RefusalAt(DateTimeOffset now, SessionLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (EndedAt is not null)
        {
            return EndedBecause ?? "ended";
        }

        if (now - LastSeenAt >= limits.Idle)
        {
            return SessionEndings.Idle;
        }

        return now - StartedAt >= limits.Absolute ? SessionEndings.TooLong : null;
    }

    /// <summary>Whether the time last seen is worth writing again: once a minute is close enough for an idle limit of minutes.</summary>
    public bool IsDueSeenAt(DateTimeOffset now) => now - LastSeenAt >= TimeSpan.FromMinutes(1);

    public void Seen(DateTimeOffset at)
    {
        if (at > LastSeenAt)
        {
            LastSeenAt = at;
        }
    }

    public void End(string because, DateTimeOffset at)
    {
        if (EndedAt is not null)
        {
            return;
        }

        EndedAt = at;
        EndedBecause = because.Length > MaxReasonLength ? because[..MaxReasonLength] : because;
    }
}

/// <summary>Why sessions end, as recorded.</summary>
public static class SessionEndings
{
    public const string SignedOut = "signed out";
    public const string Disabled = "account disabled";
    public const string NewPassword = "password changed";
    public const string Idle = "idle";
    public const string TooLong = "lasted too long";
    public const string Renewed = "renewed";
    public const string SecondFactorReset = "second factor reset";
}

/// <summary>
/// How long a session may last (<c>Sessions:IdleMinutes</c>, default 30; <c>Sessions:AbsoluteHours</c>, default 10):
/// idle, from the last request; in all, from signing in, however busy.
/// </summary>
public sealed class SessionLimits
{
    public const string Section = "Sessions";

    public int IdleMinutes { get; set; } = 30;

    public int AbsoluteHours { get; set; } = 10;

    public TimeSpan Idle => TimeSpan.FromMinutes(Math.Clamp(IdleMinutes, 1, 24 * 60));

    public TimeSpan Absolute => TimeSpan.FromHours(Math.Clamp(AbsoluteHours, 1, 24 * 7));
}
