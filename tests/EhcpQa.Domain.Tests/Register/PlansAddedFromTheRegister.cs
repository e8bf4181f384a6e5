using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Register;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Register;

/// <summary>A plan added from the register is registered at its stage with its dates, and its history says it came from the register.</summary>
public class PlansAddedFromTheRegister
{
    [Fact]
    public void AFinalPlan_IsAddedWithItsIssueDateAndSetting_RecordingWhoAndWhen()
    {
        var plan = RegisterData.Imported(RegisterData.Row(2, (RegisterField.SecondaryNeed, "SpLD")));

        Assert.Equal((PlanStage.Final, Dates.Parse("2026-02-20"), "Oak Primary School", NeedType.SpecificLearningDifficulty),
            (plan.Stage, plan.IssuedOn, plan.SettingName, plan.SecondaryNeed));
        var entry = Assert.Single(plan.Events);
        Assert.Equal((PlanEventKind.Imported, RegisterData.ImportedBy, PlanData.Now, "Added from the register as final"),
            (entry.Kind, entry.ActorId, entry.At, entry.Detail));
        Assert.Equal(RegisterData.ImportedBy, plan.CreatedById);
    }

    [Fact]
    public void ACeasedPlan_IsAddedAsFinal_ThenCeasedOnItsDate()
    {
        var plan = RegisterData.Imported(RegisterData.Row(2, (RegisterField.Status, "Closed"), (RegisterField.CeasedOn, "2026-02-27")));

        Assert.Equal((PlanStage.Final, Dates.Parse("2026-02-27")), (plan.Stage, plan.CeasedOn));
        Assert.Equal([PlanEventKind.Imported, PlanEventKind.Ceased], plan.Events.Select(e => e.Kind));
    }

    [Fact]
    public void ARecordThatBreaksTheRules_IsRefused()
    {
        var record = RegisterData.Read(RegisterData.Row()) with { Status = RegisterStatus.Draft };

        var refused = Assert.Throws<DomainRuleException>(() => Plan.FromRegister(record, RegisterData.ImportedBy, PlanData.Now));

        Assert.Equal("IssuedOn", Assert.Single(refused.Problems).Field);
    }
}
