using EhcpQa.Domain.Register;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Register;

/// <summary>Dates are read day first, as in the UK, or in ISO order as spreadsheets give them; anything else is refused.</summary>
public class RegisterDatesRead
{
    [Theory]
    [InlineData("14/05/2016")]
    [InlineData("14/5/2016")]
    [InlineData("14-05-2016")]
    [InlineData("14.5.2016")]
    [InlineData("2016-05-14")]
    [InlineData("2016-05-14T00:00:00")]
    [InlineData("2016-05-14 00:00:00")]
    [InlineData("14 May 2016")]
    [InlineData("14 may 2016")]
    [InlineData("14 Sep 2016", "2016-09-14")]
    [InlineData("14 September 2016", "2016-09-14")]
    [InlineData("03/04/2016", "2016-04-03")]
    public void ADate_IsRead(string cell, string expected = "2016-05-14")
    {
        var record = RegisterData.Read(RegisterData.Row(2, (RegisterField.DateOfBirth, cell)));

        Assert.Equal(Dates.Parse(expected), record.Details.DateOfBirth);
    }

    [Theory]
    [InlineData("31/13/2016")]
    [InlineData("14/05/16")]
    [InlineData("05/14/2016")]
    [InlineData("2016/05/14")]
    [InlineData("42504")]
    [InlineData("next Tuesday")]
    public void TextThatIsNotADate_IsRefused_NamingIt(string cell)
    {
        var refusal = Assert.Single(RegisterData.Refusals(RegisterData.Row(7, (RegisterField.DateOfBirth, cell))));

        Assert.Equal(new RegisterRefusal(7, RegisterField.DateOfBirth, $"'{cell}' is not a date: use a date such as 31/01/2026"), refusal);
    }
}
