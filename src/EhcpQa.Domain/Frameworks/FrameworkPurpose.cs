using EhcpQa.Domain.Frameworks.Forms;

namespace EhcpQa.Domain.Frameworks;

/// <summary>What a framework version is used for: each purpose uses one version, which the QA lead chooses.</summary>
public enum FrameworkPurpose
{
    /// <summary>Grading drafts for sign-off, second opinions and agreed grades.</summary>
    DraftSignOff = 1,

    /// <summary>Panel moderation of dip samples and agreed panel grades.</summary>
    Moderation,

    /// <summary>Agencies' quality assurance of their professional advice.</summary>
    AdviceQa,

    /// <summary>The survey families and young people answer.</summary>
    FamilySurvey,
}

public static class FrameworkPurposes
{
    public static IReadOnlyList<FrameworkPurpose> All { get; } = Enum.GetValues<FrameworkPurpose>();

    public static string Name(this FrameworkPurpose purpose) => purpose switch
    {
        FrameworkPurpose.DraftSignOff => "Draft sign-off",
        FrameworkPurpose.Moderation => "Moderation",
        FrameworkPurpose.AdviceQa => "Advice quality assurance",
        FrameworkPurpose.FamilySurvey => "Family survey",
        _ => "Unknown purpose",
    };

    /// <summary>The document a version's form must assess to serve the purpose.</summary>
    public static AssessedDocument Assesses(this FrameworkPurpose purpose) => purpose switch
    {
        FrameworkPurpose.AdviceQa => AssessedDocument.Advice,
        FrameworkPurpose.FamilySurvey => AssessedDocument.FamilySurvey,
        _ => AssessedDocument.Plan,
    };
}
