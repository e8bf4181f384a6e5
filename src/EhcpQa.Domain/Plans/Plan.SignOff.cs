using EhcpQa.Domain.Dashboards;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Moderation;
using EhcpQa.Domain.Staff;

namespace EhcpQa.Domain.Plans;

/// <summary>Sign-off: drafts are submitted, graded (with a second opinion and an agreed grade below Good), and returned or signed off.</summary>
public sealed partial class Plan
{
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

        if (!IsBeingDrafted)
        {
            throw new DomainRuleException($"Plan {Reference} has been issued; drafts are submitted before it is final, or to amend it once an annual review decides so.");
        }

        if (CurrentVersion is { } current && current.Status.IsOpen())
        {
            throw new DomainRuleException($"Version {current.Number} is still with the sign-off team ({current.Status.Name().ToLowerInvariant()}).");
        }

        var review = AmendingReview;
        var version = new PlanVersion(_versions.Count + 1, SectionTexts(sections, "draft"), document, by.UserId, at, review?.Number);
        _versions.Add(version);
        var what = review is null ? "Draft" : "Draft of the amended plan";
        _events.Add(new PlanEvent(PlanEventKind.DraftSubmitted, version.Number, by.UserId, at,
            document is null ? $"{what} submitted for sign-off" : $"{what} submitted for sign-off as an uploaded document"));
        Touch(by.UserId, at);
        return version;
    }

    /// <summary>
    /// Starts the next grading the current draft needs: the sign-off grading, a second opinion when it
    /// was graded below Good (by someone else), or the agreed grade (by one of the two graders).
    /// </summary>
    /// <param name="policy">The authority's sign-off policy now (<see cref="SignOffPolicy.Default"/> when not given).</param>
    public Grading StartGrading(Actor grader, FrameworkVersion framework, DateTimeOffset at, SignOffPolicy? policy = null)
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

        var drawn = purpose == GradingPurpose.SignOff && (policy ?? SignOffPolicy.Default).DrawsForSecondGrader(Id, version.Number);
        var grading = Grading.Start(Id, version.Id, purpose, grader.UserId, framework, at, policy: policy, drawnForSecondGrader: drawn);
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
        if (version is null || grading.PlanVersionId != version.Id || !grading.IsSubmitted || grading.Result is not { } result)
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

        version.Graded(grading);
        if (version.Status == DraftStatus.ReadyForDecision)
        {
            // The grade the decision rests on: what the dashboards count at sign-off. A resubmission graded
            // again after a return is a re-grade.
            _assuredGrades.Add(AssuredGrade.Of(this, version, AssuranceLevel.SignOff, grading, regraded: IsResubmission(version)));
        }

        _events.Add(new PlanEvent(PlanEventKind.GradingSubmitted, version.Number, grading.GraderId, grading.SubmittedAt!.Value,
            $"{grading.Purpose.Name()}: overall {result}"));
        if (version.Status == DraftStatus.AwaitingSecondOpinion)
        {
            var why = grading.DrawnForSecondGrader && grading.PassesBar != false
                ? "Drawn in the authority's sample of drafts for a second grader"
                : $"Graded below {(grading.OverallGrade is null ? "the bar" : "Good")}";
            _events.Add(new PlanEvent(PlanEventKind.SecondOpinionNeeded, version.Number, grading.GraderId, grading.SubmittedAt!.Value,
                $"{why}: a second senior officer grades it independently"));
        }
    }

    /// <summary>
    /// Signs off the current draft and issues the plan: allowed only when its decisive grade is at least Good,
    /// unless the authority's policy issues plans below the bar.
    /// </summary>
    public void SignOff(Actor by, string? note, DateTimeOffset at, SignOffPolicy? policy = null)
    {
        var version = ReadyForDecision(by);
        if (!version.MayBeIssued(policy ?? SignOffPolicy.Default) || version.DecisiveResult is not { } result)
        {
            throw new DomainRuleException($"Version {version.Number} is graded {version.DecisiveResult ?? "not yet"}: a plan is issued only when {(version.DecisiveGrade is null ? "it reaches the bar" : "graded at least Good")}.");
        }

        version.Decide(DraftStatus.SignedOff, by.UserId, note, at);
        _events.Add(new PlanEvent(PlanEventKind.SignedOff, version.Number, by.UserId, at, $"Signed off at {result}"));
        if (AmendingReview is { } review)
        {
            IssueAmendment(review, by.UserId, at);
        }
        else
        {
            Issue(by.UserId, at);
        }
    }

    /// <summary>Returns the current draft to the caseworker with the feedback, for a new version.</summary>
    public void Return(Actor by, string? note, DateTimeOffset at)
    {
        var version = ReadyForDecision(by);
        version.Decide(DraftStatus.Returned, by.UserId, note, at);
        _events.Add(new PlanEvent(PlanEventKind.Returned, version.Number, by.UserId, at, $"Returned to the caseworker at {version.DecisiveResult}"));
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

    /// <summary>
    /// The text of the sections A to K, trimmed, leaving out the empty ones; refuses anything but those sections, a
    /// section too long, and no text at all. <paramref name="what"/> names the text in the refusal ("draft").
    /// </summary>
    private static List<SectionText> SectionTexts(IReadOnlyDictionary<SectionCode, string> sections, string what)
    {
        ArgumentNullException.ThrowIfNull(sections);
        if (sections.Keys.Any(code => code == SectionCode.Overall || !Enum.IsDefined(code)))
        {
            throw new DomainRuleException($"A {what} holds the plan's sections A to K only.");
        }

        if (sections.Values.Any(text => text?.Length > PlanVersion.SectionTextMaxLength))
        {
            throw new DomainRuleException($"A section's text must be at most {PlanVersion.SectionTextMaxLength} characters.");
        }

        if (sections.Values.All(string.IsNullOrWhiteSpace))
        {
            throw new DomainRuleException($"The {what} has no text: add the sections' text or upload the {what} document.");
        }

        return PlanSections.Statutory
            .Where(s => sections.TryGetValue(s.Code, out var text) && !string.IsNullOrWhiteSpace(text))
            .Select(s => new SectionText(s.Code, sections[s.Code].Trim()))
            .ToList();
    }

    /// <summary>Why the issued text of this plan cannot be brought in; null when it can.</summary>
    public string? WhyNotBringInIssuedText()
    {
        if (Stage == PlanStage.Draft)
        {
            return $"Plan {Reference} is a draft: its text is sent for sign-off, and the version signed off is the plan as issued.";
        }

        if (AmendingReview is { } review)
        {
            return $"The amended plan from the annual review of {Day(review.MeetingOn)} is being drafted: the version signed off will be the plan's text as issued.";
        }

        if (SignedOffVersion is { } signedOff && FinalVersion == signedOff)
        {
            return $"Plan {Reference} was signed off in the service: version {signedOff.Number} is its text as issued.";
        }

        return null;
    }

    /// <summary>
    /// Brings in the text of a plan issued before the service held it (from the authority's records, pasted or uploaded),
    /// as the version moderators grade: never graded or signed off here. A later text (after an amendment, or to correct
    /// the one brought in) is a new version; the earlier stays in the history.
    /// </summary>
    public PlanVersion BringInIssuedText(IReadOnlyDictionary<SectionCode, string> sections, DraftDocument? document, string byUserId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        if (WhyNotBringInIssuedText() is { } reason)
        {
            throw new DomainRuleException(reason);
        }

        var version = PlanVersion.BroughtIn(_versions.Count + 1, SectionTexts(sections, "plan"), document, byUserId, at, Kind ?? PlanKind.New);
        _versions.Add(version);
        _events.Add(new PlanEvent(PlanEventKind.IssuedTextBroughtIn, version.Number, byUserId, at,
            document is null ? "Text of the plan as issued added" : "Text of the plan as issued added from an uploaded document"));
        Touch(byUserId, at);
        return version;
    }
}
