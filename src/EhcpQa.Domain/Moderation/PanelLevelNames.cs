namespace EhcpQa.Domain.Moderation;

public static class PanelLevelNames
{
    public static string Name(this PanelLevel level) => level switch
    {
        PanelLevel.LeadershipDipSample => "Leadership dip sample",
        PanelLevel.MultiAgencyPanel => "Multi-agency panel",
        PanelLevel.PeerModeration => "Peer moderation",
        _ => level.ToString(),
    };
}
