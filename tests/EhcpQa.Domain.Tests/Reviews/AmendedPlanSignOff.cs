using EhcpQa.Domain.Dashboards;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Reviews;

/// <summary>An amended plan is drafted as new versions that go through the same sign-off loop as a new plan, then issued as amended.</summary>
public sealed class AmendedPlanSignOff
{
    private static readonly DateTimeOffset SignedOffAt = new(2027, 7, 20, 11, 0, 0, TimeSpan.Zero);

    private readonly FrameworkVersion _framework = FrameworkBuilder.Complete().BuildPublished();

    [Fact]
    public void TheAmendedDraft_IsAVersionOfTheReview_ForTheAmendedPlan()
    {
        var plan = ReviewSteps.BeingAmended();

        var draft = plan.Resubmit(ReviewSteps.DecidedAt);

        Assert.Equal(1, draft.ReviewNumber);
        Assert.Equal(PlanKind.Amended, draft.Kind);
        Assert.Equal(DraftStatus.AwaitingSignOff, draft.Status);
        Assert.Equal("Draft of the amended plan submitted for sign-off", plan.Events[^1].Detail);
    }

    [Fact]
    public void ReturnedAndResubmitted_ThenSignedOff_IssuesTheAmendedPlan()
    {
        var plan = ReviewSteps.BeingAmended();
        plan.Resubmit(ReviewSteps.DecidedAt);
        plan.MakeReadyForDecision(_framework, Grade.RequiresImprovement);
        plan.Return(People.Manager, "Section F needs the new provision", ReviewSteps.DecidedAt);
        var second = plan.Resubmit(ReviewSteps.DecidedAt);
        plan.MakeReadyForDecision(_framework, Grade.Good);

        plan.SignOff(People.Manager, null, SignedOffAt);

        Assert.Equal(PlanStage.Amended, plan.Stage);
        Assert.Equal(new DateOnly(2027, 7, 20), plan.AmendedOn);
        Assert.Equal(new DateOnly(2027, 7, 20), plan.InForceSince);
        Assert.Equal(ReviewSteps.IssuedOn, plan.IssuedOn);
        Assert.Equal(new DateOnly(2027, 7, 20), plan.LatestReview!.AmendedPlanIssuedOn);
        Assert.True(plan.LatestReview!.AmendmentOnTime(new DateOnly(2027, 7, 20)));
        Assert.False(plan.IsBeingDrafted);
        Assert.Null(plan.AmendingReview);
        Assert.Same(second, plan.FinalVersion);
        Assert.Same(second, plan.SignedOffVersion);
        Assert.Equal(PlanKind.Amended, plan.Kind);
        Assert.Equal(PlanEventKind.Amended, plan.Events[^1].Kind);
        Assert.Equal("Amended plan issued after the annual review of 12 May 2027", plan.Events[^1].Detail);
        Assert.True(plan.WasRegraded);
    }

    [Fact]
    public void TheAmendmentsGrades_AreCountedAsAmendedPlans_AndItsFirstDraftIsNoRegrade()
    {
        var plan = ReviewSteps.BeingAmended();
        plan.Resubmit(ReviewSteps.DecidedAt);

        plan.MakeReadyForDecision(_framework, Grade.Good);

        var assured = Assert.Single(plan.AssuredGrades);
        Assert.Equal(PlanKind.Amended, assured.Kind);
        Assert.Equal(AssuranceLevel.SignOff, assured.Level);
        Assert.False(assured.Regraded);
        Assert.Equal(PlanKind.Amended, assured.ToAssuredGrading().Kind);
        Assert.False(plan.WasRegraded);
    }

    [Fact]
    public void ANewPlansGrades_AreCountedAsNewPlans()
    {
        var plan = SignOffSteps.PlanWithDraft(DraftStatus.SignedOff, _framework);

        Assert.Equal(PlanKind.New, Assert.Single(plan.AssuredGrades).Kind);
        Assert.Null(plan.CurrentVersion!.ReviewNumber);
        Assert.Equal(PlanKind.New, plan.Kind);
    }

    [Fact]
    public void AnAmendedPlanIssuedLate_IsRecordedAsLate()
    {
        var plan = ReviewSteps.BeingAmended();
        plan.Resubmit(ReviewSteps.DecidedAt);
        plan.MakeReadyForDecision(_framework, Grade.Good);

        plan.SignOff(People.Manager, null, new DateTimeOffset(2027, 7, 28, 9, 0, 0, TimeSpan.Zero));

        Assert.False(plan.LatestReview!.AmendmentOnTime(new DateOnly(2027, 7, 28)));
        Assert.Contains("after its deadline of 27 July 2027", plan.Events[^1].Detail);
    }

    [Fact]
    public void AnIssuedPlanWithNoDecisionToAmend_TakesNoDraft()
    {
        foreach (var plan in new[] { ReviewSteps.IssuedPlan(), ReviewSteps.Reviewed() })
        {
            Assert.False(plan.IsBeingDrafted);
            Assert.Throws<DomainRuleException>(() => plan.Resubmit(ReviewSteps.DecidedAt));
            Assert.Empty(plan.Versions);
        }
    }

    [Fact]
    public void WhileTheAmendmentIsDrafted_NoIssuedTextIsBroughtIn()
    {
        var plan = ReviewSteps.BeingAmended();

        Assert.Contains("amended plan from the annual review of 12 May 2027 is being drafted", plan.WhyNotBringInIssuedText());
        Assert.Throws<DomainRuleException>(() => plan.BringInIssuedText(SignOffSteps.DraftText(), null, "qa-lead", ReviewSteps.DecidedAt));
    }

    [Fact]
    public void TheTextOfAPlanAmendedBeforeTheService_IsOfAnAmendedPlan()
    {
        var plan = ReviewSteps.IssuedPlan(PlanStage.Amended);

        var text = plan.BringInIssuedText(SignOffSteps.DraftText(), null, "qa-lead", ReviewSteps.RecordedAt);

        Assert.Equal(PlanKind.Amended, text.Kind);
        Assert.Null(text.ReviewNumber);
    }
}
