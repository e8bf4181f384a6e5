using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Register;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Register;

/// <summary>The preview sorts every row read into a plan to add, a plan to update, a plan unchanged, or a row refused.</summary>
public class RegisterPreviewSorting
{
    [Fact]
    public void EachRow_IsSortedIntoOneOfFour_AndTheyAddUpToTheRowsRead()
    {
        var unchanged = RegisterData.Imported(RegisterData.RowFor("EHC/2025-100", 2));
        var changed = RegisterData.Imported(RegisterData.RowFor("EHC/2025-200", 2));

        var preview = RegisterData.Preview(
        [
            RegisterData.RowFor("EHC/2025-100", 2),
            RegisterData.RowFor("EHC/2025-200", 3, (RegisterField.Locality, RegisterData.OtherLocality)),
            RegisterData.RowFor("EHC/2026-300", 4),
            RegisterData.RowFor("EHC/2026-400", 5, (RegisterField.PrimaryNeed, "OTH"), (RegisterField.Status, "Open")),
            new RegisterRow(6, Enumerable.Repeat<string?>(null, RegisterData.Headings.Count).ToList()),
            RegisterData.RowFor("EHC/2026-500", 7),
        ], unchanged, changed);

        Assert.Equal(5, preview.RowsRead);
        Assert.Equal(["EHC/2026-300", "EHC/2026-500"], preview.Additions.Select(a => a.Details.Reference));
        var update = Assert.Single(preview.Updates);
        Assert.Same(changed, update.Plan);
        Assert.Equal([RegisterField.Locality], update.Changes);
        Assert.Equal(1, preview.Unchanged);
        Assert.Equal([(5, RegisterField.PrimaryNeed), (5, RegisterField.Status)], preview.Refusals.Select(r => (r.RowNumber, r.Field!.Value)));
        Assert.Equal(1, preview.RefusedRows);
        Assert.Equal(preview.RowsRead, preview.Additions.Count + preview.Updates.Count + preview.Unchanged + preview.RefusedRows);
    }

    [Fact]
    public void APreview_ChangesNothing_UntilItIsApplied()
    {
        var plan = RegisterData.Imported(RegisterData.Row());

        var preview = RegisterData.Preview(RegisterData.Row(2, (RegisterField.Caseworker, RegisterData.OtherCaseworkerEmail)), plan);

        Assert.Single(preview.Updates);
        Assert.Equal(PlanData.CaseworkerId, plan.CaseworkerId);
        Assert.Single(plan.Events);
        Assert.Equal(PlanEventKind.Imported, plan.Events[0].Kind);
    }

    [Fact]
    public void APreview_IsAppliedOnce()
    {
        var preview = RegisterData.Preview(RegisterData.Row());
        preview.Apply(RegisterData.ImportedBy, PlanData.Now);

        Assert.Throws<DomainRuleException>(() => preview.Apply(RegisterData.ImportedBy, PlanData.Now));
    }
}
