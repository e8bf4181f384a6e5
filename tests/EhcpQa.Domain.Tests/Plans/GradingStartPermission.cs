using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Staff;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Plans;

/// <summary>Who may grade a draft: a locality manager of the plan's locality or a QA lead, never its own caseworker.</summary>
public class GradingStartPermission
{
    private readonly FrameworkVersion _framework = FrameworkBuilder.Complete().BuildPublished();

    [Fact]
    public void LocalityManagerOfThePlansLocality_MayGrade()
    {
        var plan = SignOffSteps.SubmittedPlan();

        var grading = plan.StartGrading(People.Manager, _framework, PlanData.Now);

        Assert.Equal("manager-1", grading.GraderId);
        Assert.True(SignOffRules.CanGrade(People.Manager, plan));
    }

    [Fact]
    public void QaLead_MayGrade()
    {
        var plan = SignOffSteps.SubmittedPlan();

        var grading = plan.StartGrading(People.QaLead(), _framework, PlanData.Now);

        Assert.Equal("qa-lead", grading.GraderId);
        Assert.Equal("qa-lead", plan.CurrentVersion!.FirstGraderId);
    }

    [Fact]
    public void LocalityManagerOfAnotherLocality_IsRefused()
    {
        var plan = SignOffSteps.SubmittedPlan();

        var thrown = Assert.Throws<DomainRuleException>(() => plan.StartGrading(People.ManagerElsewhere, _framework, PlanData.Now));

        Assert.Equal("Only a locality manager of the plan's locality or a QA lead can grade it.", thrown.Message);
        AssertNothingStarted(plan);
    }

    [Fact]
    public void LocalityManagerWithoutALocality_IsRefused()
    {
        var plan = SignOffSteps.SubmittedPlan();

        Assert.Throws<DomainRuleException>(() => plan.StartGrading(People.LocalityManager("manager-0", null), _framework, PlanData.Now));
        AssertNothingStarted(plan);
    }

    [Fact]
    public void ThePlansCaseworker_IsRefusedEvenAsAQaLead()
    {
        var plan = SignOffSteps.SubmittedPlan();
        var caseworkerAndQaLead = People.InRoles(PlanData.CaseworkerId, PlanData.LocalityId, StaffRole.Caseworker, StaffRole.QaLead);

        var thrown = Assert.Throws<DomainRuleException>(() => plan.StartGrading(caseworkerAndQaLead, _framework, PlanData.Now));

        Assert.Equal("You cannot grade a plan you are the caseworker for.", thrown.Message);
        Assert.False(SignOffRules.CanGrade(caseworkerAndQaLead, plan));
        AssertNothingStarted(plan);
    }

    [Fact]
    public void ThePlansCaseworker_IsRefusedEvenAsAManagerOfTheLocality()
    {
        var plan = SignOffSteps.SubmittedPlan();
        var caseworkerAndManager = People.InRoles(PlanData.CaseworkerId, PlanData.LocalityId, StaffRole.Caseworker, StaffRole.LocalityManager);

        var thrown = Assert.Throws<DomainRuleException>(() => plan.StartGrading(caseworkerAndManager, _framework, PlanData.Now));

        Assert.Equal("You cannot grade a plan you are the caseworker for.", thrown.Message);
        AssertNothingStarted(plan);
    }

    [Theory]
    [InlineData(StaffRole.Caseworker)]
    [InlineData(StaffRole.PanelMember)]
    [InlineData(StaffRole.BoardMember)]
    [InlineData(StaffRole.Administrator)]
    public void OtherRoles_AreRefused(string role)
    {
        var plan = SignOffSteps.SubmittedPlan();

        Assert.Throws<DomainRuleException>(() => plan.StartGrading(People.WithRole(role, "someone", PlanData.LocalityId), _framework, PlanData.Now));
        AssertNothingStarted(plan);
    }

    [Fact]
    public void NoDraftSubmitted_IsRefused()
    {
        var plan = PlanData.Register();

        var thrown = Assert.Throws<DomainRuleException>(() => plan.StartGrading(People.Manager, _framework, PlanData.Now));

        Assert.Equal("No draft of plan EHC/2026-001 has been submitted.", thrown.Message);
        Assert.False(_framework.IsLocked);
    }

    private void AssertNothingStarted(Plan plan)
    {
        Assert.Equal(DraftStatus.AwaitingSignOff, plan.CurrentVersion!.Status);
        Assert.Null(plan.CurrentVersion.FirstGraderId);
        Assert.DoesNotContain(plan.Events, e => e.Kind == PlanEventKind.GradingStarted);
        Assert.False(_framework.IsLocked);
    }
}
