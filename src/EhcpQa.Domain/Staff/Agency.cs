namespace EhcpQa.Domain.Staff;

/// <summary>The partner a member of staff or panel member represents.</summary>
public enum Agency
{
    SendTeam = 1,
    Health,
    SocialCare,
    EducationSetting,
    ParentCarerForum,
    Sendiass,
    EducationalPsychology,
    SeniorLeadership,
}

public static class Agencies
{
    public static string Name(this Agency agency) => agency switch
    {
        Agency.SendTeam => "SEND team",
        Agency.Health => "Health",
        Agency.SocialCare => "Social care",
        Agency.EducationSetting => "Education setting",
        Agency.ParentCarerForum => "Parent carer forum",
        Agency.Sendiass => "SENDIASS",
        Agency.EducationalPsychology => "Educational psychology",
        Agency.SeniorLeadership => "Senior leadership",
        _ => agency.ToString(),
    };
}
