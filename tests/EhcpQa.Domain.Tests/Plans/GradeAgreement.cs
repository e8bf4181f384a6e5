using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Plans;

/// <summary>After a second opinion the two graders agree a grade, which one of them records.</summary>
public class GradeAgreement
{
    private static readonly DateTimeOffset AgreedAt = PlanData.Now.AddDays(4);

    private readonly FrameworkVersion _framework = FrameworkBuilder.Complete().BuildPublished();

    [Fact]
    public void ByTheFirstGrader_IsAccepted()
    {
        var plan = SignOffSteps.PlanWithDraft(DraftStatus.AwaitingAgreement, _framework);

        var grading = plan.StartGrading(People.Manager, _framework, AgreedAt);

        Assert.Equal(GradingPurpose.SignOffAgreement, grading.Purpose);
        Assert.Equal("manager-1", grading.GraderId);
        Assert.Equal("Agreed sign-off grade started", plan.Events[^1].Detail);
    }

    [Fact]
    public void ByTheSecondGrader_IsAccepted()
    {
        var plan = SignOffSteps.PlanWithDraft(DraftStatus.AwaitingAgreement, _framework);

        var grading = plan.StartGrading(People.SecondManager, _framework, AgreedAt);

        Assert.Equal(GradingPurpose.SignOffAgreement, grading.Purpose);
        Assert.Equal("manager-2", grading.GraderId);
    }

    [Fact]
    public void BySomeoneWhoDidNotGrade_IsRefused()
    {
        var plan = SignOffSteps.PlanWithDraft(DraftStatus.AwaitingAgreement, _framework);
        var eventsBefore = plan.Events.Count;

        var byManager = Assert.Throws<DomainRuleException>(() => plan.StartGrading(People.ThirdManager, _framework, AgreedAt));
        var byQaLead = Assert.Throws<DomainRuleException>(() => plan.StartGrading(People.QaLead(), _framework, AgreedAt));

        Assert.Equal("The agreed grade is recorded by one of the two graders.", byManager.Message);
        Assert.Equal(byManager.Message, byQaLead.Message);
        Assert.Equal(DraftStatus.AwaitingAgreement, plan.CurrentVersion!.Status);
        Assert.Equal(eventsBefore, plan.Events.Count);
    }

    [Fact]
    public void AgreedGood_IsReadyForDecisionAtTheAgreedGrade()
    {
        var plan = SignOffSteps.PlanWithDraft(DraftStatus.AwaitingAgreement, _framework);

        plan.GradeCurrentDraft(People.Manager, _framework, Grade.Good, AgreedAt);

        Assert.Equal(DraftStatus.ReadyForDecision, plan.CurrentVersion!.Status);
        Assert.Equal(Grade.Good, plan.CurrentVersion.DecisiveGrade);
        Assert.Equal("Agreed sign-off grade: overall 2 Good", plan.Events[^1].Detail);
        Assert.Equal(AgreedAt, plan.Events[^1].At);
    }

    [Fact]
    public void AgreedRequiresImprovement_IsReadyForDecisionAtThatGrade()
    {
        var plan = SignOffSteps.PlanWithDraft(DraftStatus.AwaitingAgreement, _framework);

        plan.GradeCurrentDraft(People.SecondManager, _framework, Grade.RequiresImprovement, AgreedAt);

        Assert.Equal(DraftStatus.ReadyForDecision, plan.CurrentVersion!.Status);
        Assert.Equal(Grade.RequiresImprovement, plan.CurrentVersion.DecisiveGrade);
    }

    [Fact]
    public void AgreedGrade_ReplacesTheFirstGrade()
    {
        var plan = SignOffSteps.SubmittedPlan();
        plan.GradeCurrentDraft(People.Manager, _framework, Grade.Inadequate);
        plan.GradeCurrentDraft(People.SecondManager, _framework, Grade.Good);

        plan.GradeCurrentDraft(People.Manager, _framework, Grade.Good, AgreedAt);

        Assert.Equal(Grade.Good, plan.CurrentVersion!.DecisiveGrade);
    }

    [Fact]
    public void SecondAgreement_IsRefusedOnceOneIsIn()
    {
        var plan = SignOffSteps.PlanWithDraft(DraftStatus.AwaitingAgreement, _framework);
        var byFirst = plan.StartGrading(People.Manager, _framework, AgreedAt).GradeAndSubmit(_framework, Grade.Good, AgreedAt);

        // Only one agreed grade is recorded: the other grader cannot start a second one.
        Assert.Throws<DomainRuleException>(() => plan.StartGrading(People.SecondManager, _framework, AgreedAt));
        plan.GradingSubmitted(byFirst);

        Assert.Equal(Grade.Good, plan.CurrentVersion!.DecisiveGrade);
    }
}
