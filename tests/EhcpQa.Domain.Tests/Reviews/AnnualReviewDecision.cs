using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Reviews;

/// <summary>The authority's decision after a review meeting: keep, amend or cease, with who, when and whether it was on time.</summary>
public sealed class AnnualReviewDecision
{
    [Fact]
    public void KeepingThePlan_FinishesTheReview()
    {
        var plan = ReviewSteps.Reviewed();

        plan.DecideAnnualReview(ReviewDecision.Maintain, ReviewSteps.DecidedOn, "manager-1", ReviewSteps.DecidedAt);

        var review = plan.LatestReview!;
        Assert.Equal(ReviewDecision.Maintain, review.Decision);
        Assert.Equal(ReviewSteps.DecidedOn, review.DecidedOn);
        Assert.Equal("manager-1", review.DecidedById);
        Assert.Equal(ReviewSteps.DecidedAt, review.DecidedAt);
        Assert.False(review.IsOpen);
        Assert.Null(review.AmendmentDueBy);
        Assert.Null(review.NextDeadline);
        Assert.True(review.DecisionOnTime(new DateOnly(2030, 1, 1)));
        Assert.False(plan.IsBeingDrafted);
        Assert.True(plan.CanRecordAnnualReview);
        Assert.Equal(PlanEventKind.ReviewDecided, plan.Events[^1].Kind);
        Assert.Equal("Annual review of 12 May 2027 decided on 1 June 2027: keep the plan as it is", plan.Events[^1].Detail);
    }

    [Fact]
    public void AmendingThePlan_OpensItsDrafting_DueEightWeeksFromTheDecision()
    {
        var plan = ReviewSteps.Reviewed();

        plan.DecideAnnualReview(ReviewDecision.Amend, ReviewSteps.DecidedOn, "manager-1", ReviewSteps.DecidedAt);

        var review = plan.LatestReview!;
        Assert.True(review.IsAmending);
        Assert.Equal(new DateOnly(2027, 7, 27), review.AmendmentDueBy);
        Assert.Equal(review.AmendmentDueBy, review.NextDeadline);
        Assert.Same(review, plan.AmendingReview);
        Assert.True(plan.IsBeingDrafted);
        Assert.Equal(PlanStage.Final, plan.Stage);
        Assert.Equal("Annual review of 12 May 2027 decided on 1 June 2027: amend the plan; the amended plan is due by 27 July 2027", plan.Events[^1].Detail);
    }

    [Fact]
    public void CeasingThePlan_IsRecorded_ButThePlanCeasesOnlyWhenItsCeasingIsRecorded()
    {
        var plan = ReviewSteps.Reviewed();

        plan.DecideAnnualReview(ReviewDecision.Cease, ReviewSteps.DecidedOn, "manager-1", ReviewSteps.DecidedAt);

        Assert.Equal(ReviewDecision.Cease, plan.LatestReview!.Decision);
        Assert.False(plan.HasCeased);
        Assert.True(plan.CanCease);
    }

    [Fact]
    public void ADecisionAfterFourWeeks_IsLate()
    {
        var plan = ReviewSteps.Reviewed();
        var late = new DateOnly(2027, 6, 10);

        Assert.True(plan.LatestReview!.DecisionOnTime(new DateOnly(2027, 6, 9)));
        Assert.False(plan.LatestReview!.DecisionOnTime(late));

        plan.DecideAnnualReview(ReviewDecision.Maintain, late, "manager-1", new DateTimeOffset(2027, 6, 10, 9, 0, 0, TimeSpan.Zero));

        Assert.False(plan.LatestReview!.DecisionOnTime(new DateOnly(2027, 6, 10)));
        Assert.Contains("after its deadline of 9 June 2027", plan.Events[^1].Detail);
    }

    [Theory]
    [InlineData("2027-05-11", "on or after the review meeting, 12 May 2027")]
    [InlineData("2027-06-02", "today or in the past")]
    public void ADecisionDateOutsideTheReview_IsRefused(string decidedOn, string expected)
    {
        var plan = ReviewSteps.Reviewed();

        var problem = Assert.Single(plan.ReviewDecisionProblems(ReviewDecision.Amend, DateOnly.Parse(decidedOn, System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2027, 6, 1)));

        Assert.Equal("DecidedOn", problem.Field);
        Assert.Contains(expected, problem.Message);
    }

    [Fact]
    public void WithNoReviewWaiting_ADecisionIsRefused()
    {
        var plan = ReviewSteps.IssuedPlan();

        Assert.Throws<DomainRuleException>(() => plan.DecideAnnualReview(ReviewDecision.Maintain, ReviewSteps.DecidedOn, "manager-1", ReviewSteps.DecidedAt));

        var decided = ReviewSteps.Reviewed();
        decided.DecideAnnualReview(ReviewDecision.Maintain, ReviewSteps.DecidedOn, "manager-1", ReviewSteps.DecidedAt);
        Assert.Equal("Decision", Assert.Single(decided.ReviewDecisionProblems(ReviewDecision.Amend, ReviewSteps.DecidedOn, ReviewSteps.DecidedOn)).Field);
    }

    [Fact]
    public void ADecisionThatIsNoneOfTheThree_IsRefused()
    {
        var plan = ReviewSteps.Reviewed();

        Assert.Equal("Select the authority's decision", Assert.Single(plan.ReviewDecisionProblems((ReviewDecision)9, ReviewSteps.DecidedOn, ReviewSteps.DecidedOn)).Message);
    }
}
