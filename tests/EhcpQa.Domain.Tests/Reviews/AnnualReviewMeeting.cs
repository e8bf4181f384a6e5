using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Reviews;

/// <summary>An issued plan's annual review meeting is recorded, and the authority's decision is then due within 4 weeks.</summary>
public sealed class AnnualReviewMeeting
{
    [Fact]
    public void RecordingTheMeeting_SetsTheDecisionDeadlineFourWeeksOn()
    {
        var plan = ReviewSteps.IssuedPlan();

        var review = plan.StartAnnualReview(ReviewSteps.MeetingOn, "caseworker-1", ReviewSteps.RecordedAt);

        Assert.Equal(1, review.Number);
        Assert.Equal(new DateOnly(2027, 6, 9), review.DecisionDueBy);
        Assert.True(review.AwaitsDecision);
        Assert.True(review.IsOpen);
        Assert.Equal(ReviewSteps.MeetingOn, plan.LastReviewedOn);
        Assert.Equal(review.DecisionDueBy, review.NextDeadline);
        Assert.False(plan.IsBeingDrafted);
        Assert.False(plan.CanRecordAnnualReview);
        var recorded = plan.Events[^1];
        Assert.Equal(PlanEventKind.ReviewMeetingRecorded, recorded.Kind);
        Assert.Equal("caseworker-1", recorded.ActorId);
        Assert.Equal(ReviewSteps.RecordedAt, recorded.At);
        Assert.Equal("Annual review meeting held on 12 May 2027: the decision is due by 9 June 2027", recorded.Detail);
    }

    [Fact]
    public void TheNextReview_IsNumberedOn_OnceTheLastIsDecided()
    {
        var plan = ReviewSteps.Reviewed();
        plan.DecideAnnualReview(ReviewDecision.Maintain, ReviewSteps.DecidedOn, "manager-1", ReviewSteps.DecidedAt);

        var next = plan.StartAnnualReview(new DateOnly(2028, 5, 10), "caseworker-1", new DateTimeOffset(2028, 5, 11, 9, 0, 0, TimeSpan.Zero));

        Assert.Equal(2, next.Number);
        Assert.Same(next, plan.LatestReview);
        Assert.Equal(2, plan.Reviews.Count);
    }

    [Fact]
    public void ADraftPlan_HasNoReview()
    {
        var plan = PlanData.Register();

        Assert.False(plan.CanRecordAnnualReview);
        var problem = Assert.Single(plan.AnnualReviewProblems(PlanData.Today, PlanData.Today));
        Assert.Equal("MeetingOn", problem.Field);
        Assert.Throws<DomainRuleException>(() => plan.StartAnnualReview(PlanData.Today, "caseworker-1", PlanData.Now));
        Assert.Empty(plan.Reviews);
    }

    [Fact]
    public void ACeasedPlan_IsNotReviewed()
    {
        var plan = ReviewSteps.IssuedPlan();
        plan.Cease(new DateOnly(2027, 1, 10), "manager-1", new DateTimeOffset(2027, 1, 11, 9, 0, 0, TimeSpan.Zero));

        Assert.Contains("ceased on 10 January 2027", Assert.Single(plan.AnnualReviewProblems(ReviewSteps.MeetingOn, ReviewSteps.MeetingOn)).Message);
    }

    [Theory]
    [InlineData("2027-05-14", "today or in the past")]
    [InlineData("2026-05-19", "on or after the date the plan in force was issued, 20 May 2026")]
    public void AMeetingDateOutsideThePlansLife_IsRefused(string meetingOn, string expected)
    {
        var plan = ReviewSteps.IssuedPlan();

        var problem = Assert.Single(plan.AnnualReviewProblems(DateOnly.Parse(meetingOn, System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2027, 5, 13)));

        Assert.Contains(expected, problem.Message);
        Assert.True(plan.CanRecordAnnualReview);
    }

    [Fact]
    public void AReviewWaitingForItsDecision_StopsTheNext()
    {
        var plan = ReviewSteps.Reviewed();

        var problem = Assert.Single(plan.AnnualReviewProblems(new DateOnly(2027, 6, 1), new DateOnly(2027, 6, 1)));

        Assert.Contains("waiting for the authority's decision", problem.Message);
    }

    [Fact]
    public void AnAmendmentNotYetIssued_StopsTheNext()
    {
        var plan = ReviewSteps.BeingAmended();

        var problem = Assert.Single(plan.AnnualReviewProblems(new DateOnly(2027, 6, 2), new DateOnly(2027, 6, 2)));

        Assert.Contains("amended plan from the review of 12 May 2027 is not yet issued", problem.Message);
    }

    [Fact]
    public void AMeetingNoLaterThanTheLast_IsRefused()
    {
        var plan = ReviewSteps.Reviewed();
        plan.DecideAnnualReview(ReviewDecision.Maintain, ReviewSteps.DecidedOn, "manager-1", ReviewSteps.DecidedAt);

        var problem = Assert.Single(plan.AnnualReviewProblems(ReviewSteps.MeetingOn, new DateOnly(2027, 7, 1)));

        Assert.Contains("after the last review's meeting, 12 May 2027", problem.Message);
    }
}
