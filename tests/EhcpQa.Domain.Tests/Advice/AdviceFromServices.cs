using EhcpQa.Domain.Advice;
using EhcpQa.Domain.Staff;

namespace EhcpQa.Domain.Tests.Advice;

/// <summary>
/// Advice is asked of a named service, whose agency assures it (the health services all health's), or of another service
/// the authority names, with the agency it belongs to.
/// </summary>
public class AdviceFromServices
{
    [Theory]
    [InlineData(AdviceService.EducationalPsychology, Agency.EducationalPsychology)]
    [InlineData(AdviceService.EducationSetting, Agency.EducationSetting)]
    [InlineData(AdviceService.Paediatrics, Agency.Health)]
    [InlineData(AdviceService.SpeechAndLanguageTherapy, Agency.Health)]
    [InlineData(AdviceService.Camhs, Agency.Health)]
    [InlineData(AdviceService.DesignatedClinicalOfficer, Agency.Health)]
    [InlineData(AdviceService.SocialCare, Agency.SocialCare)]
    public void NamedService_IsAssuredByItsAgency(AdviceService service, Agency agency)
    {
        var request = Requests.Of(service, new DateOnly(2026, 10, 1), name: "Ignored", agency: Agency.SocialCare);

        Assert.Equal((agency, (string?)null, service.Name()), (request.Agency, request.ServiceName, request.ServiceWords));
    }

    [Fact]
    public void AnotherService_KeepsTheAuthoritysNameAndAgency()
    {
        var request = Requests.Of(AdviceService.Other, new DateOnly(2026, 10, 1), name: " Sensory support service ", agency: Agency.EducationSetting);

        Assert.Equal((Agency.EducationSetting, "Sensory support service"), (request.Agency, request.ServiceWords));
    }

    [Fact]
    public void AnotherService_WithoutANameOrAnAdvisingAgency_IsRefused()
    {
        var problems = AdviceRequest.Problems(AdviceOccasion.AnnualReview, AdviceService.Other, " ", Agency.SendTeam, new DateOnly(2026, 10, 1), null, Requests.Today);

        Assert.Equal(["ServiceName", "Agency"], problems.Select(p => p.Field));
    }

    [Fact]
    public void NothingChosen_IsRefusedForEachDetail()
    {
        var problems = AdviceRequest.Problems(null, null, null, null, null, null, Requests.Today);

        Assert.Equal(["Occasion", "Service", "RequestedOn"], problems.Select(p => p.Field));
    }

    [Fact]
    public void AgencyLead_LeadsTheirAdvisingAgencyOnly()
    {
        Actor Lead(Agency agency) => new("lead", new HashSet<string> { StaffRole.AgencyLead }, agency, null);

        Assert.Equal(Agency.Health, AdviceAccess.AgencyLedBy(Lead(Agency.Health)));
        Assert.Null(AdviceAccess.AgencyLedBy(Lead(Agency.SendTeam)));
        Assert.Null(AdviceAccess.AgencyLedBy(new Actor("cw", new HashSet<string> { StaffRole.Caseworker }, Agency.Health, 1)));
        Assert.Contains(StaffAccounts.Problems("a@b.test", "A Lead", [StaffRole.AgencyLead], Agency.SendTeam, null), p => p.Field == "Agency");
        Assert.Empty(StaffAccounts.Problems("a@b.test", "A Lead", [StaffRole.AgencyLead], Agency.SocialCare, null));
    }
}
