namespace EhcpQa.Domain.Grades;

/// <summary>
/// Why a plan version is being graded. Every judgement in the service is the same act (a person grades
/// one version of a plan against one framework version, section by section and overall); the purpose
/// says which part of the QA ladder it serves, who may make it and what they may see.
/// </summary>
public enum GradingPurpose
{
    /// <summary>A locality manager grades a draft before it may be issued.</summary>
    SignOff = 1,

    /// <summary>A second senior officer grades a draft graded below Good, without seeing the first grading.</summary>
    SecondOpinion,

    /// <summary>The grade the two sign-off graders agree after a second opinion.</summary>
    SignOffAgreement,

    /// <summary>A panel member's (or leader's) independent moderation of a finalised plan.</summary>
    Moderation,

    /// <summary>The grade a moderation panel agrees for a plan.</summary>
    PanelAgreement,

    /// <summary>An agency lead's audit of a piece of their agency's advice on the authority's advice form.</summary>
    AdviceAudit,
}

public static class GradingPurposes
{
    public static string Name(this GradingPurpose purpose) => purpose switch
    {
        GradingPurpose.SignOff => "Sign-off grading",
        GradingPurpose.SecondOpinion => "Second opinion",
        GradingPurpose.SignOffAgreement => "Agreed sign-off grade",
        GradingPurpose.Moderation => "Moderation",
        GradingPurpose.PanelAgreement => "Agreed panel grade",
        GradingPurpose.AdviceAudit => "Advice audit",
        _ => purpose.ToString(),
    };

    /// <summary>Whether the grading records a grade agreed between graders rather than one person's judgement.</summary>
    public static bool IsAgreement(this GradingPurpose purpose) =>
        purpose is GradingPurpose.SignOffAgreement or GradingPurpose.PanelAgreement;

    /// <summary>Whether the grading is part of moderation (a moderator's grading or the panel's agreed grade).</summary>
    public static bool IsModeration(this GradingPurpose purpose) =>
        purpose is GradingPurpose.Moderation or GradingPurpose.PanelAgreement;
}
