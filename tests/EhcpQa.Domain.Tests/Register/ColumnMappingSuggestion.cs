using EhcpQa.Domain.Register;

namespace EhcpQa.Domain.Tests.Register;

/// <summary>The mapping offered for a file: the saved mapping where the file has its headings, else headings the service recognises.</summary>
public class ColumnMappingSuggestion
{
    [Theory]
    [InlineData("Ref", RegisterField.Reference)]
    [InlineData("EHCP Reference", RegisterField.Reference)]
    [InlineData("case_reference", RegisterField.Reference)]
    [InlineData("D.O.B", RegisterField.DateOfBirth)]
    [InlineData("Case officer", RegisterField.Caseworker)]
    [InlineData("SEN Officer", RegisterField.Caseworker)]
    [InlineData("Team", RegisterField.Locality)]
    [InlineData("Primary SEN type", RegisterField.PrimaryNeed)]
    [InlineData("Provision type", RegisterField.SettingType)]
    [InlineData("School", RegisterField.SettingName)]
    [InlineData("RFA date", RegisterField.RequestDate)]
    [InlineData("Final plan date", RegisterField.IssuedOn)]
    [InlineData("Last annual review", RegisterField.LastReviewedOn)]
    [InlineData("Plan status", RegisterField.Status)]
    [InlineData("Date ceased", RegisterField.CeasedOn)]
    [InlineData("Vulnerable groups", RegisterField.Cohorts)]
    public void AHeadingTheServiceRecognises_IsOfferedForItsField(string heading, RegisterField field)
    {
        var mapping = RegisterColumnMapping.Suggest(["Something else", heading], null);

        Assert.Equal(heading, mapping.HeadingFor(field));
        Assert.Single(mapping.Columns);
    }

    [Fact]
    public void EveryFieldsOwnName_IsRecognised()
    {
        var names = RegisterFields.All.Select(f => f.Name()).ToList();

        var mapping = RegisterColumnMapping.Suggest(names, null);

        Assert.All(RegisterFields.All, field => Assert.Equal(field.Name(), mapping.HeadingFor(field)));
    }

    [Fact]
    public void AHeadingItDoesNotRecognise_LeavesTheFieldUnmapped()
    {
        var mapping = RegisterColumnMapping.Suggest(["Reference", "Favourite colour"], null);

        Assert.Null(mapping.HeadingFor(RegisterField.ChildInitials));
        Assert.DoesNotContain("Favourite colour", mapping.Columns.Values);
    }

    [Fact]
    public void TheSavedMapping_IsPreferred_WhereTheFileHasItsHeading_IgnoringCase()
    {
        var saved = new RegisterColumnMapping(new Dictionary<RegisterField, string>
        {
            [RegisterField.Reference] = "MOSAIC ID",
            [RegisterField.Locality] = "Patch",
        });

        var mapping = RegisterColumnMapping.Suggest(["Ref", "Mosaic id", "Locality"], saved);

        Assert.Equal("Mosaic id", mapping.HeadingFor(RegisterField.Reference));
        Assert.Equal("Locality", mapping.HeadingFor(RegisterField.Locality));
        Assert.DoesNotContain("Ref", mapping.Columns.Values);
    }

    [Fact]
    public void AHeading_IsOfferedForOneFieldOnly()
    {
        var saved = new RegisterColumnMapping(new Dictionary<RegisterField, string> { [RegisterField.SettingName] = "Setting type" });

        var mapping = RegisterColumnMapping.Suggest(["Setting type"], saved);

        Assert.Equal("Setting type", mapping.HeadingFor(RegisterField.SettingName));
        Assert.Null(mapping.HeadingFor(RegisterField.SettingType));
    }
}
