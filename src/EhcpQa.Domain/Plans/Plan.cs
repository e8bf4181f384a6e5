using System.Text.RegularExpressions;

namespace EhcpQa.Domain.Plans;

/// <summary>
/// A child's or young person's EHC plan as the register knows it: who it is for (pseudonymously), the
/// facts QA reports are cut by, and where it is in its life. Plan text lives in its versions.
/// </summary>
public sealed partial class Plan
{
    public const int ReferenceMaxLength = 30;
    public const int ChildIdentifierMaxLength = 4;
    public const int MaxAgeYears = 25;

    private Plan()
    {
        Reference = string.Empty;
        ChildIdentifier = string.Empty;
        CaseworkerId = string.Empty;
        CreatedById = string.Empty;
        UpdatedById = string.Empty;
    }

    public int Id { get; private set; }

    /// <summary>The local authority's reference for the plan (its case management system number).</summary>
    public string Reference { get; private set; }

    /// <summary>The child's initials: a pseudonymous identifier, never the name.</summary>
    public string ChildIdentifier { get; private set; }

    public DateOnly DateOfBirth { get; private set; }

    public NeedType PrimaryNeed { get; private set; }

    public BroadAreaOfNeed PrimaryArea => PrimaryNeed.AreaOf();

    public SettingType Setting { get; private set; }

    public int LocalityId { get; private set; }

    public string CaseworkerId { get; private set; }

    public PlanStage Stage { get; private set; }

    public VulnerableCohorts Cohorts { get; private set; }

    /// <summary>The date the request for an EHC needs assessment was received.</summary>
    public DateOnly RequestDate { get; private set; }

    /// <summary>20 weeks from the request: the statutory date for the final plan.</summary>
    public DateOnly StatutoryDeadline { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedById { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public string UpdatedById { get; private set; }

    public int YearGroupOn(DateOnly date) => SchoolYear.YearGroup(DateOfBirth, date);

    public Phase PhaseOn(DateOnly date) => SchoolYear.PhaseOn(DateOfBirth, date);

    /// <summary>Adds a plan to the register.</summary>
    public static Plan Register(PlanDetails details, PlanStage stage, string byUserId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        if (!Enum.IsDefined(stage))
        {
            throw new DomainRuleException("A plan is registered as a draft, final or amended plan.");
        }

        var plan = new Plan
        {
            Stage = stage,
            CreatedAt = at,
            CreatedById = byUserId,
        };
        plan.Apply(details, byUserId, at);
        return plan;
    }

    /// <summary>Corrects the register's facts about the plan. The stage changes only through the workflow.</summary>
    public void Update(PlanDetails details, string byUserId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        Apply(details, byUserId, at);
    }

    /// <summary>Issues the plan as final (after sign-off).</summary>
    public void Issue(string byUserId, DateTimeOffset at)
    {
        if (Stage != PlanStage.Draft)
        {
            throw new DomainRuleException($"Only a draft plan can be issued; plan {Reference} is {Stage.Name().ToLowerInvariant()}.");
        }

        Stage = PlanStage.Final;
        Touch(byUserId, at);
    }

    /// <summary>Records that a final plan has been amended after an annual review.</summary>
    public void Amend(string byUserId, DateTimeOffset at)
    {
        if (Stage == PlanStage.Draft)
        {
            throw new DomainRuleException($"Plan {Reference} is still a draft; only an issued plan can be amended.");
        }

        Stage = PlanStage.Amended;
        Touch(byUserId, at);
    }

    private void Apply(PlanDetails details, string byUserId, DateTimeOffset at)
    {
        var problems = details.Problems(ServiceCalendar.DateOf(at)).ToList();
        if (problems.Count > 0)
        {
            throw new DomainRuleException(string.Join(" ", problems.Select(p => p.Message)));
        }

        Reference = details.Reference.Trim().ToUpperInvariant();
        ChildIdentifier = details.ChildIdentifier.Trim().ToUpperInvariant();
        DateOfBirth = details.DateOfBirth;
        PrimaryNeed = details.PrimaryNeed;
        Setting = details.Setting;
        LocalityId = details.LocalityId;
        CaseworkerId = details.CaseworkerId;
        Cohorts = details.Cohorts;
        RequestDate = details.RequestDate;
        StatutoryDeadline = StatutoryTimescale.DeadlineFor(details.RequestDate);
        Touch(byUserId, at);
    }

    private void Touch(string byUserId, DateTimeOffset at)
    {
        UpdatedAt = at;
        UpdatedById = byUserId;
    }

    [GeneratedRegex("^[A-Za-z]{1,4}$")]
    internal static partial Regex InitialsPattern();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9/-]*$")]
    internal static partial Regex ReferencePattern();
}

/// <summary>The facts about a plan that the register records and staff may correct.</summary>
public sealed record PlanDetails(
    string Reference,
    string ChildIdentifier,
    DateOnly DateOfBirth,
    NeedType PrimaryNeed,
    SettingType Setting,
    int LocalityId,
    string CaseworkerId,
    VulnerableCohorts Cohorts,
    DateOnly RequestDate)
{
    /// <summary>Every rule these details break, keyed by the detail it concerns; none when they are sound.</summary>
    public IEnumerable<PlanRuleProblem> Problems(DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(Reference))
        {
            yield return new(nameof(Reference), "Enter the plan's reference");
        }
        else if (Reference.Trim().Length > Plan.ReferenceMaxLength || !Plan.ReferencePattern().IsMatch(Reference.Trim()))
        {
            yield return new(nameof(Reference), $"The reference must be up to {Plan.ReferenceMaxLength} letters, numbers, hyphens or slashes");
        }

        if (string.IsNullOrWhiteSpace(ChildIdentifier) || !Plan.InitialsPattern().IsMatch(ChildIdentifier.Trim()))
        {
            yield return new(nameof(ChildIdentifier), "Enter the child's initials: 1 to 4 letters, not their name");
        }

        if (DateOfBirth > today)
        {
            yield return new(nameof(DateOfBirth), "Date of birth must be today or in the past");
        }
        else if (DateOfBirth <= today.AddYears(-(Plan.MaxAgeYears + 1)))
        {
            yield return new(nameof(DateOfBirth), $"Date of birth must be for a child or young person aged {Plan.MaxAgeYears} or under");
        }

        if (RequestDate > today)
        {
            yield return new(nameof(RequestDate), "Request date must be today or in the past");
        }
        else if (RequestDate < DateOfBirth)
        {
            yield return new(nameof(RequestDate), "Request date cannot be before the date of birth");
        }

        if (!Enum.IsDefined(PrimaryNeed))
        {
            yield return new(nameof(PrimaryNeed), "Select the primary need");
        }

        if (!Enum.IsDefined(Setting))
        {
            yield return new(nameof(Setting), "Select the type of setting");
        }

        if (LocalityId <= 0)
        {
            yield return new(nameof(LocalityId), "Select the locality");
        }

        if (string.IsNullOrWhiteSpace(CaseworkerId))
        {
            yield return new(nameof(CaseworkerId), "Select the caseworker");
        }
    }
}

public sealed record PlanRuleProblem(string Detail, string Message);
