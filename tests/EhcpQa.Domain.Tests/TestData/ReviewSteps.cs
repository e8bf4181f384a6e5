using EhcpQa.Domain.Plans;

namespace EhcpQa.Domain.Tests.TestData;

/// <summary>Takes an issued plan through its annual review: the meeting, the decision, and an amended plan's drafting.</summary>
internal static class ReviewSteps
{
    /// <summary>The day the plan in these tests was issued: 20 May 2026 (the request was on 5 January).</summary>
    public static readonly DateOnly IssuedOn = new(2026, 5, 20);

    /// <summary>The review meeting a year on: Wednesday 12 May 2027.</summary>
    public static readonly DateOnly MeetingOn = new(2027, 5, 12);

    /// <summary>The day after the meeting, 10:00 UTC: when the meeting is recorded.</summary>
    public static readonly DateTimeOffset RecordedAt = new(2027, 5, 13, 10, 0, 0, TimeSpan.Zero);

    /// <summary>The day the family is told the decision: within the 4 weeks.</summary>
    public static readonly DateOnly DecidedOn = new(2027, 6, 1);

    /// <summary>When the decision is recorded.</summary>
    public static readonly DateTimeOffset DecidedAt = new(2027, 6, 1, 15, 0, 0, TimeSpan.Zero);

    /// <summary>A plan registered as final, issued on <see cref="IssuedOn"/>.</summary>
    public static Plan IssuedPlan(PlanStage stage = PlanStage.Final) =>
        Plan.Register(PlanData.Details(), stage, PlanData.RegisteredBy, new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero), IssuedOn);

    /// <summary>An issued plan whose review meeting on <see cref="MeetingOn"/> is recorded.</summary>
    public static Plan Reviewed()
    {
        var plan = IssuedPlan();
        plan.StartAnnualReview(MeetingOn, PlanData.CaseworkerId, RecordedAt);
        return plan;
    }

    /// <summary>An issued plan reviewed on <see cref="MeetingOn"/> with the decision to amend it, told on <see cref="DecidedOn"/>.</summary>
    public static Plan BeingAmended()
    {
        var plan = Reviewed();
        plan.DecideAnnualReview(ReviewDecision.Amend, DecidedOn, PlanData.RegisteredBy, DecidedAt);
        return plan;
    }
}
