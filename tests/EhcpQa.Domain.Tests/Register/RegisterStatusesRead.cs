using EhcpQa.Domain.Register;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Register;

/// <summary>A plan's status is read from the words registers use for it.</summary>
public class RegisterStatusesRead
{
    [Theory]
    [InlineData("Draft", RegisterStatus.Draft)]
    [InlineData("final", RegisterStatus.Final)]
    [InlineData("Issued", RegisterStatus.Final)]
    [InlineData("Maintained", RegisterStatus.Final)]
    [InlineData("ACTIVE", RegisterStatus.Final)]
    [InlineData("Amended", RegisterStatus.Amended)]
    [InlineData("Ceased", RegisterStatus.Ceased)]
    [InlineData("Closed", RegisterStatus.Ceased)]
    public void AStatus_IsRead(string cell, RegisterStatus status)
    {
        var row = RegisterData.Row(2,
            (RegisterField.Status, cell),
            (RegisterField.IssuedOn, status == RegisterStatus.Draft ? null : "20/02/2026"),
            (RegisterField.CeasedOn, status == RegisterStatus.Ceased ? "27/02/2026" : null));

        Assert.Equal(status, RegisterData.Read(row).Status);
    }

    [Fact]
    public void AWordThatIsNotAStatus_IsRefused()
    {
        var refusal = Assert.Single(RegisterData.Refusals(RegisterData.Row(2, (RegisterField.Status, "Pending"))));

        Assert.Equal(new RegisterRefusal(2, RegisterField.Status, "'Pending' is not a plan status: use draft, final, amended or ceased"), refusal);
    }
}
