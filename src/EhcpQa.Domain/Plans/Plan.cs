using System.Text.RegularExpressions;
using EhcpQa.Domain.Dashboards;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Moderation;
using EhcpQa.Domain.Staff;

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

    public SettingType Setting { get; private set; }

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

    /// <summary>The version that was signed off and issued: what moderators grade. Null when the plan was registered as final without its text.</summary>
    public PlanVersion? FinalVersion => _versions.Where(v => v.Status == DraftStatus.SignedOff).OrderByDescending(v => v.Number).FirstOrDefault();

    /// <summary>The overall grade the plan was signed off at; null when it was not signed off in the service.</summary>
    public Grade? SignOffGrade => FinalVersion?.DecisiveGrade;

    /// <summary>Whether the plan went round the sign-off loop: a draft was returned and a later version graded again.</summary>
    public bool WasRegraded => _versions.Count(v => v.DecisiveGrade is not null) > 1;

    public int YearGroupOn(DateOnly date) => SchoolYear.YearGroup(DateOfBirth, date);

    public Phase PhaseOn(DateOnly date) => SchoolYear.PhaseOn(DateOfBirth, date);

    /// <summary>Adds a plan to the register.</summary>
    public static Plan Register(PlanDetails details, PlanStage stage, string byUserId, DateTimeOffset at, DateOnly? issuedOn = null)
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
        if (issuedOn is { } issued)
        {
            if (stage == PlanStage.Draft)
            {
                throw new DomainRuleException("A draft plan has not been issued, so it has no issue date.");
            }

            if (issued < details.RequestDate || issued > ServiceCalendar.DateOf(at))
            {
                throw new DomainRuleException("The issue date must be between the request date and today.");
            }

            plan.IssuedOn = issued;
        }

        plan._events.Add(new PlanEvent(PlanEventKind.Registered, null, byUserId, at, $"Added to the register as {stage.Name().ToLowerInvariant()}"));
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

        Stage = PlanStage.Amended;
        Touch(byUserId, at);
        _events.Add(new PlanEvent(PlanEventKind.Amended, null, byUserId, at, "Amended after an annual review"));
    }

    /// <summary>
    /// Submits a draft for sign-off as a new version. Only the plan's caseworker (or a QA lead) submits,
    /// only while the plan is a draft, and only when no earlier version is still with the sign-off team.
    /// </summary>
    public PlanVersion SubmitDraft(IReadOnlyDictionary<SectionCode, string> sections, DraftDocument? document, Actor by, DateTimeOffset at)
    {
        if (!SignOffRules.CanSubmit(by, this))
        {
            throw new DomainRuleException("Only the plan's caseworker or a QA lead can submit its draft.");
        }

        if (Stage != PlanStage.Draft)
        {
            throw new DomainRuleException($"Plan {Reference} has been issued; drafts are submitted only before it is final.");
        }

        if (CurrentVersion is { } current && current.Status.IsOpen())
        {
            throw new DomainRuleException($"Version {current.Number} is still with the sign-off team ({current.Status.Name().ToLowerInvariant()}).");
        }

        if (sections.Keys.Any(code => code == SectionCode.Overall || !Enum.IsDefined(code)))
        {
            throw new DomainRuleException("A draft holds the plan's sections A to K only.");
        }

        if (sections.Values.Any(text => text?.Length > PlanVersion.SectionTextMaxLength))
        {
            throw new DomainRuleException($"A section's text must be at most {PlanVersion.SectionTextMaxLength} characters.");
        }

        if (sections.Values.All(string.IsNullOrWhiteSpace))
        {
            throw new DomainRuleException("The draft has no text: add the sections' text or upload the draft document.");
        }

        var texts = PlanSections.Statutory
            .Where(s => sections.TryGetValue(s.Code, out var text) && !string.IsNullOrWhiteSpace(text))
            .Select(s => new SectionText(s.Code, sections[s.Code].Trim()));
        var version = new PlanVersion(_versions.Count + 1, texts, document, by.UserId, at);
        _versions.Add(version);
        _events.Add(new PlanEvent(PlanEventKind.DraftSubmitted, version.Number, by.UserId, at,
            document is null ? "Draft submitted for sign-off" : "Draft submitted for sign-off as an uploaded document"));
        Touch(by.UserId, at);
        return version;
    }

    /// <summary>
    /// Starts the next grading the current draft needs: the sign-off grading, a second opinion when it
    /// was graded below Good (by someone else), or the agreed grade (by one of the two graders).
    /// </summary>
    public Grading StartGrading(Actor grader, FrameworkVersion framework, DateTimeOffset at)
    {
        var version = CurrentVersion ?? throw new DomainRuleException($"No draft of plan {Reference} has been submitted.");
        if (!SignOffRules.CanGrade(grader, this))
        {
            throw new DomainRuleException(grader.UserId == CaseworkerId
                ? "You cannot grade a plan you are the caseworker for."
                : "Only a locality manager of the plan's locality or a QA lead can grade it.");
        }

        var purpose = NextGradingFor(grader) ?? throw new DomainRuleException(version.Status switch
        {
            DraftStatus.AwaitingSecondOpinion when version.FirstGraderId == grader.UserId =>
                "The second opinion must come from someone other than the first grader.",
            DraftStatus.AwaitingAgreement when version.AgreementGraderId is not null =>
                "The agreed grade is already being recorded.",
            DraftStatus.AwaitingAgreement => "The agreed grade is recorded by one of the two graders.",
            _ => $"Version {version.Number} is {version.Status.Name().ToLowerInvariant()}: there is no grading to start.",
        });

        var grading = Grading.Start(Id, version.Id, purpose, grader.UserId, framework, at);
        switch (purpose)
        {
            case GradingPurpose.SignOff:
                version.StartFirstGrading(grader.UserId);
                break;
            case GradingPurpose.SecondOpinion:
                version.StartSecondOpinion(grader.UserId);
                break;
            default:
                version.StartAgreement(grader.UserId);
                break;
        }

        _events.Add(new PlanEvent(PlanEventKind.GradingStarted, version.Number, grader.UserId, at, $"{purpose.Name()} started"));
        return grading;
    }

    /// <summary>
    /// The grading <paramref name="grader"/> could start on the current draft now, if any: the sign-off
    /// grading of a new draft; a second opinion when it was graded below Good (never by the first
    /// grader); or the agreed grade (by one of the two graders, once).
    /// </summary>
    public GradingPurpose? NextGradingFor(Actor grader)
    {
        var version = CurrentVersion;
        if (version is null || !SignOffRules.CanGrade(grader, this))
        {
            return null;
        }

        return version.Status switch
        {
            DraftStatus.AwaitingSignOff => GradingPurpose.SignOff,
            DraftStatus.AwaitingSecondOpinion when version.SecondGraderId is null && version.FirstGraderId != grader.UserId =>
                GradingPurpose.SecondOpinion,
            DraftStatus.AwaitingAgreement when version.AgreementGraderId is null
                && (grader.UserId == version.FirstGraderId || grader.UserId == version.SecondGraderId) => GradingPurpose.SignOffAgreement,
            _ => null,
        };
    }

    /// <summary>Moves the draft on once a grading of it has been submitted.</summary>
    public void GradingSubmitted(Grading grading)
    {
        var version = CurrentVersion;
        if (version is null || grading.PlanVersionId != version.Id || !grading.IsSubmitted || grading.OverallGrade is not { } overall)
        {
            throw new DomainRuleException("Only a submitted grading of the current draft moves sign-off on.");
        }

        var expected = version.Status switch
        {
            DraftStatus.BeingGraded => GradingPurpose.SignOff,
            DraftStatus.AwaitingSecondOpinion => GradingPurpose.SecondOpinion,
            DraftStatus.AwaitingAgreement => GradingPurpose.SignOffAgreement,
            _ => (GradingPurpose?)null,
        };
        if (grading.Purpose != expected)
        {
            throw new DomainRuleException($"Version {version.Number} is {version.Status.Name().ToLowerInvariant()}: a {grading.Purpose.Name().ToLowerInvariant()} does not fit.");
        }

        var byTheRightGrader = grading.Purpose switch
        {
            GradingPurpose.SignOff => grading.GraderId == version.FirstGraderId,
            GradingPurpose.SecondOpinion => grading.GraderId == version.SecondGraderId,
            _ => grading.GraderId == version.FirstGraderId || grading.GraderId == version.SecondGraderId,
        };
        if (!byTheRightGrader)
        {
            throw new DomainRuleException("This grading was not started through the draft's sign-off, so it cannot move it on.");
        }

        version.Graded(grading.Purpose, overall);
        if (version.Status == DraftStatus.ReadyForDecision)
        {
            // The grade the decision rests on: what the dashboards count at sign-off. A resubmission graded
            // again after a return is a re-grade.
            _assuredGrades.Add(AssuredGrade.Of(this, AssuranceLevel.SignOff, grading, regraded: version.Number > 1));
        }

        _events.Add(new PlanEvent(PlanEventKind.GradingSubmitted, version.Number, grading.GraderId, grading.SubmittedAt!.Value,
            $"{grading.Purpose.Name()}: overall {overall}"));
        if (version.Status == DraftStatus.AwaitingSecondOpinion)
        {
            _events.Add(new PlanEvent(PlanEventKind.SecondOpinionNeeded, version.Number, grading.GraderId, grading.SubmittedAt!.Value,
                "Graded below Good: a second senior officer grades it independently"));
        }
    }

    /// <summary>Signs off the current draft: allowed only when its decisive grade is at least Good. The plan is issued.</summary>
    public void SignOff(Actor by, string? note, DateTimeOffset at)
    {
        var version = ReadyForDecision(by);
        if (version.DecisiveGrade is not { IsAtLeastGood: true } grade)
        {
            throw new DomainRuleException($"Version {version.Number} is graded {version.DecisiveGrade?.ToString() ?? "not yet"}: a plan is issued only when graded at least Good.");
        }

        version.Decide(DraftStatus.SignedOff, by.UserId, note, at);
        _events.Add(new PlanEvent(PlanEventKind.SignedOff, version.Number, by.UserId, at, $"Signed off at {grade}"));
        Issue(by.UserId, at);
    }

    /// <summary>
    /// Records in the plan's history the grade a moderation panel agreed for its final version. When it
    /// differs from the grade the plan was signed off at, the plan has been re-graded by moderation.
    /// </summary>
    public void RecordPanelAgreement(Grading agreement, PanelSession session)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(session);
        if (agreement.Purpose != GradingPurpose.PanelAgreement || agreement.PanelSessionId != session.Id || !agreement.IsSubmitted || agreement.OverallGrade is not { } agreed
            || agreement.PlanId != Id || FinalVersion is not { } final || agreement.PlanVersionId != final.Id)
        {
            throw new DomainRuleException("Only a submitted panel agreement of this plan's final version is recorded in its history.");
        }

        var held = session.HeldOn.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var detail = SignOffGrade is not { } signedOff
            ? $"Moderation panel of {held} agreed {agreed}"
            : signedOff == agreed
                ? $"Moderation panel of {held} agreed {agreed}, the grade it was signed off at"
                : $"Re-graded by the moderation panel of {held}: agreed {agreed}, signed off at {signedOff}";
        _events.Add(new PlanEvent(PlanEventKind.PanelGradeAgreed, final.Number, agreement.GraderId, agreement.SubmittedAt!.Value, detail));
        _assuredGrades.Add(AssuredGrade.Of(this, AssuranceLevels.Of(session.Level), agreement, regraded: SignOffGrade is { } grade && grade != agreed));
    }

    /// <summary>
    /// Records the assured grades of decisions made before the service kept them (a database from an
    /// earlier version): for each version with a decisive grade, the grading it rests on, and each
    /// submitted panel agreement of a session whose level is known. Grades already recorded are left alone.
    /// </summary>
    /// <param name="submitted">The plan's submitted gradings (sign-off and panel agreements; others are ignored).</param>
    /// <param name="sessionLevels">The level of each moderation session, by id.</param>
    /// <returns>How many assured grades were recorded.</returns>
    public int RecordEarlierAssuredGrades(IEnumerable<Grading> submitted, IReadOnlyDictionary<int, PanelLevel> sessionLevels)
    {
        ArgumentNullException.ThrowIfNull(submitted);
        ArgumentNullException.ThrowIfNull(sessionLevels);
        var gradings = submitted.Where(g => g.PlanId == Id && g.IsSubmitted && g.OverallGrade is not null).ToList();
        var added = 0;
        foreach (var version in _versions.Where(v => v.DecisiveGrade is not null))
        {
            var ofVersion = gradings.Where(g => g.PlanVersionId == version.Id).OrderBy(g => g.SubmittedAt).ToList();
            var decisive = ofVersion.LastOrDefault(g => g.Purpose == GradingPurpose.SignOffAgreement)
                ?? ofVersion.FirstOrDefault(g => g.Purpose == GradingPurpose.SignOff && g.OverallGrade is { IsAtLeastGood: true });
            if (decisive is not null && !_assuredGrades.Any(a => a.Level == AssuranceLevel.SignOff && a.PlanVersionId == version.Id))
            {
                _assuredGrades.Add(AssuredGrade.Of(this, AssuranceLevel.SignOff, decisive, regraded: version.Number > 1));
                added++;
            }
        }

        foreach (var agreement in gradings.Where(g => g.Purpose == GradingPurpose.PanelAgreement && g.PanelSessionId is not null))
        {
            if (sessionLevels.TryGetValue(agreement.PanelSessionId!.Value, out var level)
                && !_assuredGrades.Any(a => a.PanelSessionId == agreement.PanelSessionId))
            {
                _assuredGrades.Add(AssuredGrade.Of(this, AssuranceLevels.Of(level), agreement, regraded: SignOffGrade is { } grade && grade != agreement.OverallGrade));
                added++;
            }
        }

        return added;
    }

    /// <summary>Returns the current draft to the caseworker with the feedback, for a new version.</summary>
    public void Return(Actor by, string? note, DateTimeOffset at)
    {
        var version = ReadyForDecision(by);
        version.Decide(DraftStatus.Returned, by.UserId, note, at);
        _events.Add(new PlanEvent(PlanEventKind.Returned, version.Number, by.UserId, at, $"Returned to the caseworker at {version.DecisiveGrade}"));
        Touch(by.UserId, at);
    }

    private PlanVersion ReadyForDecision(Actor by)
    {
        var version = CurrentVersion ?? throw new DomainRuleException($"No draft of plan {Reference} has been submitted.");
        if (!SignOffRules.CanGrade(by, this))
        {
            throw new DomainRuleException("Only a locality manager of the plan's locality or a QA lead decides on its draft.");
        }

        if (version.Status != DraftStatus.ReadyForDecision)
        {
            throw new DomainRuleException($"Version {version.Number} is {version.Status.Name().ToLowerInvariant()}: it is not ready for a decision.");
        }

        return version;
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
