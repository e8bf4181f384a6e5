using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Register;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Register;

/// <summary>The register moves a plan on in its life where the service agrees it may: amended after a review, or ceased.</summary>
public class RegisterStageChanges
{
    private static readonly DateTimeOffset NextMonth = PlanData.Now.AddMonths(1);

    [Fact]
    public void AFinalPlanTheRegisterSaysIsAmended_IsAmended()
    {
        var plan = RegisterData.Imported(RegisterData.Row());
        var preview = RegisterData.Preview(RegisterData.Row(2, (RegisterField.Status, "Amended")), plan);

        preview.Apply(RegisterData.ImportedBy, NextMonth);

        Assert.Equal([RegisterField.Status], Assert.Single(preview.Updates).Changes);
        Assert.Equal(PlanStage.Amended, plan.Stage);
        Assert.Equal([PlanEventKind.Imported, PlanEventKind.RecordImported, PlanEventKind.Amended], plan.Events.Select(e => e.Kind));
        Assert.Equal("Updated from the register: plan status", plan.Events[1].Detail);
    }

    [Fact]
    public void AnAmendedPlanTheRegisterSaysIsFinal_IsUnchanged()
    {
        var plan = RegisterData.Imported(RegisterData.Row(2, (RegisterField.Status, "Amended")));

        var preview = RegisterData.Preview(RegisterData.Row(2, (RegisterField.Status, "Final")), plan);

        Assert.Equal(1, preview.Unchanged);
    }

    [Fact]
    public void APlanTheRegisterSaysHasCeased_IsCeasedOnTheDate()
    {
        var plan = RegisterData.Imported(RegisterData.Row());
        var preview = RegisterData.Preview(RegisterData.Row(2, (RegisterField.Status, "Ceased"), (RegisterField.CeasedOn, "01/03/2026")), plan);

        preview.Apply(RegisterData.ImportedBy, NextMonth);

        Assert.Equal([RegisterField.Status, RegisterField.CeasedOn], Assert.Single(preview.Updates).Changes);
        Assert.Equal(Dates.Parse("2026-03-01"), plan.CeasedOn);
        Assert.Equal([PlanEventKind.Imported, PlanEventKind.RecordImported, PlanEventKind.Ceased], plan.Events.Select(e => e.Kind));
    }

    [Fact]
    public void APlanThatCeasedInTheService_KeepsItsDate()
    {
        var plan = RegisterData.Imported(RegisterData.Row(2, (RegisterField.Status, "Ceased"), (RegisterField.CeasedOn, "27/02/2026")));

        var preview = RegisterData.Preview(RegisterData.Row(2, (RegisterField.Status, "Ceased"), (RegisterField.CeasedOn, "28/02/2026")), plan);

        Assert.Equal(1, preview.Unchanged);
    }

    [Fact]
    public void APlanSignedOffInTheService_KeepsItsOwnIssueDate()
    {
        var plan = SignOffSteps.PlanWithDraft(DraftStatus.SignedOff, FrameworkBuilder.Complete().BuildPublished());

        var preview = RegisterData.Preview(RegisterData.Row(2, (RegisterField.IssuedOn, "01/02/2026"), (RegisterField.SettingName, null)), plan);
        preview.Apply(RegisterData.ImportedBy, NextMonth);

        Assert.Equal(1, preview.Unchanged);
        Assert.Equal(PlanData.Today, plan.IssuedOn);
    }

    [Fact]
    public void APlanRegisteredWithoutItsText_TakesTheRegistersIssueDate()
    {
        var plan = PlanData.Register(stage: PlanStage.Final);

        var preview = RegisterData.Preview(RegisterData.Row(2, (RegisterField.SettingName, null)), plan);
        preview.Apply(RegisterData.ImportedBy, NextMonth);

        Assert.Equal([RegisterField.IssuedOn], Assert.Single(preview.Updates).Changes);
        Assert.Equal(Dates.Parse("2026-02-20"), plan.IssuedOn);
    }
}
