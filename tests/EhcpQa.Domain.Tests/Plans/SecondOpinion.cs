using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Plans;

/// <summary>A draft graded below Good is graded again, independently, by a second senior officer.</summary>
public class SecondOpinion
{
    private static readonly DateTimeOffset FirstSubmittedAt = PlanData.Now.AddDays(2);
    private static readonly DateTimeOffset SecondStartedAt = PlanData.Now.AddDays(3);

    private readonly FrameworkVersion _framework = FrameworkBuilder.Complete().BuildPublished();

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public void GradedBelowGood_AwaitsASecondOpinion(int value)
    {
        var plan = SignOffSteps.SubmittedPlan();

        plan.GradeCurrentDraft(People.Manager, _framework, Grade.FromValue(value), FirstSubmittedAt);

        Assert.Equal(DraftStatus.AwaitingSecondOpinion, plan.CurrentVersion!.Status);
        Assert.Equal("manager-1", plan.CurrentVersion.FirstGraderId);
        Assert.Null(plan.CurrentVersion.SecondGraderId);
    }

    [Fact]
    public void GradedBelowGood_HasNoDecisiveGradeYet()
    {
        var plan = SignOffSteps.SubmittedPlan();

        plan.GradeCurrentDraft(People.Manager, _framework, Grade.RequiresImprovement, FirstSubmittedAt);

        Assert.Null(plan.CurrentVersion!.DecisiveGrade);
    }

    [Fact]
    public void GradedBelowGood_RecordsTheGradingAndThatASecondOpinionIsNeeded()
    {
        var plan = SignOffSteps.SubmittedPlan();

        plan.GradeCurrentDraft(People.Manager, _framework, Grade.RequiresImprovement, FirstSubmittedAt);

        var (submitted, needed) = (plan.Events[^2], plan.Events[^1]);
        Assert.Equal(PlanEventKind.GradingSubmitted, submitted.Kind);
        Assert.Equal("Sign-off grading: overall 3 Requires improvement", submitted.Detail);
        Assert.Equal(PlanEventKind.SecondOpinionNeeded, needed.Kind);
        Assert.Equal(1, needed.VersionNumber);
        Assert.Equal("manager-1", needed.ActorId);
        Assert.Equal(FirstSubmittedAt, needed.At);
    }

    [Fact]
    public void ByTheFirstGrader_IsRefused()
    {
        var plan = SignOffSteps.PlanWithDraft(DraftStatus.AwaitingSecondOpinion, _framework);
        var eventsBefore = plan.Events.Count;

        var thrown = Assert.Throws<DomainRuleException>(() => plan.StartGrading(People.Manager, _framework, SecondStartedAt));

        Assert.Equal("The second opinion must come from someone other than the first grader.", thrown.Message);
        Assert.Null(plan.CurrentVersion!.SecondGraderId);
        Assert.Equal(DraftStatus.AwaitingSecondOpinion, plan.CurrentVersion.Status);
        Assert.Equal(eventsBefore, plan.Events.Count);
    }

    [Fact]
    public void ByAnotherManagerOfTheLocality_IsAccepted()
    {
        var plan = SignOffSteps.PlanWithDraft(DraftStatus.AwaitingSecondOpinion, _framework);

        var grading = plan.StartGrading(People.SecondManager, _framework, SecondStartedAt);

        Assert.Equal(GradingPurpose.SecondOpinion, grading.Purpose);
        Assert.Equal("manager-2", grading.GraderId);
        Assert.Equal("manager-2", plan.CurrentVersion!.SecondGraderId);
        Assert.Equal(DraftStatus.AwaitingSecondOpinion, plan.CurrentVersion.Status);
        Assert.Equal(PlanEventKind.GradingStarted, plan.Events[^1].Kind);
        Assert.Equal("Second opinion started", plan.Events[^1].Detail);
        Assert.Equal("manager-2", plan.Events[^1].ActorId);
        Assert.Equal(SecondStartedAt, plan.Events[^1].At);
    }

    [Fact]
    public void ByAQaLead_IsAccepted()
    {
        var plan = SignOffSteps.PlanWithDraft(DraftStatus.AwaitingSecondOpinion, _framework);

        var grading = plan.StartGrading(People.QaLead(), _framework, SecondStartedAt);

        Assert.Equal(GradingPurpose.SecondOpinion, grading.Purpose);
        Assert.Equal("qa-lead", plan.CurrentVersion!.SecondGraderId);
    }

    [Fact]
    public void ByAManagerOfAnotherLocality_IsRefused()
    {
        var plan = SignOffSteps.PlanWithDraft(DraftStatus.AwaitingSecondOpinion, _framework);

        Assert.Throws<DomainRuleException>(() => plan.StartGrading(People.ManagerElsewhere, _framework, SecondStartedAt));
        Assert.Null(plan.CurrentVersion!.SecondGraderId);
    }

    [Fact]
    public void OnceStarted_NoOneElseStartsAnother()
    {
        var plan = SignOffSteps.PlanWithDraft(DraftStatus.AwaitingSecondOpinion, _framework);
        plan.StartGrading(People.SecondManager, _framework, SecondStartedAt);

        Assert.Throws<DomainRuleException>(() => plan.StartGrading(People.ThirdManager, _framework, SecondStartedAt));
        Assert.Throws<DomainRuleException>(() => plan.StartGrading(People.SecondManager, _framework, SecondStartedAt));
        Assert.Equal("manager-2", plan.CurrentVersion!.SecondGraderId);
    }

    [Fact]
    public void UnpublishedFramework_IsRefusedAndLeavesTheSecondOpinionOpen()
    {
        var plan = SignOffSteps.PlanWithDraft(DraftStatus.AwaitingSecondOpinion, _framework);

        Assert.Throws<DomainRuleException>(() => plan.StartGrading(People.SecondManager, FrameworkBuilder.Complete().BuildDraft(), SecondStartedAt));

        Assert.Null(plan.CurrentVersion!.SecondGraderId);
        var grading = plan.StartGrading(People.ThirdManager, _framework, SecondStartedAt);
        Assert.Equal(GradingPurpose.SecondOpinion, grading.Purpose);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Submitted_AwaitsAgreementWhateverItsGrade(int value)
    {
        var plan = SignOffSteps.PlanWithDraft(DraftStatus.AwaitingSecondOpinion, _framework);

        plan.GradeCurrentDraft(People.SecondManager, _framework, Grade.FromValue(value), SecondStartedAt);

        Assert.Equal(DraftStatus.AwaitingAgreement, plan.CurrentVersion!.Status);
        Assert.Null(plan.CurrentVersion.DecisiveGrade);
        Assert.Equal(PlanEventKind.GradingSubmitted, plan.Events[^1].Kind);
        Assert.Equal("manager-2", plan.Events[^1].ActorId);
        Assert.StartsWith("Second opinion: overall ", plan.Events[^1].Detail, StringComparison.Ordinal);
    }
}
