using EhcpQa.Domain.Moderation;

namespace EhcpQa.Domain.Dashboards;

/// <summary>The level of quality assurance a grade was given at (the ladder in the source documents).</summary>
public enum AssuranceLevel
{
    /// <summary>Level 2: draft sign-off by a locality manager (with a second opinion and agreed grade below Good).</summary>
    SignOff = 2,

    /// <summary>Level 3: managers moderate a monthly dip sample; the grade the session agreed.</summary>
    LeadershipDipSample = 3,

    /// <summary>Level 4: a multi-agency panel moderates finalised plans; the grade the panel agreed.</summary>
    MultiAgencyPanel = 4,

    /// <summary>Peer moderation: caseworkers moderate one another's finalised plans; the grade the session agreed.</summary>
    PeerModeration = 5,
}

public static class AssuranceLevels
{
    public static string Name(this AssuranceLevel level) => level switch
    {
        AssuranceLevel.SignOff => "Draft sign-off",
        AssuranceLevel.LeadershipDipSample => "Leadership dip sample",
        AssuranceLevel.MultiAgencyPanel => "Multi-agency panel",
        AssuranceLevel.PeerModeration => "Peer moderation",
        _ => level.ToString(),
    };

    /// <summary>The level of QA a moderation session's agreed grades are given at.</summary>
    public static AssuranceLevel Of(PanelLevel level) => level switch
    {
        PanelLevel.LeadershipDipSample => AssuranceLevel.LeadershipDipSample,
        PanelLevel.MultiAgencyPanel => AssuranceLevel.MultiAgencyPanel,
        PanelLevel.PeerModeration => AssuranceLevel.PeerModeration,
        _ => throw new DomainRuleException($"{level} is not a level of moderation."),
    };
}
