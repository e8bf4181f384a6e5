namespace EhcpQa.Domain.Plans;

/// <summary>The phase or key stage a child or young person is in, which QA reports are cut by.</summary>
public enum Phase
{
    EarlyYears = 1,
    KeyStage1,
    KeyStage2,
    KeyStage3,
    KeyStage4,
    Post16,
    Post19,
}

public static class PhaseNames
{
    public static string Name(this Phase phase) => phase switch
    {
        Phase.EarlyYears => "Early Years",
        Phase.KeyStage1 => "Key Stage 1",
        Phase.KeyStage2 => "Key Stage 2",
        Phase.KeyStage3 => "Key Stage 3",
        Phase.KeyStage4 => "Key Stage 4",
        Phase.Post16 => "Post-16",
        Phase.Post19 => "Post-19",
        _ => phase.ToString(),
    };
}
