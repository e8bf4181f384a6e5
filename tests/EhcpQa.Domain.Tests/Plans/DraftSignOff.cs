using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Plans;

/// <summary>A draft is signed off, and the plan issued, only when ready for a decision at least Good.</summary>
public class DraftSignOff
{
    private static readonly DateTimeOffset SignedOffAt = PlanData.Now.AddDays(5);

    private readonly FrameworkVersion _framework = FrameworkBuilder.Complete().BuildPublished();

    [Fact]
    public void ReadyAtGood_IsSignedOffAndThePlanIssued()
    {
        var plan = SignOffSteps.PlanWithDraft(DraftStatus.ReadyForDecision, _framework);

        plan.SignOff(People.Manager, "  Well done ", SignedOffAt);

        var version = plan.CurrentVersion!;
        Assert.Equal(DraftStatus.SignedOff, version.Status);
        Assert.Equal("manager-1", version.DecidedById);
        Assert.Equal(SignedOffAt, version.DecidedAt);
        Assert.Equal("Well done", version.DecisionNote);
        Assert.Equal(PlanStage.Final, plan.Stage);
        Assert.Equal(SignedOffAt, plan.UpdatedAt);
        Assert.Equal("manager-1", plan.UpdatedById);
    }

    [Fact]
    public void SigningOff_RecordsTheSignOffAndTheIssue()
    {
        var plan = SignOffSteps.PlanWithDraft(DraftStatus.ReadyForDecision, _framework);

        plan.SignOff(People.Manager, null, SignedOffAt);

        var (signedOff, issued) = (plan.Events[^2], plan.Events[^1]);
        Assert.Equal(PlanEventKind.SignedOff, signedOff.Kind);
        Assert.Equal("Signed off at 2 Good", signedOff.Detail);
        Assert.Equal(PlanEventKind.Issued, issued.Kind);
        Assert.All([signedOff, issued], e =>
        {
            Assert.Equal(1, e.VersionNumber);
            Assert.Equal("manager-1", e.ActorId);
            Assert.Equal(SignedOffAt, e.At);
        });
        Assert.Null(plan.CurrentVersion!.DecisionNote);
    }

    [Fact]
    public void AgreedGoodAfterASecondOpinion_IsSignedOff()
    {
        var agreedGood = SignOffSteps.SubmittedPlan();
        agreedGood.GradeCurrentDraft(People.Manager, _framework, Grade.RequiresImprovement);
        agreedGood.GradeCurrentDraft(People.SecondManager, _framework, Grade.Good);
        agreedGood.GradeCurrentDraft(People.SecondManager, _framework, Grade.Good);

        agreedGood.SignOff(People.SecondManager, null, SignedOffAt);

        Assert.Equal(DraftStatus.SignedOff, agreedGood.CurrentVersion!.Status);
        Assert.Equal(PlanStage.Final, agreedGood.Stage);
    }

    [Fact]
    public void ByAQaLead_IsAccepted()
    {
        var plan = SignOffSteps.PlanWithDraft(DraftStatus.ReadyForDecision, _framework);

        plan.SignOff(People.QaLead(), null, SignedOffAt);

        Assert.Equal("qa-lead", plan.CurrentVersion!.DecidedById);
        Assert.Equal(PlanStage.Final, plan.Stage);
    }

    [Fact]
    public void AgreedRequiresImprovement_IsRefusedAndNothingChanges()
    {
        var plan = SignOffSteps.SubmittedPlan();
        plan.MakeReadyForDecision(_framework, Grade.RequiresImprovement);
        var eventsBefore = plan.Events.Count;

        var thrown = Assert.Throws<DomainRuleException>(() => plan.SignOff(People.Manager, null, SignedOffAt));

        Assert.Equal("Version 1 is graded 3 Requires improvement: a plan is issued only when graded at least Good.", thrown.Message);
        AssertUndecided(plan, eventsBefore);
    }

    [Fact]
    public void AgreedInadequate_IsRefused()
    {
        var plan = SignOffSteps.SubmittedPlan();
        plan.MakeReadyForDecision(_framework, Grade.Inadequate);
        var eventsBefore = plan.Events.Count;

        Assert.Throws<DomainRuleException>(() => plan.SignOff(People.Manager, null, SignedOffAt));

        AssertUndecided(plan, eventsBefore);
    }

    [Theory]
    [InlineData(DraftStatus.AwaitingSignOff)]
    [InlineData(DraftStatus.BeingGraded)]
    [InlineData(DraftStatus.AwaitingSecondOpinion)]
    [InlineData(DraftStatus.AwaitingAgreement)]
    [InlineData(DraftStatus.Returned)]
    public void NotReadyForDecision_IsRefused(DraftStatus status)
    {
        var plan = SignOffSteps.PlanWithDraft(status, _framework);
        var eventsBefore = plan.Events.Count;

        var thrown = Assert.Throws<DomainRuleException>(() => plan.SignOff(People.Manager, null, SignedOffAt));

        Assert.EndsWith("it is not ready for a decision.", thrown.Message, StringComparison.Ordinal);
        Assert.Equal(status, plan.CurrentVersion!.Status);
        Assert.Equal(PlanStage.Draft, plan.Stage);
        Assert.Equal(eventsBefore, plan.Events.Count);
    }

    [Fact]
    public void AlreadySignedOff_IsRefused()
    {
        var plan = SignOffSteps.PlanWithDraft(DraftStatus.SignedOff, _framework);
        var eventsBefore = plan.Events.Count;

        Assert.Throws<DomainRuleException>(() => plan.SignOff(People.Manager, null, SignedOffAt));

        Assert.Equal(eventsBefore, plan.Events.Count);
    }

    [Fact]
    public void NoDraftSubmitted_IsRefused()
    {
        var plan = PlanData.Register();

        Assert.Throws<DomainRuleException>(() => plan.SignOff(People.Manager, null, SignedOffAt));
        Assert.Equal(PlanStage.Draft, plan.Stage);
    }

    [Fact]
    public void ByTheCaseworkerOrAManagerElsewhere_IsRefused()
    {
        var plan = SignOffSteps.PlanWithDraft(DraftStatus.ReadyForDecision, _framework);
        var eventsBefore = plan.Events.Count;

        var byCaseworker = Assert.Throws<DomainRuleException>(() => plan.SignOff(People.PlanCaseworker, null, SignedOffAt));
        Assert.Throws<DomainRuleException>(() => plan.SignOff(People.ManagerElsewhere, null, SignedOffAt));

        Assert.Equal("Only a locality manager of the plan's locality or a QA lead decides on its draft.", byCaseworker.Message);
        AssertUndecided(plan, eventsBefore);
    }

    private static void AssertUndecided(Plan plan, int eventsBefore)
    {
        Assert.Equal(DraftStatus.ReadyForDecision, plan.CurrentVersion!.Status);
        Assert.Null(plan.CurrentVersion.DecidedById);
        Assert.Null(plan.CurrentVersion.DecidedAt);
        Assert.Equal(PlanStage.Draft, plan.Stage);
        Assert.Equal(eventsBefore, plan.Events.Count);
    }
}
