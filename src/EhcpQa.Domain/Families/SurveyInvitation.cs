using System.Security.Cryptography;
using System.Text;
using EhcpQa.Domain.Frameworks.Forms;
using EhcpQa.Domain.Plans;

namespace EhcpQa.Domain.Families;

/// <summary>When a family is asked for their views: after the plan is issued, or after an annual review.</summary>
public enum SurveyOccasion
{
    PlanIssued = 1,
    AnnualReview,
}

/// <summary>Who answers a survey: the child's parent or carer, or the young person themselves.</summary>
public enum SurveyRespondent
{
    ParentOrCarer = 1,
    YoungPerson,
}

/// <summary>Whether a survey link may still be answered, and if not, why not.</summary>
public enum SurveyLinkState
{
    Open = 1,
    Expired,
    Used,
    Revoked,
}

public static class SurveyWords
{
    public static string Name(this SurveyOccasion occasion) => occasion switch
    {
        SurveyOccasion.PlanIssued => "Plan issued",
        SurveyOccasion.AnnualReview => "Annual review",
        _ => occasion.ToString(),
    };

    public static string Name(this SurveyRespondent respondent) => respondent switch
    {
        SurveyRespondent.ParentOrCarer => "Parent or carer",
        SurveyRespondent.YoungPerson => "Young person",
        _ => respondent.ToString(),
    };

    public static string Name(this SurveyLinkState state) => state switch
    {
        SurveyLinkState.Open => "Waiting for answers",
        SurveyLinkState.Expired => "Expired",
        SurveyLinkState.Used => "Answered",
        SurveyLinkState.Revoked => "Replaced by a new link",
        _ => state.ToString(),
    };
}

/// <summary>One answer in a family's survey: the form's part and item, and the option chosen or the words written.</summary>
public sealed record SurveyAnswer(string PartCode, string ItemCode, string Value);

/// <summary>Refused because the link can no longer be answered: expired, used or replaced (<see cref="State"/> says which).</summary>
public sealed class SurveyClosedException : DomainRuleException
{
    public SurveyClosedException(SurveyLinkState state) : base(MessageFor(state)) => State = state;

    public SurveyClosedException()
    {
    }

    public SurveyClosedException(string message) : base(message)
    {
    }

    public SurveyClosedException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public SurveyLinkState State { get; }

    public static string MessageFor(SurveyLinkState state) => state switch
    {
        SurveyLinkState.Expired => "This survey link has expired.",
        SurveyLinkState.Used => "This survey has already been answered.",
        SurveyLinkState.Revoked => "This survey link has been replaced by a newer one.",
        _ => "This survey link cannot be used.",
    };
}

/// <summary>
/// A family's survey about an issued plan: sent by a single-use link (no account) to the parent or carer, or to the young
/// person once old enough, for one issued version of the plan on one occasion, answered on the framework version the
/// authority uses for the family survey. The link's secret is kept only as its SHA-256 hash: the raw token is shown to
/// staff once and cannot be shown again. The link may be answered once, before it expires and unless a newer link for the
/// same person replaced it. The answers hold no names: they are ratings and the family's own words.
/// </summary>
public sealed class SurveyInvitation
{
    /// <summary>A young person is sent a survey of their own from the day they are 11 (secondary school age, when most can answer alone).</summary>
    public const int YoungPersonMinimumAge = 11;

    /// <summary>The most characters one free-text answer may hold.</summary>
    public const int FreeTextMaxLength = 2000;

    /// <summary>The length of a token's hash as stored: SHA-256 in lower-case hex.</summary>
    public const int TokenHashLength = 64;

    private readonly List<SurveyAnswer> _answers = [];

    private SurveyInvitation()
    {
        TokenHash = string.Empty;
        CreatedById = string.Empty;
    }

    public int Id { get; private set; }

    public int PlanId { get; private set; }

    /// <summary>The issued (or reviewed) version of the plan the family's answers are about.</summary>
    public int PlanVersionId { get; private set; }

    public SurveyOccasion Occasion { get; private set; }

    public SurveyRespondent Respondent { get; private set; }

    /// <summary>The framework version whose form the family answers.</summary>
    public int FrameworkVersionId { get; private set; }

    /// <summary>The SHA-256 hash of the link's token (lower-case hex); the token itself is never kept.</summary>
    public string TokenHash { get; private set; }

    public string CreatedById { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>When the family answered; null until they do.</summary>
    public DateTimeOffset? AnsweredAt { get; private set; }

    /// <summary>When a newer link for the same person replaced this one; null while it has not been.</summary>
    public DateTimeOffset? RevokedAt { get; private set; }

    public IReadOnlyList<SurveyAnswer> Answers => _answers;

    /// <summary>The link's e-mail, when staff gave an address to send it to; null when they copy it themselves.</summary>
    public SurveyEmail? Email { get; private set; }

    public bool IsAnswered => AnsweredAt is not null;

    /// <summary>Whether the link may be answered at <paramref name="now"/>, and if not why: replaced, answered, or expired (from the instant it expires).</summary>
    public SurveyLinkState StateAt(DateTimeOffset now) =>
        RevokedAt is not null ? SurveyLinkState.Revoked
        : AnsweredAt is not null ? SurveyLinkState.Used
        : now >= ExpiresAt ? SurveyLinkState.Expired
        : SurveyLinkState.Open;

    /// <summary>A new link's token: 32 random bytes, URL-safe base64 without padding. Only its hash is kept (<see cref="HashOf"/>).</summary>
    public static string NewToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The hash a token is kept as: SHA-256 of its text, in lower-case hex.</summary>
    public static string HashOf(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }

    /// <summary>Whether <paramref name="token"/> is this link's, compared in fixed time.</summary>
    public bool Matches(string? token) =>
        token is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(HashOf(token)), Encoding.ASCII.GetBytes(TokenHash));

    /// <summary>The age in whole years on a day of someone born on <paramref name="dateOfBirth"/>.</summary>
    public static int AgeOn(DateOnly dateOfBirth, DateOnly on)
    {
        var age = on.Year - dateOfBirth.Year;
        return dateOfBirth.AddYears(age) > on ? age - 1 : age;
    }

    /// <summary>Whether the plan's young person is old enough on <paramref name="today"/> to be sent a survey of their own.</summary>
    public static bool IsOldEnough(Plan plan, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return AgeOn(plan.DateOfBirth, today) >= YoungPersonMinimumAge;
    }

    /// <summary>Every rule sending a survey for the plan breaks; none when a link may be made.</summary>
    public static IEnumerable<Problem> Problems(Plan plan, SurveyOccasion? occasion, SurveyRespondent? respondent, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.FinalVersion is null)
        {
            yield return Problem.General($"Plan {plan.Reference} has no issued version in the service, so there is nothing for a family to give their views on yet");
        }
        else if (plan.HasCeased)
        {
            yield return Problem.General($"Plan {plan.Reference} has ceased");
        }

        if (occasion is null || !Enum.IsDefined(occasion.Value))
        {
            yield return new(nameof(Occasion), "Select whether the survey follows the plan being issued or an annual review");
        }

        if (respondent is null || !Enum.IsDefined(respondent.Value))
        {
            yield return new(nameof(Respondent), "Select who the survey is for");
        }
        else if (respondent == SurveyRespondent.YoungPerson && !IsOldEnough(plan, today))
        {
            yield return new(nameof(Respondent), $"The young person must be {YoungPersonMinimumAge} or over to be sent a survey of their own: send it to the parent or carer");
        }
    }

    /// <summary>
    /// Makes a survey link for the plan's issued version, valid for <paramref name="validDays"/> days, kept by the hash of
    /// its token. An earlier link for the same person on the plan that is still open is replaced: it can no longer be answered.
    /// </summary>
    /// <param name="earlier">The plan's earlier survey links (any that are open for the same person are revoked).</param>
    public static SurveyInvitation Create(
        Plan plan,
        SurveyOccasion occasion,
        SurveyRespondent respondent,
        int frameworkVersionId,
        string tokenHash,
        int validDays,
        IEnumerable<SurveyInvitation> earlier,
        string byUserId,
        DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(frameworkVersionId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(validDays);
        if (tokenHash is not { Length: TokenHashLength } || !tokenHash.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException("The token's hash must be SHA-256 in lower-case hex.", nameof(tokenHash));
        }

        DomainRuleException.ThrowIfAny(Problems(plan, occasion, respondent, ServiceCalendar.DateOf(at)));
        foreach (var open in earlier.Where(e => e.PlanId == plan.Id && e.Respondent == respondent && e.StateAt(at) == SurveyLinkState.Open))
        {
            open.RevokedAt = at;
            if (open.Email is { State: SurveyEmailState.Waiting } waiting)
            {
                waiting.GiveUp(at, "Replaced by a newer link");
            }
        }

        return new SurveyInvitation
        {
            PlanId = plan.Id,
            PlanVersionId = plan.FinalVersion!.Id,
            Occasion = occasion,
            Respondent = respondent,
            FrameworkVersionId = frameworkVersionId,
            TokenHash = tokenHash,
            CreatedById = byUserId,
            CreatedAt = at,
            ExpiresAt = at.AddDays(validDays),
        };
    }

    /// <summary>
    /// Sends the link just made by e-mail to <paramref name="address"/>, once: the address and the link's
    /// <paramref name="token"/> are kept sealed by <paramref name="seal"/> only until the e-mail is sent or given up. Refused
    /// for a bad address, a token that is not this link's, a link no longer open, or one already e-mailed.
    /// </summary>
    public SurveyEmail SendByEmail(string address, string token, Func<string, string> seal, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(seal);
        if (!Matches(token))
        {
            throw new ArgumentException("The token is not this link's.", nameof(token));
        }

        var given = address.Trim();
        if (given.Length == 0)
        {
            throw new DomainRuleException([new Problem("EmailAddress", "Enter the email address to send the link to")]);
        }

        DomainRuleException.ThrowIfAny(SurveyEmail.AddressProblems(given));
        if (Email is not null)
        {
            throw new DomainRuleException("This survey link has been given an e-mail already.");
        }

        if (StateAt(at) is var state and not SurveyLinkState.Open)
        {
            throw new SurveyClosedException(state);
        }

        Email = SurveyEmail.For(this, given, token!, seal, at);
        return Email;
    }

    /// <summary>The field a problem with an item's answer is reported against: the part's code and the item's, joined by a full stop.</summary>
    public static string FieldOf(string partCode, string itemCode) => $"{partCode}.{itemCode}";

    /// <summary>
    /// Every rule the answers break, each against its item (<see cref="FieldOf"/>): a rating or choice must be one of its
    /// scale's options, free text no longer than <see cref="FreeTextMaxLength"/>, and at least one question answered.
    /// Every answer is optional on its own.
    /// </summary>
    /// <param name="answers">What was given, by <see cref="FieldOf"/>; blank or missing answers are unanswered.</param>
    public static IEnumerable<Problem> AnswerProblems(FrameworkForm form, IReadOnlyDictionary<string, string?> answers)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(answers);
        var given = 0;
        foreach (var part in form.PartsWithItems)
        {
            foreach (var item in part.Items)
            {
                var field = FieldOf(part.Code, item.Code);
                var value = answers.GetValueOrDefault(field)?.Trim();
                if (string.IsNullOrEmpty(value))
                {
                    continue;
                }

                given++;
                var scale = form.Scale(item.Answers)!;
                if (scale.Kind == AnswerKind.Text)
                {
                    if (value.Length > FreeTextMaxLength)
                    {
                        yield return new(field, $"Your answer must be {FreeTextMaxLength:N0} characters or fewer");
                    }
                }
                else if (scale.Option(value) is null)
                {
                    yield return new(field, $"Choose one of the answers given for \"{item.Text}\"");
                }
            }
        }

        if (given == 0)
        {
            yield return Problem.General("Answer at least one question before you send your views");
        }
    }

    /// <summary>Records the family's answers, once, while the link is open; blank answers are left out.</summary>
    public void Answer(FrameworkForm form, IReadOnlyDictionary<string, string?> answers, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(answers);
        if (StateAt(at) is var state and not SurveyLinkState.Open)
        {
            throw new SurveyClosedException(state);
        }

        DomainRuleException.ThrowIfAny(AnswerProblems(form, answers));
        foreach (var part in form.PartsWithItems)
        {
            foreach (var item in part.Items)
            {
                if (answers.GetValueOrDefault(FieldOf(part.Code, item.Code))?.Trim() is { Length: > 0 } value)
                {
                    _answers.Add(new SurveyAnswer(part.Code, item.Code, value));
                }
            }
        }

        AnsweredAt = at;
    }

    /// <summary>The answers by part and item, as <see cref="FrameworkForm.Score"/> reads them.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> AnswersByPart() =>
        _answers.GroupBy(a => a.PartCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, IReadOnlyDictionary<string, string> (g) => g.ToDictionary(a => a.ItemCode, a => a.Value, StringComparer.Ordinal), StringComparer.Ordinal);
}
