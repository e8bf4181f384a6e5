using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace EhcpQa.Web.Persistence.Audit;

/// <summary>
/// One entry of the security and access log: what happened (a sign-in, a refusal, a read of a child's plan, an
/// export, a change to an account), to or by whom, when and from where. Entries are only ever added; the service
/// has no way to change one. Each is sealed into a chain in turn (<see cref="Seal"/>): it carries the SHA-256 of
/// its own fields and of the entry before, so an entry changed or taken out afterwards shows when the chain is
/// checked.
/// </summary>
public sealed class SecurityEvent
{
    public const int MaxKindLength = 40;
    public const int MaxSubjectLength = 300;
    public const int MaxDetailLength = 300;
    public const int MaxAddressLength = 64;

    private SecurityEvent()
    {
        Kind = string.Empty;
    }

    public long Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>What happened, one of <see cref="SecurityEventKinds"/>.</summary>
    public string Kind { get; private set; }

    /// <summary>The account that acted, or was acted on where nobody is signed in (a refused sign-in); null when no account is known.</summary>
    public string? UserId { get; private set; }

    /// <summary>What it concerned: a page's path (ids only, never a query's words), or an account.</summary>
    public string? Subject { get; private set; }

    /// <summary>Why, or what changed, in the service's words (never a child's name or plan text).</summary>
    public string? Detail { get; private set; }

    /// <summary>The address the request came from, as the service sees it.</summary>
    public string? Address { get; private set; }

    /// <summary>Its place in the chain, given when sealed; null until then.</summary>
    public long? Sequence { get; private set; }

    public string? PreviousHash { get; private set; }

    public string? Hash { get; private set; }

    public bool IsSealed => Hash is not null;

    public static SecurityEvent Record(string kind, string? userId, string? subject, string? detail, string? address, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        return new SecurityEvent
        {
            At = at,
            Kind = Cut(kind, MaxKindLength)!,
            UserId = userId,
            Subject = Cut(subject, MaxSubjectLength),
            Detail = Cut(detail, MaxDetailLength),
            Address = Cut(address, MaxAddressLength),
        };
    }

    /// <summary>Seals the entry as the one after <paramref name="previousHash"/> (null for the first), at this place in the chain.</summary>
    /// <exception cref="InvalidOperationException">The entry is sealed already.</exception>
    public void Seal(long sequence, string? previousHash)
    {
        if (IsSealed)
        {
            throw new InvalidOperationException($"Security log entry {Id} is sealed already.");
        }

        Sequence = sequence;
        PreviousHash = previousHash;
        Hash = HashOf(sequence, previousHash);
    }

    /// <summary>Whether the entry is as it was sealed, following the entry whose hash is <paramref name="previousHash"/>.</summary>
    public bool FollowsIntact(string? previousHash) =>
        IsSealed && PreviousHash == previousHash && Sequence is { } sequence && Hash == HashOf(sequence, previousHash);

    private string HashOf(long sequence, string? previousHash)
    {
        var fields = string.Join('\u001F',
            sequence.ToString(CultureInfo.InvariantCulture),
            At.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
            Kind,
            UserId ?? string.Empty,
            Subject ?? string.Empty,
            Detail ?? string.Empty,
            Address ?? string.Empty,
            previousHash ?? string.Empty);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(fields)));
    }

    private static string? Cut(string? text, int length) => text is null || text.Length <= length ? text : text[..length];
}

/// <summary>The kinds of entry in the security and access log.</summary>
public static class SecurityEventKinds
{
    public const string SignedIn = "signed in";
    public const string SignInRefused = "sign-in refused";
    public const string SecondFactorRefused = "second factor refused";
    public const string SecondFactorSetUp = "second factor set up";
    public const string SecondFactorReset = "second factor reset";
    public const string RecoveryCodesMade = "recovery codes made";
    public const string PasswordChanged = "password changed";
    public const string PasswordCheckRefused = "password check refused";
    public const string SignedOut = "signed out";
    public const string SessionEnded = "session ended";
    public const string Refused = "refused";
    public const string TooManyAttempts = "too many attempts";
    public const string Read = "read";
    public const string Download = "download";
    public const string AccountCreated = "account created";
    public const string AccountChanged = "account changed";
    public const string PolicyChanged = "policy changed";
    public const string Retention = "records removed";

    public static IReadOnlyList<string> All { get; } =
    [
        SignedIn, SignInRefused, SecondFactorRefused, SecondFactorSetUp, SecondFactorReset, RecoveryCodesMade, PasswordChanged,
        PasswordCheckRefused, SignedOut, SessionEnded, Refused, TooManyAttempts, Read, Download, AccountCreated, AccountChanged, PolicyChanged, Retention,
    ];
}
