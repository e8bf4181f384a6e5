using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Register;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Register;

/// <summary>Importing touches nothing a refused row is about: no plan is added for it and no plan changed by it.</summary>
public class RefusedRowsUntouched
{
    [Fact]
    public void ARefusedRow_AddsNothing_AndChangesNoPlan()
    {
        var plan = RegisterData.Imported(RegisterData.Row());
        var preview = RegisterData.Preview(
        [
            RegisterData.Row(2, (RegisterField.Caseworker, RegisterData.OtherCaseworkerEmail), (RegisterField.DateOfBirth, "not known")),
            RegisterData.RowFor("EHC/2026-009", 3, (RegisterField.Locality, "Atlantis")),
            RegisterData.RowFor("EHC/2026-010", 4),
        ], plan);

        var added = preview.Apply(RegisterData.ImportedBy, PlanData.Now.AddDays(1));

        Assert.Equal("EHC/2026-010", Assert.Single(added).Reference);
        Assert.Equal(PlanData.CaseworkerId, plan.CaseworkerId);
        Assert.Equal([PlanEventKind.Imported], plan.Events.Select(e => e.Kind));
        Assert.Equal(2, preview.RefusedRows);
    }
}
