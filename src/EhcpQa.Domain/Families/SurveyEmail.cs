using System.Net.Mail;
using EhcpQa.Domain.Notifications;

namespace EhcpQa.Domain.Families;

/// <summary>Where the e-mail of a survey link stands, as staff see it.</summary>
public enum SurveyEmailState
{
    /// <summary>Waiting to be sent (or to be tried again).</summary>
    Waiting = 1,

    Sent,

    /// <summary>Given up: it failed too often, came too late, or the link no longer works.</summary>
    NotSent,
}

/// <summary>
/// A survey link to be e-mailed to the address staff gave when they made it: the outbox row, written in the same save as
/// the link, sent afterwards and tried again as a notification is (<see cref="Notification.RetryWait"/>, at most
/// <see cref="MaxAttempts"/> attempts). The service keeps no family's address: the address and the link's token are held
/// sealed (encrypted by the web layer, which alone can read them) only until the e-mail is sent or given up, and then both
/// are erased. It is given up when the link can no longer be answered, or when it would arrive too late to help.
/// </summary>
public sealed class SurveyEmail
{
    /// <summary>The longest address that can be sent to (RFC 5321).</summary>
    public const int AddressMaxLength = 254;

    /// <summary>The longest sealed text kept (an address or a token, encrypted and encoded).</summary>
    public const int SealedMaxLength = 1000;

    public const int ErrorMaxLength = 200;

    /// <summary>Attempts before it is given up: as many as a notification's.</summary>
    public const int MaxAttempts = Notification.MaxAttempts;

    /// <summary>What a bad address is told as.</summary>
    public const string AddressFormatMessage = "Enter an email address in the correct format, like name@example.com";

    /// <summary>How long after the link was made its e-mail may still be sent; after that (or once the link no longer works) it is given up.</summary>
    public static readonly TimeSpan TooLate = TimeSpan.FromDays(2);

    private SurveyEmail()
    {
    }

    public int Id { get; private set; }

    public int SurveyInvitationId { get; private set; }

    /// <summary>The plan the link is about, so its records go with the plan's.</summary>
    public int PlanId { get; private set; }

    /// <summary>The address, sealed; null once the e-mail is sent or given up.</summary>
    public string? SealedAddress { get; private set; }

    /// <summary>The link's token, sealed; null once the e-mail is sent or given up.</summary>
    public string? SealedToken { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>From this instant it is too late to send: <see cref="TooLate"/> after it was made, or when the link expires if sooner.</summary>
    public DateTimeOffset SendBefore { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>When to try sending it next; null once sent or given up.</summary>
    public DateTimeOffset? NextAttemptAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public DateTimeOffset? GaveUpAt { get; private set; }

    /// <summary>Why the last attempt failed or why it was given up: never the address, the link or the mail service's words.</summary>
    public string? LastError { get; private set; }

    public SurveyEmailState State => SentAt is not null ? SurveyEmailState.Sent
        : GaveUpAt is not null ? SurveyEmailState.NotSent
        : SurveyEmailState.Waiting;

    /// <summary>Whether it still holds the address or the token.</summary>
    public bool HoldsSecrets => SealedAddress is not null || SealedToken is not null;

    /// <summary>
    /// Every rule an address to send a link to breaks (against <paramref name="field"/>); none for a blank one, which
    /// means the link is not e-mailed. One address only, as a person types it: no name, no brackets, a domain with a dot.
    /// </summary>
    public static IEnumerable<Problem> AddressProblems(string? address, string field = "EmailAddress")
    {
        var given = address?.Trim();
        if (string.IsNullOrEmpty(given))
        {
            yield break;
        }

        if (given.Length > AddressMaxLength)
        {
            yield return new(field, $"Email address must be {AddressMaxLength} characters or fewer");
        }
        else if (!IsAddress(given))
        {
            yield return new(field, AddressFormatMessage);
        }
    }

    private static bool IsAddress(string address)
    {
        var at = address.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != address.LastIndexOf('@') || at > 64)
        {
            return false;
        }

        var domain = address[(at + 1)..];
        if (address.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || "<>()[],;:\\\"".Contains(c, StringComparison.Ordinal))
            || !domain.Contains('.', StringComparison.Ordinal)
            || domain.Split('.').Any(label => label.Length == 0 || label.StartsWith('-') || label.EndsWith('-')))
        {
            return false;
        }

        return MailAddress.TryCreate(address, out var parsed) && parsed.Address == address && string.IsNullOrEmpty(parsed.DisplayName);
    }

    /// <summary>The e-mail of a link just made, to a checked address, sealed by <paramref name="seal"/>.</summary>
    internal static SurveyEmail For(SurveyInvitation invitation, string address, string token, Func<string, string> seal, DateTimeOffset at)
    {
        var sealedAddress = seal(address);
        var sealedToken = seal(token);
        if (sealedAddress.Length > SealedMaxLength || sealedToken.Length > SealedMaxLength
            || sealedAddress.Contains(address, StringComparison.OrdinalIgnoreCase) || sealedToken.Contains(token, StringComparison.Ordinal))
        {
            throw new ArgumentException("The address and token must be kept sealed, and short enough to keep.", nameof(seal));
        }

        var tooLate = at + TooLate;
        return new SurveyEmail
        {
            PlanId = invitation.PlanId,
            SealedAddress = sealedAddress,
            SealedToken = sealedToken,
            CreatedAt = at,
            SendBefore = invitation.ExpiresAt < tooLate ? invitation.ExpiresAt : tooLate,
            NextAttemptAt = at,
        };
    }

    /// <summary>Whether it is waiting to be sent at this time.</summary>
    public bool IsDue(DateTimeOffset at) => NextAttemptAt is { } next && next <= at;

    /// <summary>Whether it is too late to send it at this time (it will be given up rather than sent).</summary>
    public bool IsTooLate(DateTimeOffset at) => at >= SendBefore;

    /// <summary>The mail service took it: the address and token are erased.</summary>
    public void Sent(DateTimeOffset at)
    {
        RefuseUnlessWaiting();
        Attempts++;
        SentAt = at;
        NextAttemptAt = null;
        LastError = null;
        Erase();
    }

    /// <summary>An attempt failed: try again after a wait that doubles each time, or give up after <see cref="MaxAttempts"/> or when it would be too late.</summary>
    public void NotSent(DateTimeOffset at, string error)
    {
        ArgumentNullException.ThrowIfNull(error);
        RefuseUnlessWaiting();
        Attempts++;
        LastError = Shorten(error);
        var next = at + Notification.RetryWait(Attempts);
        if (Attempts >= MaxAttempts || IsTooLate(next))
        {
            GaveUpAt = at;
            NextAttemptAt = null;
            Erase();
            return;
        }

        NextAttemptAt = next;
    }

    /// <summary>Stops trying to send it (too late, or the link no longer works): the address and token are erased.</summary>
    public void GiveUp(DateTimeOffset at, string why)
    {
        ArgumentNullException.ThrowIfNull(why);
        RefuseUnlessWaiting();
        GaveUpAt = at;
        NextAttemptAt = null;
        LastError = Shorten(why);
        Erase();
    }

    private void RefuseUnlessWaiting()
    {
        if (State != SurveyEmailState.Waiting)
        {
            throw new DomainRuleException(State == SurveyEmailState.Sent
                ? "This survey link has been e-mailed already."
                : "This survey link's e-mail has been given up.");
        }
    }

    private void Erase()
    {
        SealedAddress = null;
        SealedToken = null;
    }

    private static string Shorten(string text) => text.Length > ErrorMaxLength ? text[..ErrorMaxLength] : text;
}
