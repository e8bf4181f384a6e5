using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Plans;

public class FirstGradingStart
{
    private static readonly DateTimeOffset StartedAt = PlanData.Now.AddDays(1);

    private readonly FrameworkVersion _framework = FrameworkBuilder.Complete().BuildPublished();

    [Fact]
    public void Start_MovesTheDraftFromAwaitingSignOffToBeingGraded()
    {
        var plan = SignOffSteps.SubmittedPlan();

        plan.StartGrading(People.Manager, _framework, StartedAt);

        Assert.Equal(DraftStatus.BeingGraded, plan.CurrentVersion!.Status);
        Assert.Equal("manager-1", plan.CurrentVersion.FirstGraderId);
        Assert.Null(plan.CurrentVersion.SecondGraderId);
    }

    [Fact]
    public void Start_GivesASignOffGradingOfTheCurrentVersion()
    {
        var plan = Ids.Assign(SignOffSteps.SubmittedPlan(), 3);
        Ids.Assign(plan.CurrentVersion!, 5);

        var grading = plan.StartGrading(People.Manager, _framework, StartedAt);

        Assert.Equal(GradingPurpose.SignOff, grading.Purpose);
        Assert.Equal(3, grading.PlanId);
        Assert.Equal(5, grading.PlanVersionId);
        Assert.Equal("manager-1", grading.GraderId);
        Assert.Equal(StartedAt, grading.StartedAt);
        Assert.False(grading.IsSubmitted);
    }

    [Fact]
    public void Start_LocksTheFrameworkVersion()
    {
        var plan = SignOffSteps.SubmittedPlan();

        plan.StartGrading(People.Manager, _framework, StartedAt);

        Assert.True(_framework.IsLocked);
        Assert.Equal(StartedAt, _framework.FirstUsedAt);
    }

    [Fact]
    public void Start_RecordsWhoStartedWhichVersionAndWhen()
    {
        var plan = SignOffSteps.SubmittedPlan();

        plan.StartGrading(People.Manager, _framework, StartedAt);

        var started = plan.Events[^1];
        Assert.Equal(PlanEventKind.GradingStarted, started.Kind);
        Assert.Equal(1, started.VersionNumber);
        Assert.Equal("manager-1", started.ActorId);
        Assert.Equal(StartedAt, started.At);
        Assert.Equal("Sign-off grading started", started.Detail);
    }

    [Fact]
    public void Start_UnpublishedFramework_IsRefusedAndTheDraftStillAwaitsSignOff()
    {
        var plan = SignOffSteps.SubmittedPlan();
        var draftFramework = FrameworkBuilder.Complete().BuildDraft();
        var eventsBefore = plan.Events.Count;

        Assert.Throws<DomainRuleException>(() => plan.StartGrading(People.Manager, draftFramework, StartedAt));

        Assert.Equal(DraftStatus.AwaitingSignOff, plan.CurrentVersion!.Status);
        Assert.Null(plan.CurrentVersion.FirstGraderId);
        Assert.Equal(eventsBefore, plan.Events.Count);
        var grading = plan.StartGrading(People.SecondManager, _framework, StartedAt);
        Assert.Equal("manager-2", grading.GraderId);
    }

    [Fact]
    public void WhileBeingGraded_NoOtherGradingStarts()
    {
        var plan = SignOffSteps.SubmittedPlan();
        plan.StartGrading(People.Manager, _framework, StartedAt);
        var eventsBefore = plan.Events.Count;

        var thrown = Assert.Throws<DomainRuleException>(() => plan.StartGrading(People.SecondManager, _framework, StartedAt));
        Assert.Throws<DomainRuleException>(() => plan.StartGrading(People.Manager, _framework, StartedAt));

        Assert.Equal("Version 1 is being graded: there is no grading to start.", thrown.Message);
        Assert.Equal("manager-1", plan.CurrentVersion!.FirstGraderId);
        Assert.Equal(eventsBefore, plan.Events.Count);
    }

    [Theory]
    [InlineData(DraftStatus.ReadyForDecision)]
    [InlineData(DraftStatus.Returned)]
    [InlineData(DraftStatus.SignedOff)]
    public void WithNothingToGrade_IsRefused(DraftStatus status)
    {
        var plan = SignOffSteps.PlanWithDraft(status, _framework);

        var thrown = Assert.Throws<DomainRuleException>(() => plan.StartGrading(People.ThirdManager, _framework, StartedAt));

        Assert.Contains("there is no grading to start", thrown.Message, StringComparison.Ordinal);
        Assert.Equal(status, plan.CurrentVersion!.Status);
    }
}
