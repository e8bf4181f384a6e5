using EhcpQa.Domain.Register;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Register;

/// <summary>A row's details are held to the plan's own rules, each problem shown against the register's field.</summary>
public class PlanRulesOnRegisterRows
{
    [Theory]
    [InlineData(RegisterField.Reference, "EHC 2026 001", "The reference must be up to 30 letters, numbers, hyphens or slashes")]
    [InlineData(RegisterField.ChildInitials, "Jonathan", "Enter the child's initials: 1 to 4 letters, not their name")]
    [InlineData(RegisterField.DateOfBirth, "01/01/1990", "Date of birth must be for a child or young person aged 25 or under")]
    [InlineData(RegisterField.RequestDate, "01/01/2016", "Request date cannot be before the date of birth")]
    public void DetailsThatBreakThePlansRules_AreRefused_ForTheRegistersField(RegisterField field, string cell, string message)
    {
        var refusal = Assert.Single(RegisterData.Refusals(RegisterData.Row(3, (field, cell), (RegisterField.IssuedOn, null))));

        Assert.Equal(new RegisterRefusal(3, field, message), refusal);
    }

    [Fact]
    public void EveryProblemInARow_IsShown_InFieldOrder()
    {
        var refusals = RegisterData.Refusals(RegisterData.Row(3,
            (RegisterField.Cohorts, "Foster"), (RegisterField.ChildInitials, "Jonathan"), (RegisterField.Locality, "East")));

        Assert.Equal([RegisterField.ChildInitials, RegisterField.Locality, RegisterField.Cohorts], refusals.Select(r => r.Field));
    }

    [Fact]
    public void AProblemWithAValueThatCouldNotBeRead_IsNotShownTwice()
    {
        var refusal = Assert.Single(RegisterData.Refusals(RegisterData.Row(3, (RegisterField.DateOfBirth, "14/05/16"))));

        Assert.Equal(RegisterField.DateOfBirth, refusal.Field);
    }
}
