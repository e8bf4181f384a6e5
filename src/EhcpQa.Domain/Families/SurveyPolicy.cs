namespace EhcpQa.Domain.Families;

/// <summary>
/// The authority's rules for family surveys: how many days a link stays valid (28 unless set, from 7 to 90), and whether
/// the young person's survey is shown in easy read (plain words, larger text, each rating's meaning written out). The QA
/// lead sets them on a page.
/// </summary>
public sealed record SurveyPolicy(int ValidDays, bool EasyReadForYoungPeople)
{
    public const int DefaultValidDays = 28;

    public const int MinimumValidDays = 7;

    public const int MaximumValidDays = 90;

    /// <summary>Links valid for 28 days, young people's surveys in the standard wording: the policy until a QA lead sets another.</summary>
    public static SurveyPolicy Default { get; } = new(DefaultValidDays, false);

    /// <summary>Whether a survey for this respondent is shown in easy read.</summary>
    public bool IsEasyReadFor(SurveyRespondent respondent) => EasyReadForYoungPeople && respondent == SurveyRespondent.YoungPerson;

    /// <summary>Every rule the setting breaks; none when it can be set.</summary>
    public static IEnumerable<Problem> Problems(int? validDays)
    {
        if (validDays is null)
        {
            yield return new(nameof(ValidDays), "Enter how many days a survey link stays valid, as a whole number");
        }
        else if (validDays is < MinimumValidDays or > MaximumValidDays)
        {
            yield return new(nameof(ValidDays), $"A survey link must stay valid for between {MinimumValidDays} and {MaximumValidDays} days");
        }
    }
}

/// <summary>One setting of the survey policy: what was set, by whom and when. Settings are kept, never changed; the latest is in force.</summary>
public sealed class SurveyPolicyChange : IKeptSetting
{
    private SurveyPolicyChange()
    {
        ChangedBy = string.Empty;
    }

    private SurveyPolicyChange(SurveyPolicy policy, string changedBy, DateTimeOffset changedAt)
    {
        ValidDays = policy.ValidDays;
        EasyReadForYoungPeople = policy.EasyReadForYoungPeople;
        ChangedBy = changedBy;
        ChangedAt = changedAt;
    }

    public int Id { get; private set; }

    public int ValidDays { get; private set; }

    public bool EasyReadForYoungPeople { get; private set; }

    public string ChangedBy { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public SurveyPolicy Policy => new(ValidDays, EasyReadForYoungPeople);

    /// <summary>Sets the policy from now on, refused when it breaks the rules or someone else changed it since <paramref name="readFrom"/>.</summary>
    public static SurveyPolicyChange Make(SurveyPolicy policy, int? readFrom, SurveyPolicyChange? latest, string byUserId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        DomainRuleException.ThrowIfAny(SurveyPolicy.Problems(policy.ValidDays));
        KeptSetting.RefuseIfChangedMeanwhile(readFrom, latest, "the family survey settings", "the settings");
        return new SurveyPolicyChange(policy, byUserId, at);
    }
}
