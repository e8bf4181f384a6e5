using System.Text.RegularExpressions;
using EhcpQa.Domain.Grades;

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
    public const int SettingNameMaxLength = 200;

    private readonly List<PlanVersion> _versions = [];
    private readonly List<PlanEvent> _events = [];
    private readonly List<AssuredGrade> _assuredGrades = [];

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

    /// <summary>The child's secondary type of need, when the register records one.</summary>
    public NeedType? SecondaryNeed { get; private set; }

    public SettingType Setting { get; private set; }

    /// <summary>The name of the school or other setting, when known.</summary>
    public string? SettingName { get; private set; }

    public int LocalityId { get; private set; }

    public string CaseworkerId { get; private set; }

    public PlanStage Stage { get; private set; }

    public VulnerableCohorts Cohorts { get; private set; }

    /// <summary>The date the request for an EHC needs assessment was received.</summary>
    public DateOnly RequestDate { get; private set; }

    /// <summary>20 weeks from the request: the statutory date for the final plan.</summary>
    public DateOnly StatutoryDeadline { get; private set; }

    /// <summary>
    /// The date the plan was issued as final (signed off). Monthly dip samples draw from the plans issued
    /// in a month. Null for drafts, and for plans registered as final without their issue date.
    /// </summary>
    public DateOnly? IssuedOn { get; private set; }

    /// <summary>
    /// The date the plan ceased to be maintained (the child moved away, no longer needs it, left education or
    /// turned 25); null while it is maintained. Records are kept for the authority's retention period after it.
    /// </summary>
    public DateOnly? CeasedOn { get; private set; }

    /// <summary>The date of the plan's last annual review, as the authority's register gives it; null when not known.</summary>
    public DateOnly? LastReviewedOn { get; private set; }

    public bool HasCeased => CeasedOn is not null;

    /// <summary>Whether the plan may be recorded as ceased: issued, and not ceased already.</summary>
    public bool CanCease => Stage != PlanStage.Draft && !HasCeased;

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedById { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public string UpdatedById { get; private set; }

    /// <summary>Every draft submitted for sign-off, oldest first.</summary>
    public IReadOnlyList<PlanVersion> Versions => _versions;

    /// <summary>The plan's history: who did what and when. Only ever added to.</summary>
    public IReadOnlyList<PlanEvent> Events => _events;

    /// <summary>The grades the plan's quality was assured at, as each became decisive. Only ever added to.</summary>
    public IReadOnlyList<AssuredGrade> AssuredGrades => _assuredGrades;

    /// <summary>The newest draft, if any has been submitted.</summary>
    public PlanVersion? CurrentVersion => _versions.OrderByDescending(v => v.Number).FirstOrDefault();

    /// <summary>
    /// The text of the plan as issued, what moderators grade: the version signed off here, or the text of a plan issued
    /// before the service held it, brought in (the newer, where both). Null when the service holds no issued text.
    /// </summary>
    public PlanVersion? FinalVersion => _versions.Where(v => v.Status.IsIssuedText()).OrderByDescending(v => v.Number).FirstOrDefault();

    /// <summary>The plan's text as issued when it was brought in rather than signed off here; null otherwise.</summary>
    public PlanVersion? BroughtInVersion => FinalVersion is { Status: DraftStatus.BroughtIn } final ? final : null;

    /// <summary>The version signed off in the service; null when the plan was not signed off here.</summary>
    public PlanVersion? SignedOffVersion => _versions.Where(v => v.Status == DraftStatus.SignedOff).OrderByDescending(v => v.Number).FirstOrDefault();

    /// <summary>The overall grade the plan was signed off at; null when it was not signed off in the service.</summary>
    public Grade? SignOffGrade => SignedOffVersion?.DecisiveGrade;

    /// <summary>What the plan was signed off at, on whichever framework; null when it was not signed off in the service.</summary>
    public DecisiveOutcome? SignedOffAt => SignedOffVersion?.DecisiveOutcome;

    /// <summary>Plans whose issued text the service holds: the plans a dip sample can draw and a panel moderate.</summary>
    public static System.Linq.Expressions.Expression<Func<Plan, bool>> HasIssuedText =>
        p => p.Versions.Any(v => v.Status == DraftStatus.SignedOff || v.Status == DraftStatus.BroughtIn);

    /// <summary>Whether the plan went round the sign-off loop: a draft was returned and a later version graded again.</summary>
    public bool WasRegraded => _versions.Any(v => v.DecisiveResult is not null && IsResubmission(v));

    /// <summary>
    /// Whether a version was sent after an earlier draft of the same plan (the new plan, or the same review's amended
    /// plan) was returned: grading it again is a re-grade.
    /// </summary>
    public bool IsResubmission(PlanVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return _versions.Any(v => v.Number < version.Number && v.ReviewNumber == version.ReviewNumber && v.Status == DraftStatus.Returned);
    }

    public int YearGroupOn(DateOnly date) => SchoolYear.YearGroup(DateOfBirth, date);

    public Phase PhaseOn(DateOnly date) => SchoolYear.PhaseOn(DateOfBirth, date);

    /// <summary>Adds a plan to the register.</summary>
    public static Plan Register(PlanDetails details, PlanStage stage, string byUserId, DateTimeOffset at, DateOnly? issuedOn = null) =>
        Create(details, stage, byUserId, at, issuedOn, PlanEventKind.Registered, $"Added to the register as {stage.Name().ToLowerInvariant()}");

    /// <summary>What is wrong with an issue date for a plan registered at a stage (empty when it may be).</summary>
    public static IEnumerable<Problem> IssueDateProblems(PlanStage stage, DateOnly? issuedOn, DateOnly requestDate, DateOnly today)
    {
        if (issuedOn is not { } issued)
        {
            yield break;
        }

        if (stage == PlanStage.Draft)
        {
            yield return new(nameof(IssuedOn), "A draft plan has not been issued, so it has no issue date");
        }
        else if (issued < requestDate || issued > today)
        {
            yield return new(nameof(IssuedOn), "The issue date must be between the request date and today");
        }
    }

    private static Plan Create(PlanDetails details, PlanStage stage, string byUserId, DateTimeOffset at, DateOnly? issuedOn, PlanEventKind kind, string detail)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        ArgumentNullException.ThrowIfNull(details);
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
        DomainRuleException.ThrowIfAny(IssueDateProblems(stage, issuedOn, details.RequestDate, ServiceCalendar.DateOf(at)));
        plan.IssuedOn = issuedOn;
        plan._events.Add(new PlanEvent(kind, null, byUserId, at, detail));
        return plan;
    }

    /// <summary>Corrects the register's facts about the plan. The stage changes only through the workflow.</summary>
    public void Update(PlanDetails details, string byUserId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        Apply(details, byUserId, at);
        _events.Add(new PlanEvent(PlanEventKind.RecordChanged, null, byUserId, at, "Record corrected"));
    }

    /// <summary>Issues the plan as final (after sign-off).</summary>
    public void Issue(string byUserId, DateTimeOffset at)
    {
        if (Stage != PlanStage.Draft)
        {
            throw new DomainRuleException($"Only a draft plan can be issued; plan {Reference} is {Stage.Name().ToLowerInvariant()}.");
        }

        Stage = PlanStage.Final;
        IssuedOn = ServiceCalendar.DateOf(at);
        Touch(byUserId, at);
        _events.Add(new PlanEvent(PlanEventKind.Issued, CurrentVersion?.Number, byUserId, at, "Issued as the final plan"));
    }

    /// <summary>Records that a final plan has been amended after an annual review.</summary>
    public void Amend(string byUserId, DateTimeOffset at)
    {
        if (Stage == PlanStage.Draft)
        {
            throw new DomainRuleException($"Plan {Reference} is still a draft; only an issued plan can be amended.");
        }

        if (CeasedOn is { } ceased)
        {
            throw new DomainRuleException($"Plan {Reference} ceased on {Day(ceased)}; a plan that has ceased is not amended.");
        }

        Stage = PlanStage.Amended;
        Touch(byUserId, at);
        _events.Add(new PlanEvent(PlanEventKind.Amended, null, byUserId, at, "Amended after an annual review"));
    }

    /// <summary>
    /// Records that the plan ceased to be maintained on a date: an issued plan only, once, on a date between its
    /// issue and today. Its records are then kept for the authority's retention period (<see cref="PlanRetention"/>).
    /// </summary>
    public void Cease(DateOnly ceasedOn, string byUserId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        DomainRuleException.ThrowIfAny(CeaseProblems(ceasedOn, ServiceCalendar.DateOf(at)));
        CeasedOn = ceasedOn;
        Touch(byUserId, at);
        _events.Add(new PlanEvent(PlanEventKind.Ceased, null, byUserId, at, $"Ceased on {Day(ceasedOn)}"));
    }

    /// <summary>What stops the plan ceasing on this date, by field (empty when it may).</summary>
    public IEnumerable<Problem> CeaseProblems(DateOnly ceasedOn, DateOnly today)
    {
        if (CeasedOn is { } ceased)
        {
            yield return new(nameof(CeasedOn), $"The plan ceased on {Day(ceased)} already");
        }
        else if (Stage == PlanStage.Draft)
        {
            yield return new(nameof(CeasedOn), "Only an issued plan can cease: this plan is still a draft");
        }
        else
        {
            foreach (var problem in CeaseDateProblems(ceasedOn, IssuedOn, today))
            {
                yield return problem;
            }
        }
    }

    /// <summary>What is wrong with the date an issued plan ceased, given the date it was issued (if known).</summary>
    private static IEnumerable<Problem> CeaseDateProblems(DateOnly ceasedOn, DateOnly? issuedOn, DateOnly today)
    {
        if (ceasedOn > today)
        {
            yield return new(nameof(CeasedOn), "The date the plan ceased must be today or in the past");
        }
        else if (issuedOn is { } issued && ceasedOn < issued)
        {
            yield return new(nameof(CeasedOn), $"The date the plan ceased must be on or after the date it was issued, {Day(issued)}");
        }
    }

    private static string Day(DateOnly date) => date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);

    private void Apply(PlanDetails details, string byUserId, DateTimeOffset at)
    {
        DomainRuleException.ThrowIfAny(details.Problems(ServiceCalendar.DateOf(at)));

        Reference = details.Reference.Trim().ToUpperInvariant();
        ChildIdentifier = details.ChildIdentifier.Trim().ToUpperInvariant();
        DateOfBirth = details.DateOfBirth;
        PrimaryNeed = details.PrimaryNeed;
        SecondaryNeed = details.SecondaryNeed;
        Setting = details.Setting;
        SettingName = SettingNameOf(details);
        LocalityId = details.LocalityId;
        CaseworkerId = details.CaseworkerId;
        Cohorts = details.Cohorts;
        RequestDate = details.RequestDate;
        StatutoryDeadline = StatutoryTimescale.DeadlineFor(details.RequestDate);
        Touch(byUserId, at);
    }

    private static string? SettingNameOf(PlanDetails details) =>
        string.IsNullOrWhiteSpace(details.SettingName) ? null : details.SettingName.Trim();

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
