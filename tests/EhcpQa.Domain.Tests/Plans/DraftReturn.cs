using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Plans;

/// <summary>A draft is returned to its caseworker with feedback; a new version follows and is graded again.</summary>
public class DraftReturn
{
    private static readonly DateTimeOffset ReturnedAt = PlanData.Now.AddDays(5);
    private static readonly DateTimeOffset ResubmittedAt = PlanData.Now.AddDays(9);

    private readonly FrameworkVersion _framework = FrameworkBuilder.Complete().BuildPublished();

    [Fact]
    public void Return_MovesTheDraftToReturnedWithTheNote()
    {
        var plan = SignOffSteps.SubmittedPlan();
        plan.MakeReadyForDecision(_framework, Grade.RequiresImprovement);

        plan.Return(People.Manager, " Quantify the provision in section F ", ReturnedAt);

        var version = plan.CurrentVersion!;
        Assert.Equal(DraftStatus.Returned, version.Status);
        Assert.Equal("manager-1", version.DecidedById);
        Assert.Equal(ReturnedAt, version.DecidedAt);
        Assert.Equal("Quantify the provision in section F", version.DecisionNote);
        Assert.Equal(PlanStage.Draft, plan.Stage);
        Assert.Equal(ReturnedAt, plan.UpdatedAt);
    }

    [Fact]
    public void Return_RecordsWhoReturnedItAtWhichGrade()
    {
        var plan = SignOffSteps.SubmittedPlan();
        plan.MakeReadyForDecision(_framework, Grade.RequiresImprovement);

        plan.Return(People.Manager, null, ReturnedAt);

        var returned = plan.Events[^1];
        Assert.Equal(PlanEventKind.Returned, returned.Kind);
        Assert.Equal(1, returned.VersionNumber);
        Assert.Equal("manager-1", returned.ActorId);
        Assert.Equal(ReturnedAt, returned.At);
        Assert.Equal("Returned to the caseworker at 3 Requires improvement", returned.Detail);
    }

    [Fact]
    public void Return_OfADraftGradedGood_IsAllowed()
    {
        var plan = SignOffSteps.PlanWithDraft(DraftStatus.ReadyForDecision, _framework);

        plan.Return(People.Manager, "Good, but correct the pronouns first", ReturnedAt);

        Assert.Equal(DraftStatus.Returned, plan.CurrentVersion!.Status);
        Assert.Equal(PlanStage.Draft, plan.Stage);
    }

    [Fact]
    public void AfterReturn_TheCaseworkerSubmitsVersion2()
    {
        var plan = SignOffSteps.PlanWithDraft(DraftStatus.Returned, _framework);
        var first = plan.CurrentVersion!;

        var second = plan.Resubmit(ResubmittedAt);

        Assert.Equal(2, second.Number);
        Assert.Equal(DraftStatus.AwaitingSignOff, second.Status);
        Assert.Same(second, plan.CurrentVersion);
        Assert.Equal(DraftStatus.Returned, first.Status);
        Assert.Equal(2, plan.Events[^1].VersionNumber);
        Assert.Equal(PlanEventKind.DraftSubmitted, plan.Events[^1].Kind);
    }

    [Fact]
    public void Version2_IsGradedAgainFromTheStart()
    {
        var plan = SignOffSteps.PlanWithDraft(DraftStatus.Returned, _framework);
        plan.Resubmit(ResubmittedAt);

        var grading = plan.StartGrading(People.Manager, _framework, ResubmittedAt);

        Assert.Equal(GradingPurpose.SignOff, grading.Purpose);
        Assert.Equal(DraftStatus.BeingGraded, plan.CurrentVersion!.Status);
        Assert.Equal("manager-1", plan.CurrentVersion.FirstGraderId);
        Assert.Null(plan.CurrentVersion.DecisiveGrade);
    }

    [Fact]
    public void Version2GradedGood_IsSignedOff()
    {
        var plan = SignOffSteps.PlanWithDraft(DraftStatus.Returned, _framework);
        plan.Resubmit(ResubmittedAt);
        plan.GradeCurrentDraft(People.Manager, _framework, Grade.Good, ResubmittedAt);

        plan.SignOff(People.Manager, null, ResubmittedAt);

        Assert.Equal([DraftStatus.Returned, DraftStatus.SignedOff], plan.Versions.Select(v => v.Status));
        Assert.Equal([Grade.RequiresImprovement, Grade.Good], plan.Versions.Select(v => v.DecisiveGrade));
        Assert.Equal(PlanStage.Final, plan.Stage);
        Assert.Equal(2, plan.Events[^1].VersionNumber);
    }

    [Theory]
    [InlineData(DraftStatus.AwaitingSignOff)]
    [InlineData(DraftStatus.BeingGraded)]
    [InlineData(DraftStatus.AwaitingSecondOpinion)]
    [InlineData(DraftStatus.AwaitingAgreement)]
    [InlineData(DraftStatus.Returned)]
    [InlineData(DraftStatus.SignedOff)]
    public void NotReadyForDecision_IsRefused(DraftStatus status)
    {
        var plan = SignOffSteps.PlanWithDraft(status, _framework);
        var eventsBefore = plan.Events.Count;

        var thrown = Assert.Throws<DomainRuleException>(() => plan.Return(People.Manager, null, ReturnedAt));

        Assert.Contains("not ready for a decision", thrown.Message, StringComparison.Ordinal);
        Assert.Equal(status, plan.CurrentVersion!.Status);
        Assert.Equal(eventsBefore, plan.Events.Count);
    }

    [Fact]
    public void ByTheCaseworker_IsRefused()
    {
        var plan = SignOffSteps.PlanWithDraft(DraftStatus.ReadyForDecision, _framework);

        Assert.Throws<DomainRuleException>(() => plan.Return(People.PlanCaseworker, null, ReturnedAt));

        Assert.Equal(DraftStatus.ReadyForDecision, plan.CurrentVersion!.Status);
    }
}
