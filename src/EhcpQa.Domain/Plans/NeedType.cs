namespace EhcpQa.Domain.Plans;

/// <summary>The four broad areas of need in the SEND Code of Practice.</summary>
public enum BroadAreaOfNeed
{
    CommunicationAndInteraction = 1,
    CognitionAndLearning,
    SocialEmotionalAndMentalHealth,
    SensoryAndPhysical,
}

/// <summary>The Department for Education's types of special educational need, as recorded for a plan's primary need.</summary>
public enum NeedType
{
    SpeechLanguageAndCommunication = 1,
    Autism,
    SpecificLearningDifficulty,
    ModerateLearningDifficulty,
    SevereLearningDifficulty,
    ProfoundAndMultipleLearningDifficulty,
    SocialEmotionalAndMentalHealth,
    HearingImpairment,
    VisionImpairment,
    MultiSensoryImpairment,
    PhysicalDisability,
}

public static class Needs
{
    public static BroadAreaOfNeed AreaOf(this NeedType need) => need switch
    {
        NeedType.SpeechLanguageAndCommunication or NeedType.Autism => BroadAreaOfNeed.CommunicationAndInteraction,
        NeedType.SpecificLearningDifficulty or NeedType.ModerateLearningDifficulty or NeedType.SevereLearningDifficulty
            or NeedType.ProfoundAndMultipleLearningDifficulty => BroadAreaOfNeed.CognitionAndLearning,
        NeedType.SocialEmotionalAndMentalHealth => BroadAreaOfNeed.SocialEmotionalAndMentalHealth,
        NeedType.HearingImpairment or NeedType.VisionImpairment or NeedType.MultiSensoryImpairment
            or NeedType.PhysicalDisability => BroadAreaOfNeed.SensoryAndPhysical,
        _ => throw new ArgumentOutOfRangeException(nameof(need), need, "Unknown type of need."),
    };

    public static IEnumerable<NeedType> In(BroadAreaOfNeed area) => Enum.GetValues<NeedType>().Where(n => n.AreaOf() == area);

    public static string Name(this BroadAreaOfNeed area) => area switch
    {
        BroadAreaOfNeed.CommunicationAndInteraction => "Communication and interaction",
        BroadAreaOfNeed.CognitionAndLearning => "Cognition and learning",
        BroadAreaOfNeed.SocialEmotionalAndMentalHealth => "Social, emotional and mental health",
        BroadAreaOfNeed.SensoryAndPhysical => "Sensory and/or physical",
        _ => area.ToString(),
    };

    public static string Name(this NeedType need) => need switch
    {
        NeedType.SpeechLanguageAndCommunication => "Speech, language and communication needs",
        NeedType.Autism => "Autistic spectrum disorder",
        NeedType.SpecificLearningDifficulty => "Specific learning difficulty",
        NeedType.ModerateLearningDifficulty => "Moderate learning difficulty",
        NeedType.SevereLearningDifficulty => "Severe learning difficulty",
        NeedType.ProfoundAndMultipleLearningDifficulty => "Profound and multiple learning difficulty",
        NeedType.SocialEmotionalAndMentalHealth => "Social, emotional and mental health",
        NeedType.HearingImpairment => "Hearing impairment",
        NeedType.VisionImpairment => "Vision impairment",
        NeedType.MultiSensoryImpairment => "Multi-sensory impairment",
        NeedType.PhysicalDisability => "Physical disability",
        _ => need.ToString(),
    };
}
