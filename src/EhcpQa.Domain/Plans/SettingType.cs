namespace EhcpQa.Domain.Plans;

/// <summary>The type of setting a child or young person attends or is named for.</summary>
public enum SettingType
{
    Mainstream = 1,
    ResourcedProvision,
    Special,
    Independent,
    FurtherEducation,
    EarlyYears,
    ElectiveHomeEducation,
    EducationOtherThanAtSchool,
}

public static class SettingTypes
{
    public static string Name(this SettingType setting) => setting switch
    {
        SettingType.Mainstream => "Mainstream school",
        SettingType.ResourcedProvision => "Resourced provision or SEN unit",
        SettingType.Special => "Special school",
        SettingType.Independent => "Independent or non-maintained special school",
        SettingType.FurtherEducation => "Further education",
        SettingType.EarlyYears => "Early years setting",
        SettingType.ElectiveHomeEducation => "Elective home education",
        SettingType.EducationOtherThanAtSchool => "Education other than at school",
        _ => setting.ToString(),
    };
}
