using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Register;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Register;

/// <summary>Cohorts are read from a list in one cell, in the words and abbreviations registers use.</summary>
public class RegisterCohortsRead
{
    [Theory]
    [InlineData(null, VulnerableCohorts.None)]
    [InlineData("None", VulnerableCohorts.None)]
    [InlineData("CLA", VulnerableCohorts.ChildInCare)]
    [InlineData("LAC", VulnerableCohorts.ChildInCare)]
    [InlineData("Looked after", VulnerableCohorts.ChildInCare)]
    [InlineData("Child looked after", VulnerableCohorts.ChildInCare)]
    [InlineData("child in care", VulnerableCohorts.ChildInCare)]
    [InlineData("CIC", VulnerableCohorts.ChildInCare)]
    [InlineData("CP", VulnerableCohorts.ChildProtection)]
    [InlineData("CPP", VulnerableCohorts.ChildProtection)]
    [InlineData("Child protection plan", VulnerableCohorts.ChildProtection)]
    [InlineData("YOT", VulnerableCohorts.YouthJustice)]
    [InlineData("Youth justice", VulnerableCohorts.YouthJustice)]
    [InlineData("EHE", VulnerableCohorts.ElectiveHomeEducation)]
    [InlineData("CLA, CP", VulnerableCohorts.ChildInCare | VulnerableCohorts.ChildProtection)]
    [InlineData("LAC; YJ", VulnerableCohorts.ChildInCare | VulnerableCohorts.YouthJustice)]
    [InlineData("CP/EHE", VulnerableCohorts.ChildProtection | VulnerableCohorts.ElectiveHomeEducation)]
    [InlineData("CLA | CP | YJ | Elective home education", VulnerableCohorts.ChildInCare | VulnerableCohorts.ChildProtection | VulnerableCohorts.YouthJustice | VulnerableCohorts.ElectiveHomeEducation)]
    public void Cohorts_AreRead(string? cell, VulnerableCohorts cohorts)
    {
        Assert.Equal(cohorts, RegisterData.Read(RegisterData.Row(2, (RegisterField.Cohorts, cell))).Details.Cohorts);
    }

    [Fact]
    public void AnEntryThatIsNotACohort_IsRefused_NamingIt()
    {
        var refusal = Assert.Single(RegisterData.Refusals(RegisterData.Row(2, (RegisterField.Cohorts, "CLA, Young carer"))));

        Assert.Equal(RegisterField.Cohorts, refusal.Field);
        Assert.StartsWith("'Young carer' is not a cohort the service records", refusal.Message, StringComparison.Ordinal);
    }
}
