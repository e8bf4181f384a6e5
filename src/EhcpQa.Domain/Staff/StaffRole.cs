namespace EhcpQa.Domain.Staff;

/// <summary>The roles people hold in the service. The names are stored, so they never change.</summary>
public static class StaffRole
{
    public const string Caseworker = nameof(Caseworker);
    public const string LocalityManager = nameof(LocalityManager);
    public const string QaLead = nameof(QaLead);
    public const string PanelMember = nameof(PanelMember);
    public const string BoardMember = nameof(BoardMember);
    public const string Administrator = nameof(Administrator);
    public const string AgencyLead = nameof(AgencyLead);

    public static IReadOnlyList<string> All { get; } =
        [Caseworker, LocalityManager, QaLead, PanelMember, BoardMember, Administrator, AgencyLead];

    public static string Name(string role) => role switch
    {
        Caseworker => "Caseworker",
        LocalityManager => "Locality manager",
        QaLead => "QA lead",
        PanelMember => "Panel member",
        BoardMember => "Board member",
        Administrator => "Administrator",
        AgencyLead => "Agency lead",
        _ => role,
    };

    public static string Describe(string role) => role switch
    {
        Caseworker => "Writes draft plans and submits them for sign-off",
        LocalityManager => "Grades and signs off the drafts of their locality",
        QaLead => "Keeps the framework, draws samples and runs panels; sees every plan",
        PanelMember => "Moderates the plans assigned to them, pseudonymised",
        BoardMember => "Sees aggregate figures and monthly summaries only",
        Administrator => "Manages user accounts",
        AgencyLead => "Assures the quality and timeliness of their agency's professional advice",
        _ => string.Empty,
    };
}
