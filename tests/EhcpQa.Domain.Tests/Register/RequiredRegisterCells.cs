using EhcpQa.Domain.Register;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Register;

/// <summary>A row with an empty cell for a required field is refused for that field; optional fields may be empty.</summary>
public class RequiredRegisterCells
{
    public static TheoryData<RegisterField, string> Required => new()
    {
        { RegisterField.Reference, "Enter the plan reference" },
        { RegisterField.ChildInitials, "Enter the child's initials" },
        { RegisterField.DateOfBirth, "Enter the date of birth" },
        { RegisterField.Caseworker, "Enter the caseworker's e-mail address" },
        { RegisterField.Locality, "Enter the locality" },
        { RegisterField.PrimaryNeed, "Enter the primary need" },
        { RegisterField.SettingType, "Enter the type of setting" },
        { RegisterField.RequestDate, "Enter the date the request for assessment was received" },
        { RegisterField.Status, "Enter the plan status" },
    };

    [Theory]
    [MemberData(nameof(Required))]
    public void AnEmptyRequiredCell_IsRefused_ForItsFieldAlone(RegisterField field, string message)
    {
        var refusal = Assert.Single(RegisterData.Refusals(RegisterData.Row(5, (field, "  "))));

        Assert.Equal(new RegisterRefusal(5, field, message), refusal);
    }

    [Fact]
    public void EmptyOptionalCells_AreRead_AsNothingKnown()
    {
        var record = RegisterData.Read(RegisterData.Row(2,
            (RegisterField.SecondaryNeed, null), (RegisterField.SettingName, null), (RegisterField.IssuedOn, null),
            (RegisterField.LastReviewedOn, null), (RegisterField.CeasedOn, null), (RegisterField.Cohorts, null)));

        Assert.Equal((null, null, null, null, null), (record.Details.SecondaryNeed, record.Details.SettingName, record.IssuedOn, record.LastReviewedOn, record.CeasedOn));
    }
}
