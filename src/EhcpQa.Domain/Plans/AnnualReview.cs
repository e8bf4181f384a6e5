namespace EhcpQa.Domain.Plans;

/// <summary>What the authority decided after an annual review meeting: keep the plan as it is, amend it, or cease it.</summary>
public enum ReviewDecision
{
    /// <summary>Keep the plan as it is.</summary>
    Maintain = 1,

    /// <summary>Amend the plan: an amended plan is drafted and goes through sign-off like a new one.</summary>
    Amend,

    /// <summary>Cease to maintain the plan.</summary>
    Cease,
}

/// <summary>Whether a plan's text is of a new plan or of a plan amended after an annual review: every figure can be split by it.</summary>
public enum PlanKind
{
    New = 1,
    Amended,
}

public static class ReviewDecisionNames
{
    public static string Name(this ReviewDecision decision) => decision switch
    {
        ReviewDecision.Maintain => "Keep the plan as it is",
        ReviewDecision.Amend => "Amend the plan",
        ReviewDecision.Cease => "Cease to maintain the plan",
        _ => decision.ToString(),
    };

    public static string Name(this PlanKind kind) => kind switch
    {
        PlanKind.New => "New plans",
        PlanKind.Amended => "Amended plans",
        _ => kind.ToString(),
    };
}

/// <summary>
/// One annual review of an issued plan: the date of the review meeting, the authority's decision (due within
/// <see cref="DecisionWeeks"/> weeks of the meeting) and, where it amends the plan, the amended plan's issue (due within
/// <see cref="AmendmentWeeks"/> weeks of the decision being sent to the family). Created and moved on only by the plan.
/// </summary>
public sealed class AnnualReview
{
    /// <summary>The authority tells the family within 4 weeks of the review meeting whether it keeps, amends or ceases the plan.</summary>
    public const int DecisionWeeks = 4;

    /// <summary>An amended plan is issued within 8 weeks of the authority sending the family its proposed amendments.</summary>
    public const int AmendmentWeeks = 8;

    private AnnualReview()
    {
        StartedById = string.Empty;
    }

    internal AnnualReview(int number, DateOnly meetingOn, string byUserId, DateTimeOffset at)
    {
        Number = number;
        MeetingOn = meetingOn;
        StartedById = byUserId;
        StartedAt = at;
    }

    public int Id { get; private set; }

    public int PlanId { get; private set; }

    /// <summary>1 for the plan's first review in the service, 2 for the next, and so on.</summary>
    public int Number { get; private set; }

    /// <summary>The date of the review meeting.</summary>
    public DateOnly MeetingOn { get; private set; }

    /// <summary>The last day for the authority's decision: 4 weeks from the meeting.</summary>
    public DateOnly DecisionDueBy => DecisionDueFrom(MeetingOn);

    public ReviewDecision? Decision { get; private set; }

    /// <summary>The date the authority told the family its decision.</summary>
    public DateOnly? DecidedOn { get; private set; }

    public string? DecidedById { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>Where the review amends the plan, the last day for issuing the amended plan: 8 weeks from the decision.</summary>
    public DateOnly? AmendmentDueBy => Decision == ReviewDecision.Amend && DecidedOn is { } decided ? AmendmentDueFrom(decided) : null;

    /// <summary>The date the amended plan was issued (its draft signed off in the service).</summary>
    public DateOnly? AmendedPlanIssuedOn { get; private set; }

    public string StartedById { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    /// <summary>Whether the decision is still to be made.</summary>
    public bool AwaitsDecision => Decision is null;

    /// <summary>Whether the review decided to amend the plan and the amended plan is not yet issued: its draft is being written.</summary>
    public bool IsAmending => Decision == ReviewDecision.Amend && AmendedPlanIssuedOn is null;

    /// <summary>Whether the review's work is not finished: its decision awaited, or its amended plan not yet issued.</summary>
    public bool IsOpen => AwaitsDecision || IsAmending;

    /// <summary>Whether the decision was (or, while awaited, can still be) made by its deadline.</summary>
    public bool DecisionOnTime(DateOnly today) => IsDecisionOnTime(MeetingOn, DecidedOn ?? today);

    /// <summary>Whether the amended plan was (or, while awaited, can still be) issued by its deadline; null when the review does not amend.</summary>
    public bool? AmendmentOnTime(DateOnly today) =>
        Decision == ReviewDecision.Amend && DecidedOn is { } decided ? IsAmendmentOnTime(decided, AmendedPlanIssuedOn ?? today) : null;

    /// <summary>The last day for the authority's decision after a review meeting held on <paramref name="meetingOn"/>: 4 weeks on.</summary>
    public static DateOnly DecisionDueFrom(DateOnly meetingOn) => meetingOn.AddDays(DecisionWeeks * 7);

    /// <summary>The last day for the amended plan after a decision to amend sent on <paramref name="decidedOn"/>: 8 weeks on.</summary>
    public static DateOnly AmendmentDueFrom(DateOnly decidedOn) => decidedOn.AddDays(AmendmentWeeks * 7);

    /// <summary>Whether a decision sent on <paramref name="decidedOn"/> after a meeting on <paramref name="meetingOn"/> met its deadline (the last day included).</summary>
    public static bool IsDecisionOnTime(DateOnly meetingOn, DateOnly decidedOn) => decidedOn <= DecisionDueFrom(meetingOn);

    /// <summary>Whether an amended plan issued on <paramref name="issuedOn"/> after a decision to amend sent on <paramref name="decidedOn"/> met its deadline.</summary>
    public static bool IsAmendmentOnTime(DateOnly decidedOn, DateOnly issuedOn) => issuedOn <= AmendmentDueFrom(decidedOn);

    /// <summary>The deadline the review's open work is due by: the decision's, then the amended plan's; null once finished.</summary>
    public DateOnly? NextDeadline => AwaitsDecision ? DecisionDueBy : IsAmending ? AmendmentDueBy : null;

    /// <summary>What is wrong with the date the authority told the family its decision (empty when it may be recorded).</summary>
    internal IEnumerable<Problem> DecisionDateProblems(DateOnly decidedOn, DateOnly today)
    {
        if (decidedOn > today)
        {
            yield return new(nameof(DecidedOn), "The date of the decision must be today or in the past");
        }
        else if (decidedOn < MeetingOn)
        {
            yield return new(nameof(DecidedOn), $"The date of the decision must be on or after the review meeting, {MeetingOn.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}");
        }
    }

    internal void Decide(ReviewDecision decision, DateOnly decidedOn, string byUserId, DateTimeOffset at)
    {
        Decision = decision;
        DecidedOn = decidedOn;
        DecidedById = byUserId;
        DecidedAt = at;
    }

    internal void AmendedPlanIssued(DateOnly on) => AmendedPlanIssuedOn = on;
}
