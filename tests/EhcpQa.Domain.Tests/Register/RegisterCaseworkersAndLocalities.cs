using EhcpQa.Domain.Register;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Register;

/// <summary>The caseworker is found by their account's e-mail address and the locality by its name; others are refused.</summary>
public class RegisterCaseworkersAndLocalities
{
    [Fact]
    public void TheCaseworkerAndLocality_AreFound_IgnoringCase()
    {
        var record = RegisterData.Read(RegisterData.Row(2,
            (RegisterField.Caseworker, RegisterData.OtherCaseworkerEmail.ToUpperInvariant()),
            (RegisterField.Locality, "south")));

        Assert.Equal(RegisterData.OtherCaseworkerId, record.Details.CaseworkerId);
        Assert.Equal(RegisterData.OtherLocalityId, record.Details.LocalityId);
    }

    [Fact]
    public void AnAddressWithNoAccount_IsRefused()
    {
        var refusal = Assert.Single(RegisterData.Refusals(RegisterData.Row(4, (RegisterField.Caseworker, "new.starter@council.example"))));

        Assert.Equal(new RegisterRefusal(4, RegisterField.Caseworker,
            "No caseworker account has the e-mail address new.starter@council.example: add the account first or correct the register"), refusal);
    }

    [Fact]
    public void ALocalityTheServiceDoesNotHave_IsRefused()
    {
        var refusal = Assert.Single(RegisterData.Refusals(RegisterData.Row(4, (RegisterField.Locality, "East"))));

        Assert.Equal(new RegisterRefusal(4, RegisterField.Locality, "There is no locality called 'East'"), refusal);
    }
}
