using EhcpQa.Domain.Staff;

namespace EhcpQa.Domain.Tests.Staff;

public class AgencyNames
{
    [Theory]
    [InlineData(Agency.SendTeam, "SEND team")]
    [InlineData(Agency.Health, "Health")]
    [InlineData(Agency.SocialCare, "Social care")]
    [InlineData(Agency.EducationSetting, "Education setting")]
    [InlineData(Agency.ParentCarerForum, "Parent carer forum")]
    [InlineData(Agency.Sendiass, "SENDIASS")]
    [InlineData(Agency.EducationalPsychology, "Educational psychology")]
    [InlineData(Agency.SeniorLeadership, "Senior leadership")]
    public void EachAgency_HasItsName(Agency agency, string expected)
    {
        Assert.Equal(expected, agency.Name());
    }

    [Fact]
    public void AgencyNames_AreDistinct()
    {
        var agencies = Enum.GetValues<Agency>();

        Assert.Equal(agencies.Length, agencies.Select(a => a.Name()).Distinct().Count());
    }
}
