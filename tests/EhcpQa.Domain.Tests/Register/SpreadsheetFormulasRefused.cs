using EhcpQa.Domain.Register;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Register;

/// <summary>Text a spreadsheet would take for a formula is refused, so that it never reaches a report opened in one.</summary>
public class SpreadsheetFormulasRefused
{
    [Theory]
    [InlineData(RegisterField.Reference, "=HYPERLINK(\"http://evil.example\")")]
    [InlineData(RegisterField.ChildInitials, "+JS")]
    [InlineData(RegisterField.SettingName, "@SUM(A1:A9)")]
    [InlineData(RegisterField.SettingName, "-cmd|' /C calc'!A0")]
    [InlineData(RegisterField.Locality, "=North")]
    [InlineData(RegisterField.DateOfBirth, "=TODAY()")]
    public void ACellThatLooksLikeAFormula_IsRefusedForItsField(RegisterField field, string cell)
    {
        var refusals = RegisterData.Refusals(RegisterData.Row(2, (field, cell)));

        var refusal = Assert.Single(refusals);
        Assert.Equal(field, refusal.Field);
        Assert.EndsWith("looks like a spreadsheet formula, which the service does not import", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AHyphenBeforeADigit_IsNotTakenForAFormula()
    {
        var refusal = Assert.Single(RegisterData.Refusals(RegisterData.Row(2, (RegisterField.DateOfBirth, "-5"))));

        Assert.Equal(new RegisterRefusal(2, RegisterField.DateOfBirth, "'-5' is not a date: use a date such as 31/01/2026"), refusal);
        Assert.Equal("-1 Street School", RegisterData.Read(RegisterData.Row(2, (RegisterField.SettingName, "-1 Street School"))).Details.SettingName);
    }
}
