using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Plans;

/// <summary>Which grading a person could start on a draft now: one rule for the workflow and the pages.</summary>
public sealed class NextGrading
{
    private static readonly Domain.Frameworks.FrameworkVersion Framework = FrameworkBuilder.Complete().BuildPublished();

    [Fact]
    public void NewDraft_OffersSignOffToTheLocalityManager_AndNothingToItsCaseworker()
    {
        var plan = SignOffSteps.PlanWithDraft(DraftStatus.AwaitingSignOff, Framework);

        Assert.Equal(GradingPurpose.SignOff, plan.NextGradingFor(People.Manager));
        Assert.Null(plan.NextGradingFor(People.PlanCaseworker));
        Assert.Null(plan.NextGradingFor(People.ManagerElsewhere));
    }

    [Fact]
    public void BelowGood_OffersTheSecondOpinionToAnotherManager_NotTheFirstGrader()
    {
        var plan = SignOffSteps.PlanWithDraft(DraftStatus.AwaitingSecondOpinion, Framework);

        Assert.Equal(GradingPurpose.SecondOpinion, plan.NextGradingFor(People.SecondManager));
        Assert.Null(plan.NextGradingFor(People.Manager));
    }

    [Fact]
    public void Agreement_IsOfferedOnce_AndASecondStartIsRefused()
    {
        var plan = SignOffSteps.PlanWithDraft(DraftStatus.AwaitingAgreement, Framework);
        var first = People.Manager;
        var second = People.SecondManager;
        Assert.Null(plan.NextGradingFor(People.ThirdManager));

        Assert.Equal(GradingPurpose.SignOffAgreement, plan.NextGradingFor(first));
        plan.StartGrading(first, Framework, PlanData.Now);

        Assert.Null(plan.NextGradingFor(second));
        var refused = Assert.Throws<DomainRuleException>(() => plan.StartGrading(second, Framework, PlanData.Now));
        Assert.Contains("already being recorded", refused.Message, StringComparison.Ordinal);
    }
}
