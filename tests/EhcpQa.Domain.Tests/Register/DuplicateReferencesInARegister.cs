using EhcpQa.Domain.Register;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Register;

/// <summary>A reference may appear once in a register: every row with a reference that appears again is refused.</summary>
public class DuplicateReferencesInARegister
{
    [Fact]
    public void EveryRowWithTheReference_IsRefused_NamingTheRows()
    {
        var preview = RegisterData.Preview(
        [
            RegisterData.Row(3),
            RegisterData.RowFor("EHC/2026-002", 5),
            RegisterData.RowFor(" ehc/2026-001 ", 8, (RegisterField.ChildInitials, "AB")),
        ]);

        const string message = "Reference EHC/2026-001 is on rows 3 and 8 of the file: a reference may appear once";
        Assert.Equal([new RegisterRefusal(3, RegisterField.Reference, message), new RegisterRefusal(8, RegisterField.Reference, message)], preview.Refusals);
        Assert.Equal(2, preview.RefusedRows);
        Assert.Equal("EHC/2026-002", Assert.Single(preview.Additions).Details.Reference);
    }

    [Fact]
    public void ThreeRowsWithOneReference_AreNamedInAList()
    {
        var preview = RegisterData.Preview([RegisterData.Row(2), RegisterData.Row(4), RegisterData.Row(9)]);

        Assert.All(preview.Refusals, r => Assert.Equal("Reference EHC/2026-001 is on rows 2, 4 and 9 of the file: a reference may appear once", r.Message));
        Assert.Equal(3, preview.RefusedRows);
        Assert.Empty(preview.Additions);
    }
}
