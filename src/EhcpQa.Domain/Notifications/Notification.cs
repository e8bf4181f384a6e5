namespace EhcpQa.Domain.Notifications;

/// <summary>
/// Something a person is told is waiting for them: listed for them in the service, and sent by e-mail where
/// they chose to have it, through the outbox (written with the change it tells of, sent afterwards, tried again
/// with growing waits when the mail service fails). It names a plan only by its reference and the page by
/// its address: never the child's name or any plan text.
/// </summary>
public sealed class Notification
{
    public const int ReferenceMaxLength = 100;
    public const int PathMaxLength = 300;
    public const int ErrorMaxLength = 500;

    /// <summary>Attempts to e-mail it before it is given up (the waits between them double from a minute: about four hours in all).</summary>
    public const int MaxAttempts = 8;

    private Notification()
    {
        RecipientId = string.Empty;
        Reference = string.Empty;
        Path = string.Empty;
    }

    public long Id { get; private set; }

    public string RecipientId { get; private set; }

    public NotificationKind Kind { get; private set; }

    /// <summary>What it is about, as people know it: a plan reference, or a session or action in words.</summary>
    public string Reference { get; private set; }

    /// <summary>The page it is about, within the service ("/sign-off/12").</summary>
    public string Path { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Whether the recipient chose to have this kind by e-mail when it was made.</summary>
    public bool ByEmail { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>When to try e-mailing it next; null once sent, given up, or not to be e-mailed.</summary>
    public DateTimeOffset? NextAttemptAt { get; private set; }

    public DateTimeOffset? GaveUpAt { get; private set; }

    /// <summary>Why the last attempt failed (the mail service's words; never the message).</summary>
    public string? LastError { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public static Notification For(string recipientId, NotificationKind kind, string reference, string path, bool byEmail, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recipientId);
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!path.StartsWith('/') || path.StartsWith("//", StringComparison.Ordinal))
        {
            throw new ArgumentException("A notification links to a page of the service.", nameof(path));
        }

        return new Notification
        {
            RecipientId = recipientId,
            Kind = kind,
            Reference = reference.Length > ReferenceMaxLength ? reference[..ReferenceMaxLength] : reference,
            Path = path,
            CreatedAt = at,
            ByEmail = byEmail,
            NextAttemptAt = byEmail ? at : null,
        };
    }

    /// <summary>Whether it is waiting to be e-mailed at this time.</summary>
    public bool IsDue(DateTimeOffset at) => NextAttemptAt is { } next && next <= at;

    public void Sent(DateTimeOffset at)
    {
        if (SentAt is not null)
        {
            throw new DomainRuleException("This notification has been sent already.");
        }

        Attempts++;
        SentAt = at;
        NextAttemptAt = null;
        LastError = null;
    }

    /// <summary>An attempt failed: try again after a wait that doubles each time, or give up after <see cref="MaxAttempts"/>.</summary>
    public void NotSent(DateTimeOffset at, string error)
    {
        if (SentAt is not null || GaveUpAt is not null)
        {
            throw new DomainRuleException("This notification is not waiting to be sent.");
        }

        Attempts++;
        LastError = error.Length > ErrorMaxLength ? error[..ErrorMaxLength] : error;
        if (Attempts >= MaxAttempts)
        {
            GaveUpAt = at;
            NextAttemptAt = null;
            return;
        }

        NextAttemptAt = at + RetryWait(Attempts);
    }

    /// <summary>Stops trying to e-mail it (too late to help, or nobody to send it to); it stays listed in the service.</summary>
    public void GiveUp(DateTimeOffset at, string why)
    {
        if (SentAt is not null)
        {
            throw new DomainRuleException("This notification has been sent already.");
        }

        GaveUpAt = at;
        NextAttemptAt = null;
        LastError = why.Length > ErrorMaxLength ? why[..ErrorMaxLength] : why;
    }

    /// <summary>The wait after the n-th failed attempt: 1, 2, 4, 8 … minutes.</summary>
    public static TimeSpan RetryWait(int failedAttempts) => TimeSpan.FromMinutes(Math.Pow(2, Math.Max(0, failedAttempts - 1)));

    public void Read(DateTimeOffset at) => ReadAt ??= at;
}
