using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Register;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Register;

/// <summary>A row that disagrees with the service on where a plan is in its life is refused: the service's workflow decides.</summary>
public class RegisterConflicts
{
    [Theory]
    [InlineData("Final")]
    [InlineData("Amended")]
    [InlineData("Ceased")]
    public void ADraftInTheService_IsNotIssuedByTheRegister(string status)
    {
        var plan = PlanData.Register(stage: PlanStage.Draft);

        var refusal = Assert.Single(RegisterData.Refusals(RegisterData.Row(2, (RegisterField.Status, status), (RegisterField.CeasedOn, status == "Ceased" ? "27/02/2026" : null)), plan));

        Assert.Equal(new RegisterRefusal(2, RegisterField.Status, "Plan EHC/2026-001 is a draft in the service: it is issued by signing it off here"), refusal);
    }

    [Fact]
    public void AnIssuedPlan_IsNotMadeADraft()
    {
        var plan = PlanData.Register(stage: PlanStage.Final);

        var refusal = Assert.Single(RegisterData.Refusals(RegisterData.Row(2, (RegisterField.Status, "Draft"), (RegisterField.IssuedOn, null)), plan));

        Assert.Equal(new RegisterRefusal(2, RegisterField.Status, "Plan EHC/2026-001 has been issued: the register says it is a draft"), refusal);
    }

    [Fact]
    public void APlanThatCeased_IsNotMaintainedAgain()
    {
        var plan = PlanData.Register(stage: PlanStage.Final);
        plan.Cease(PlanData.Today, "caseworker-1", PlanData.Now);

        var refusal = Assert.Single(RegisterData.Refusals(RegisterData.Row(2, (RegisterField.Status, "Active"), (RegisterField.IssuedOn, null)), plan));

        Assert.Equal(new RegisterRefusal(2, RegisterField.Status, "Plan EHC/2026-001 ceased on 2 March 2026: the register says it is still maintained (final)"), refusal);
    }

    [Fact]
    public void ApplyingAConflictingRecordDirectly_IsRefused()
    {
        var plan = PlanData.Register(stage: PlanStage.Draft);
        var record = RegisterData.Read(RegisterData.Row());

        Assert.Throws<DomainRuleException>(() => plan.ApplyRegister(record, RegisterData.ImportedBy, PlanData.Now));
        Assert.Equal(PlanStage.Draft, plan.Stage);
    }
}
