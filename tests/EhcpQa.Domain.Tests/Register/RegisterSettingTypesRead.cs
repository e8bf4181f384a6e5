using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Register;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Register;

/// <summary>Types of setting are read from the service's names for them and the words registers commonly use.</summary>
public class RegisterSettingTypesRead
{
    [Theory]
    [InlineData("mainstream", SettingType.Mainstream)]
    [InlineData("Mainstream school", SettingType.Mainstream)]
    [InlineData("Resourced provision", SettingType.ResourcedProvision)]
    [InlineData("SEN unit", SettingType.ResourcedProvision)]
    [InlineData("Special", SettingType.Special)]
    [InlineData("special school", SettingType.Special)]
    [InlineData("Independent", SettingType.Independent)]
    [InlineData("INMSS", SettingType.Independent)]
    [InlineData("Non-maintained", SettingType.Independent)]
    [InlineData("NMSS", SettingType.Independent)]
    [InlineData("FE", SettingType.FurtherEducation)]
    [InlineData("Further education", SettingType.FurtherEducation)]
    [InlineData("College", SettingType.FurtherEducation)]
    [InlineData("Early years", SettingType.EarlyYears)]
    [InlineData("EY", SettingType.EarlyYears)]
    [InlineData("EHE", SettingType.ElectiveHomeEducation)]
    [InlineData("Elective home education", SettingType.ElectiveHomeEducation)]
    [InlineData("EOTAS", SettingType.EducationOtherThanAtSchool)]
    [InlineData("Education other than at school", SettingType.EducationOtherThanAtSchool)]
    public void ASettingType_IsRead(string cell, SettingType setting)
    {
        Assert.Equal(setting, RegisterData.Read(RegisterData.Row(2, (RegisterField.SettingType, cell))).Details.Setting);
    }

    [Fact]
    public void AWordItDoesNotKnow_IsRefused_NamingIt()
    {
        var refusal = Assert.Single(RegisterData.Refusals(RegisterData.Row(2, (RegisterField.SettingType, "Academy"))));

        Assert.Equal(RegisterField.SettingType, refusal.Field);
        Assert.StartsWith("'Academy' is not a type of setting the service records", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheNameOfTheSetting_IsRead_AndOneTooLongRefused()
    {
        var tooLong = new string('x', Plan.SettingNameMaxLength + 1);

        Assert.Equal("Oak Primary School", RegisterData.Read(RegisterData.Row()).Details.SettingName);
        var refusal = Assert.Single(RegisterData.Refusals(RegisterData.Row(2, (RegisterField.SettingName, tooLong))));
        Assert.Equal((RegisterField.SettingName, "The name of the setting must be 200 characters or fewer"), (refusal.Field, refusal.Message));
    }
}
