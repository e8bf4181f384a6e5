using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Plans;

/// <summary>Only a submitted grading of the current draft, of the purpose its status awaits, moves sign-off on.</summary>
public class GradingSubmittedRefusal
{
    private readonly FrameworkVersion _framework = FrameworkBuilder.Complete().BuildPublished();

    [Fact]
    public void GradingOfAnEarlierVersion_IsRefused()
    {
        // Versions get ids as a database would give them, so the gradings can tell them apart.
        var plan = SignOffSteps.SubmittedPlan();
        Ids.Assign(plan.CurrentVersion!, 1);
        var ofVersion1 = plan.GradeCurrentDraft(People.Manager, _framework, Grade.Good);
        plan.Return(People.Manager, null, PlanData.Now);
        Ids.Assign(plan.Resubmit(), 2);
        var ofVersion2 = plan.StartGrading(People.Manager, _framework, PlanData.Now);
        var eventsBefore = plan.Events.Count;

        var thrown = Assert.Throws<DomainRuleException>(() => plan.GradingSubmitted(ofVersion1));

        Assert.Equal("Only a submitted grading of the current draft moves sign-off on.", thrown.Message);
        Assert.Equal(1, ofVersion1.PlanVersionId);
        Assert.Equal(2, ofVersion2.PlanVersionId);
        Assert.Equal(DraftStatus.BeingGraded, plan.CurrentVersion!.Status);
        Assert.Null(plan.CurrentVersion.DecisiveGrade);
        Assert.Equal(eventsBefore, plan.Events.Count);
    }

    [Fact]
    public void GradingNotSubmitted_IsRefused()
    {
        var plan = SignOffSteps.SubmittedPlan();
        var grading = plan.StartGrading(People.Manager, _framework, PlanData.Now).GradeTo(_framework, Grade.Good);
        var eventsBefore = plan.Events.Count;

        var thrown = Assert.Throws<DomainRuleException>(() => plan.GradingSubmitted(grading));

        Assert.Equal("Only a submitted grading of the current draft moves sign-off on.", thrown.Message);
        Assert.Equal(DraftStatus.BeingGraded, plan.CurrentVersion!.Status);
        Assert.Equal(eventsBefore, plan.Events.Count);
    }

    [Fact]
    public void NoDraftSubmitted_IsRefused()
    {
        var plan = PlanData.Register();
        var grading = Gradings.Start(_framework).GradeAndSubmit(_framework, Grade.Good);

        Assert.Throws<DomainRuleException>(() => plan.GradingSubmitted(grading));
        Assert.Single(plan.Events);
    }

    [Theory]
    [InlineData(DraftStatus.BeingGraded, GradingPurpose.SecondOpinion, "being graded", "second opinion")]
    [InlineData(DraftStatus.BeingGraded, GradingPurpose.SignOffAgreement, "being graded", "agreed sign-off grade")]
    [InlineData(DraftStatus.BeingGraded, GradingPurpose.Moderation, "being graded", "moderation")]
    [InlineData(DraftStatus.BeingGraded, GradingPurpose.PanelAgreement, "being graded", "agreed panel grade")]
    [InlineData(DraftStatus.AwaitingSecondOpinion, GradingPurpose.SignOff, "awaiting second opinion", "sign-off grading")]
    [InlineData(DraftStatus.AwaitingSecondOpinion, GradingPurpose.SignOffAgreement, "awaiting second opinion", "agreed sign-off grade")]
    [InlineData(DraftStatus.AwaitingAgreement, GradingPurpose.SignOff, "awaiting agreed grade", "sign-off grading")]
    [InlineData(DraftStatus.AwaitingAgreement, GradingPurpose.SecondOpinion, "awaiting agreed grade", "second opinion")]
    [InlineData(DraftStatus.AwaitingSignOff, GradingPurpose.SignOff, "awaiting sign-off", "sign-off grading")]
    [InlineData(DraftStatus.ReadyForDecision, GradingPurpose.SignOffAgreement, "ready for decision", "agreed sign-off grade")]
    [InlineData(DraftStatus.Returned, GradingPurpose.SignOff, "returned", "sign-off grading")]
    [InlineData(DraftStatus.SignedOff, GradingPurpose.SignOff, "signed off", "sign-off grading")]
    public void PurposeTheStatusDoesNotAwait_IsRefused(DraftStatus status, GradingPurpose purpose, string statusName, string purposeName)
    {
        var plan = SignOffSteps.PlanWithDraft(status, _framework);
        var grading = Grading.Start(plan.Id, plan.CurrentVersion!.Id, purpose, "manager-3", _framework, PlanData.Now, purpose.IsModeration() ? 1 : null)
            .GradeAndSubmit(_framework, Grade.Good);
        var decisiveBefore = plan.CurrentVersion.DecisiveGrade;
        var eventsBefore = plan.Events.Count;

        var thrown = Assert.Throws<DomainRuleException>(() => plan.GradingSubmitted(grading));

        Assert.Equal($"Version 1 is {statusName}: a {purposeName} does not fit.", thrown.Message);
        Assert.Equal(status, plan.CurrentVersion.Status);
        Assert.Equal(decisiveBefore, plan.CurrentVersion.DecisiveGrade);
        Assert.Equal(eventsBefore, plan.Events.Count);
    }

    [Fact]
    public void SameGradingTwice_IsRefusedTheSecondTime()
    {
        var plan = SignOffSteps.SubmittedPlan();
        var grading = plan.GradeCurrentDraft(People.Manager, _framework, Grade.Good);
        var eventsBefore = plan.Events.Count;

        Assert.Throws<DomainRuleException>(() => plan.GradingSubmitted(grading));

        Assert.Equal(DraftStatus.ReadyForDecision, plan.CurrentVersion!.Status);
        Assert.Equal(eventsBefore, plan.Events.Count);
    }
}
