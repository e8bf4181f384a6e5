using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Reviews;

/// <summary>An amendment being drafted is live work, at the same points of writing as a new plan, until it is issued.</summary>
public sealed class AmendmentProgress
{
    private readonly FrameworkVersion _framework = FrameworkBuilder.Complete().BuildPublished();

    [Fact]
    public void AnIssuedPlanWithAReviewAwaitingItsDecision_IsIssued()
    {
        var plan = ReviewSteps.Reviewed();

        Assert.Equal([PlanProgress.Issued], ProgressOf(plan));
        Assert.False(Matches(plan, PlanProgresses.Live));
    }

    [Fact]
    public void TheAmendment_GoesNotSent_WithSignOff_Returned_ThenIssued()
    {
        var plan = ReviewSteps.BeingAmended();
        Assert.Equal([PlanProgress.NotSent], ProgressOf(plan));
        Assert.True(Matches(plan, PlanProgresses.Live));
        Assert.True(Matches(plan, PlanProgresses.WaitingForItsCaseworker));

        plan.Resubmit(ReviewSteps.DecidedAt);
        Assert.Equal([PlanProgress.WithSignOff], ProgressOf(plan));
        Assert.False(Matches(plan, PlanProgresses.WaitingForItsCaseworker));

        plan.MakeReadyForDecision(_framework, Grade.RequiresImprovement);
        plan.Return(People.Manager, null, ReviewSteps.DecidedAt);
        Assert.Equal([PlanProgress.Returned], ProgressOf(plan));
        Assert.True(Matches(plan, PlanProgresses.WaitingForItsCaseworker));

        plan.Resubmit(ReviewSteps.DecidedAt);
        plan.MakeReadyForDecision(_framework, Grade.Good);
        plan.SignOff(People.Manager, null, ReviewSteps.DecidedAt);
        Assert.Equal([PlanProgress.Issued], ProgressOf(plan));
        Assert.False(Matches(plan, PlanProgresses.Live));
    }

    [Fact]
    public void AnAmendmentOfAPlanWhoseTextWasBroughtIn_IsNotSentUntilADraftIs()
    {
        var plan = ReviewSteps.IssuedPlan();
        plan.BringInIssuedText(SignOffSteps.DraftText(), null, "qa-lead", ReviewSteps.RecordedAt);
        plan.StartAnnualReview(ReviewSteps.MeetingOn, PlanData.CaseworkerId, ReviewSteps.RecordedAt);
        plan.DecideAnnualReview(ReviewDecision.Amend, ReviewSteps.DecidedOn, "manager-1", ReviewSteps.DecidedAt);

        Assert.Equal([PlanProgress.NotSent], ProgressOf(plan));
    }

    private static List<PlanProgress> ProgressOf(Plan plan) =>
        Enum.GetValues<PlanProgress>().Where(p => Matches(plan, PlanProgresses.Is(p))).ToList();

    private static bool Matches(Plan plan, System.Linq.Expressions.Expression<Func<Plan, bool>> filter) => new[] { plan }.AsQueryable().Any(filter);
}
