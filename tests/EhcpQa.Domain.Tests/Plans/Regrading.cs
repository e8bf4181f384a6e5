using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Plans;

/// <summary>A plan was re-graded when a returned draft was followed by a later version that got a decisive grade.</summary>
public class Regrading
{
    private readonly FrameworkVersion _framework = FrameworkBuilder.Complete().BuildPublished();

    [Fact]
    public void NewPlan_WasNotRegraded()
    {
        Assert.False(PlanData.Register().WasRegraded);
    }

    [Theory]
    [InlineData(DraftStatus.AwaitingSignOff)]
    [InlineData(DraftStatus.AwaitingSecondOpinion)]
    [InlineData(DraftStatus.ReadyForDecision)]
    [InlineData(DraftStatus.Returned)]
    [InlineData(DraftStatus.SignedOff)]
    public void OnlyTheFirstVersion_WasNotRegraded(DraftStatus status)
    {
        var plan = SignOffSteps.PlanWithDraft(status, _framework);

        Assert.False(plan.WasRegraded);
    }

    [Fact]
    public void SecondVersionSubmittedButNotGraded_WasNotRegraded()
    {
        var plan = SignOffSteps.PlanWithDraft(DraftStatus.Returned, _framework);
        plan.Resubmit();
        plan.StartGrading(People.Manager, _framework, PlanData.Now);

        Assert.False(plan.WasRegraded);
    }

    [Fact]
    public void SecondVersionAwaitingASecondOpinion_WasNotYetRegraded()
    {
        var plan = SignOffSteps.PlanWithDraft(DraftStatus.Returned, _framework);
        plan.Resubmit();
        plan.GradeCurrentDraft(People.Manager, _framework, Grade.RequiresImprovement);

        Assert.False(plan.WasRegraded);
        plan.GradeCurrentDraft(People.SecondManager, _framework, Grade.RequiresImprovement);
        Assert.False(plan.WasRegraded);
    }

    [Fact]
    public void SecondVersionGradedGood_WasRegraded()
    {
        var plan = SignOffSteps.PlanWithDraft(DraftStatus.Returned, _framework);
        plan.Resubmit();

        plan.GradeCurrentDraft(People.Manager, _framework, Grade.Good);

        Assert.True(plan.WasRegraded);
    }

    [Fact]
    public void SecondVersionWithAnAgreedGrade_WasRegraded()
    {
        var plan = SignOffSteps.PlanWithDraft(DraftStatus.Returned, _framework);
        plan.Resubmit();

        plan.MakeReadyForDecision(_framework, Grade.RequiresImprovement);

        Assert.True(plan.WasRegraded);
    }

    [Fact]
    public void SignedOffAfterAReturn_StaysRegraded()
    {
        var plan = SignOffSteps.PlanWithDraft(DraftStatus.Returned, _framework);
        plan.Resubmit();
        plan.GradeCurrentDraft(People.Manager, _framework, Grade.Good);

        plan.SignOff(People.Manager, null, PlanData.Now);

        Assert.True(plan.WasRegraded);
    }
}
