using EhcpQa.Domain.Register;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Register;

/// <summary>An import's new plans are made as they are reached, so they can be saved a batch at a time, and only once.</summary>
public sealed class RegisterAdditionsMadeOnce
{
    [Fact]
    public void TheNewPlans_AreMadeAsTheyAreReached_AndASecondPassIsRefused()
    {
        var preview = RegisterData.Preview([RegisterData.RowFor("EHC/2026-101", 2), RegisterData.RowFor("EHC/2026-102", 3)]);

        var added = preview.Apply(RegisterData.ImportedBy, PlanData.Now);

        Assert.Equal(["EHC/2026-101", "EHC/2026-102"], added.Select(p => p.Reference));
        Assert.Throws<InvalidOperationException>(() => added.ToList());
    }

    [Fact]
    public void TheImport_CountsItsNewPlans_BeforeTheyAreMade()
    {
        var import = RegisterImport.Upload("register.csv", "registers/1", 2, "qa-lead", PlanData.Now);
        import.ChooseColumns(RegisterData.Mapping, RegisterData.Headings);
        var preview = RegisterData.Preview([RegisterData.RowFor("EHC/2026-101", 2), RegisterData.RowFor("EHC/2026-102", 3)]);

        var added = import.Import(preview, "qa-lead", PlanData.Now);

        Assert.Equal(2, import.Added);
        Assert.Equal(2, added.Count());
    }
}
