using EhcpQa.Domain.Register;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Register;

/// <summary>A row's dates must fit its status: a draft has no issue date, a ceased plan its date of ceasing, in order and not in the future.</summary>
public class RegisterDatesAgainstStatus
{
    public static TheoryData<string, string?, string?, string?, RegisterField, string> Refused => new()
    {
        { "Draft", "20/02/2026", null, null, RegisterField.IssuedOn, "A draft plan has not been issued, so it has no issue date" },
        { "Final", "04/01/2026", null, null, RegisterField.IssuedOn, "The issue date must be between the request date and today" },
        { "Final", "03/03/2026", null, null, RegisterField.IssuedOn, "The issue date must be between the request date and today" },
        { "Ceased", "20/02/2026", null, null, RegisterField.CeasedOn, "Enter the date the plan ceased: the register says it has ceased" },
        { "Final", "20/02/2026", null, "27/02/2026", RegisterField.CeasedOn, "A date the plan ceased is given but the status is final" },
        { "Ceased", "20/02/2026", null, "19/02/2026", RegisterField.CeasedOn, "The date the plan ceased must be on or after the date it was issued, 20 February 2026" },
        { "Ceased", "20/02/2026", null, "03/03/2026", RegisterField.CeasedOn, "The date the plan ceased must be today or in the past" },
        { "Final", "20/02/2026", "19/02/2026", null, RegisterField.LastReviewedOn, "The date of the last annual review must be on or after the date the plan was issued, 20 February 2026" },
        { "Final", "20/02/2026", "03/03/2026", null, RegisterField.LastReviewedOn, "The date of the last annual review must be today or in the past" },
        { "Draft", null, "20/02/2026", null, RegisterField.LastReviewedOn, "A draft plan has not been issued, so it has had no annual review" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void DatesThatDoNotFitTheStatus_AreRefused(string status, string? issued, string? reviewed, string? ceased, RegisterField field, string message)
    {
        var row = RegisterData.Row(6,
            (RegisterField.Status, status), (RegisterField.IssuedOn, issued), (RegisterField.LastReviewedOn, reviewed), (RegisterField.CeasedOn, ceased));

        var refusal = Assert.Single(RegisterData.Refusals(row));

        Assert.Equal(new RegisterRefusal(6, field, message), refusal);
    }

    [Fact]
    public void ACeasedPlan_WithItsDates_IsRead()
    {
        var record = RegisterData.Read(RegisterData.Row(2,
            (RegisterField.Status, "Ceased"), (RegisterField.LastReviewedOn, "25/02/2026"), (RegisterField.CeasedOn, "27/02/2026")));

        Assert.Equal((RegisterStatus.Ceased, Dates.Parse("2026-02-20"), Dates.Parse("2026-02-25"), Dates.Parse("2026-02-27")),
            (record.Status, record.IssuedOn, record.LastReviewedOn, record.CeasedOn));
    }
}
