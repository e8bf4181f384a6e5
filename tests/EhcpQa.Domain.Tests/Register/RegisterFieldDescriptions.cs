using EhcpQa.Domain.Register;

namespace EhcpQa.Domain.Tests.Register;

/// <summary>Each field the service reads has a name, a hint on what it accepts, and is required or not.</summary>
public class RegisterFieldDescriptions
{
    [Fact]
    public void TheFields_AreListedInOrder_EachWithItsOwnNameAndAHint()
    {
        Assert.Equal(Enum.GetValues<RegisterField>(), RegisterFields.All);
        Assert.Equal(RegisterFields.All.Count, RegisterFields.All.Select(f => f.Name()).Distinct().Count());
        Assert.All(RegisterFields.All, f => Assert.False(string.IsNullOrWhiteSpace(f.Hint())));
        Assert.Equal("Caseworker's e-mail address", RegisterField.Caseworker.Name());
        Assert.Contains("PMLD", RegisterField.PrimaryNeed.Hint(), StringComparison.Ordinal);
    }

    [Fact]
    public void TheFieldsEveryRowNeeds_AreRequired()
    {
        Assert.Equal(
            [RegisterField.Reference, RegisterField.ChildInitials, RegisterField.DateOfBirth, RegisterField.Caseworker, RegisterField.Locality,
             RegisterField.PrimaryNeed, RegisterField.SettingType, RegisterField.RequestDate, RegisterField.Status],
            RegisterFields.All.Where(f => f.IsRequired()));
    }
}
