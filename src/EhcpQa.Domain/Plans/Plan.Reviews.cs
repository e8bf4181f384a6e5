using System.Linq.Expressions;

namespace EhcpQa.Domain.Plans;

/// <summary>
/// Annual reviews: an issued plan's review meeting, the authority's decision within 4 weeks, and where it amends the
/// plan, the amended plan drafted as new versions that go through the same sign-off as a new plan.
/// </summary>
public sealed partial class Plan
{
    private readonly List<AnnualReview> _reviews = [];

    /// <summary>The plan's annual reviews recorded in the service, oldest first.</summary>
    public IReadOnlyList<AnnualReview> Reviews => _reviews;

    /// <summary>The newest annual review, if any.</summary>
    public AnnualReview? LatestReview => _reviews.OrderByDescending(r => r.Number).FirstOrDefault();

    /// <summary>The annual review whose amended plan is being drafted, if any.</summary>
    public AnnualReview? AmendingReview => _reviews.FirstOrDefault(r => r.IsAmending);

    /// <summary>Whether a draft of the plan is being written: a new plan not yet issued, or an amendment after an annual review.</summary>
    public bool IsBeingDrafted => Stage == PlanStage.Draft || AmendingReview is not null;

    /// <summary><see cref="IsBeingDrafted"/> as a filter the database can run.</summary>
    public static Expression<Func<Plan, bool>> BeingDrafted { get; } =
        p => p.Stage == PlanStage.Draft || p.Reviews.Any(r => r.Decision == ReviewDecision.Amend && r.AmendedPlanIssuedOn == null);

    /// <summary>Plans whose amendment after an annual review is being drafted, as a filter the database can run.</summary>
    public static Expression<Func<Plan, bool>> BeingAmended { get; } =
        p => p.Reviews.Any(r => r.Decision == ReviewDecision.Amend && r.AmendedPlanIssuedOn == null);

    /// <summary>Plans reviewed whose authority's decision is still to be recorded, as a filter the database can run.</summary>
    public static Expression<Func<Plan, bool>> AwaitingReviewDecision { get; } = p => p.Reviews.Any(r => r.Decision == null);

    /// <summary>Whether the plan in force is a new plan or one amended after a review; null for a draft not yet issued.</summary>
    public PlanKind? Kind => Stage switch
    {
        PlanStage.Draft => null,
        PlanStage.Amended => PlanKind.Amended,
        _ => PlanKind.New,
    };

    /// <summary>The date the plan's amended plan was issued through sign-off in the service; null when it was not amended here.</summary>
    public DateOnly? AmendedOn { get; private set; }

    /// <summary>
    /// The date the plan in force was issued: the amended plan's issue date after an amendment signed off here, else the
    /// plan's issue date (a plan amended before the service held it is dated by the register's issue date).
    /// </summary>
    public DateOnly? InForceSince => AmendedOn ?? IssuedOn;

    /// <summary>Whether an annual review can be recorded now: an issued plan, not ceased, with no review still open.</summary>
    public bool CanRecordAnnualReview => AnnualReviewRefusal() is null;

    /// <summary>Issued plans whose plan in force (<see cref="InForceSince"/>) was issued from <paramref name="from"/> to <paramref name="to"/>, as a filter the database can run.</summary>
    public static Expression<Func<Plan, bool>> InForceFrom(DateOnly from, DateOnly to) =>
        p => p.Stage != PlanStage.Draft && (p.AmendedOn ?? p.IssuedOn) >= from && (p.AmendedOn ?? p.IssuedOn) <= to;

    /// <summary>What stops an annual review being recorded with its meeting on this date (empty when it may be).</summary>
    public IEnumerable<Problem> AnnualReviewProblems(DateOnly meetingOn, DateOnly today)
    {
        var field = nameof(AnnualReview.MeetingOn);
        if (AnnualReviewRefusal() is { } refusal)
        {
            yield return new(field, refusal);
        }
        else if (meetingOn > today)
        {
            yield return new(field, "The date of the review meeting must be today or in the past");
        }
        else if (LatestReview is { } latest && meetingOn <= latest.MeetingOn)
        {
            yield return new(field, $"The date of the review meeting must be after the last review's meeting, {Day(latest.MeetingOn)}");
        }
        else if (InForceSince is { } issued && meetingOn < issued)
        {
            yield return new(field, $"The date of the review meeting must be on or after the date the plan in force was issued, {Day(issued)}");
        }
    }

    /// <summary>Why the plan cannot have an annual review recorded whatever the date; null when it can.</summary>
    private string? AnnualReviewRefusal() => this switch
    {
        { Stage: PlanStage.Draft } => $"Plan {Reference} is a draft: only an issued plan has an annual review",
        { CeasedOn: { } ceased } => $"Plan {Reference} ceased on {Day(ceased)}: a plan that has ceased is not reviewed",
        { LatestReview: { AwaitsDecision: true } open } =>
            $"The review of {Day(open.MeetingOn)} is waiting for the authority's decision: record it before the next review",
        { LatestReview: { IsAmending: true } open } =>
            $"The amended plan from the review of {Day(open.MeetingOn)} is not yet issued: sign it off before the next review",
        _ => null,
    };

    /// <summary>
    /// Records an annual review of the issued plan, held on <paramref name="meetingOn"/>: the authority's decision is then
    /// due within 4 weeks. Refused for a draft, a ceased plan, while an earlier review is open, or with a meeting date to come.
    /// </summary>
    public AnnualReview StartAnnualReview(DateOnly meetingOn, string byUserId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        DomainRuleException.ThrowIfAny(AnnualReviewProblems(meetingOn, ServiceCalendar.DateOf(at)));
        var review = new AnnualReview(_reviews.Count == 0 ? 1 : _reviews.Max(r => r.Number) + 1, meetingOn, byUserId, at);
        _reviews.Add(review);
        LastReviewedOn = meetingOn;
        Touch(byUserId, at);
        _events.Add(new PlanEvent(PlanEventKind.ReviewMeetingRecorded, null, byUserId, at,
            $"Annual review meeting held on {Day(meetingOn)}: the decision is due by {Day(review.DecisionDueBy)}"));
        return review;
    }

    /// <summary>What stops the latest review's decision being recorded as given (empty when it may be).</summary>
    public IEnumerable<Problem> ReviewDecisionProblems(ReviewDecision decision, DateOnly decidedOn, DateOnly today)
    {
        if (LatestReview is not { AwaitsDecision: true } review)
        {
            return [new(nameof(AnnualReview.Decision), $"Plan {Reference} has no annual review waiting for a decision")];
        }

        if (!Enum.IsDefined(decision))
        {
            return [new(nameof(AnnualReview.Decision), "Select the authority's decision")];
        }

        return review.DecisionDateProblems(decidedOn, today);
    }

    /// <summary>
    /// Records the authority's decision after the latest review meeting and the date the family was told. To amend opens
    /// the amended plan's drafting: its drafts go through sign-off, and the amended plan is due within 8 weeks. To cease
    /// records the decision; the plan ceases when its ceasing is recorded (after the family's right to appeal).
    /// </summary>
    public void DecideAnnualReview(ReviewDecision decision, DateOnly decidedOn, string byUserId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        DomainRuleException.ThrowIfAny(ReviewDecisionProblems(decision, decidedOn, ServiceCalendar.DateOf(at)));
        var review = LatestReview!;
        review.Decide(decision, decidedOn, byUserId, at);
        Touch(byUserId, at);
        var late = review.DecisionOnTime(decidedOn) ? string.Empty : $", after its deadline of {Day(review.DecisionDueBy)}";
        var next = decision == ReviewDecision.Amend ? $"; the amended plan is due by {Day(review.AmendmentDueBy!.Value)}" : string.Empty;
        _events.Add(new PlanEvent(PlanEventKind.ReviewDecided, null, byUserId, at,
            $"Annual review of {Day(review.MeetingOn)} decided on {Day(decidedOn)}{late}: {review.Decision!.Value.Name().ToLowerInvariant()}{next}"));
    }

    /// <summary>Issues the amended plan after sign-off of its draft: the plan is then amended, and the review finished.</summary>
    private void IssueAmendment(AnnualReview review, string byUserId, DateTimeOffset at)
    {
        var today = ServiceCalendar.DateOf(at);
        review.AmendedPlanIssued(today);
        Stage = PlanStage.Amended;
        AmendedOn = today;
        Touch(byUserId, at);
        var late = review.AmendmentOnTime(today) == false ? $", after its deadline of {Day(review.AmendmentDueBy!.Value)}" : string.Empty;
        _events.Add(new PlanEvent(PlanEventKind.Amended, CurrentVersion?.Number, byUserId, at,
            $"Amended plan issued after the annual review of {Day(review.MeetingOn)}{late}"));
    }
}
