using EhcpQa.Domain.Staff;

namespace EhcpQa.Domain.Advice;

/// <summary>
/// The service advice is requested from during an assessment or review (SEND Regulations 2014, reg. 6): the names are
/// stored, so they never change. <see cref="Other"/> is a service the authority names itself.
/// </summary>
public enum AdviceService
{
    EducationalPsychology = 1,
    EducationSetting,
    Paediatrics,
    SpeechAndLanguageTherapy,
    OccupationalTherapy,
    Physiotherapy,
    Camhs,
    DesignatedClinicalOfficer,
    SocialCare,
    Other,
}

/// <summary>Whether advice informs a new assessment or an annual review of an issued plan.</summary>
public enum AdviceOccasion
{
    NewAssessment = 1,
    AnnualReview,
}

public static class AdviceServices
{
    public static IReadOnlyList<AdviceService> All { get; } = Enum.GetValues<AdviceService>();

    /// <summary>The kind of plan the advice informs, for the dashboard's cut: a new plan, or one amended after an annual review.</summary>
    public static Plans.PlanKind PlanKind(this AdviceOccasion occasion) =>
        occasion == AdviceOccasion.AnnualReview ? Plans.PlanKind.Amended : Plans.PlanKind.New;

    public static string Name(this AdviceService service) => service switch
    {
        AdviceService.EducationalPsychology => "Educational psychology",
        AdviceService.EducationSetting => "Education setting",
        AdviceService.Paediatrics => "Paediatrics",
        AdviceService.SpeechAndLanguageTherapy => "Speech and language therapy",
        AdviceService.OccupationalTherapy => "Occupational therapy",
        AdviceService.Physiotherapy => "Physiotherapy",
        AdviceService.Camhs => "CAMHS",
        AdviceService.DesignatedClinicalOfficer => "Designated clinical officer",
        AdviceService.SocialCare => "Social care",
        AdviceService.Other => "Another service",
        _ => service.ToString(),
    };

    /// <summary>
    /// The agency whose lead assures the service's advice; null for <see cref="AdviceService.Other"/>, whose agency is
    /// chosen when the advice is requested.
    /// </summary>
    public static Agency? AgencyOf(this AdviceService service) => service switch
    {
        AdviceService.EducationalPsychology => Agency.EducationalPsychology,
        AdviceService.EducationSetting => Agency.EducationSetting,
        AdviceService.Paediatrics or AdviceService.SpeechAndLanguageTherapy or AdviceService.OccupationalTherapy
            or AdviceService.Physiotherapy or AdviceService.Camhs or AdviceService.DesignatedClinicalOfficer => Agency.Health,
        AdviceService.SocialCare => Agency.SocialCare,
        _ => null,
    };

    public static string Name(this AdviceOccasion occasion) => occasion switch
    {
        AdviceOccasion.NewAssessment => "New assessment",
        AdviceOccasion.AnnualReview => "Annual review",
        _ => occasion.ToString(),
    };

    /// <summary>The agencies that give advice, each assuring its own: education (settings and educational psychology), health and social care.</summary>
    public static IReadOnlyList<Agency> AdvisingAgencies { get; } =
        [Agency.EducationalPsychology, Agency.EducationSetting, Agency.Health, Agency.SocialCare];
}
