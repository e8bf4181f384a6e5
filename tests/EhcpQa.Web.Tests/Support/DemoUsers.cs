namespace EhcpQa.Web.Tests.Support;

/// <summary>The seeded demo users' email addresses, by what they are.</summary>
public static class DemoUsers
{
    public const string Caseworker = "caseworker@ehcpqa.test";
    public const string OtherCaseworker = "caseworker2@ehcpqa.test";
    public const string LocalityManager = "manager@ehcpqa.test";
    public const string OtherLocalityManager = "manager2@ehcpqa.test";
    public const string QaLead = "qalead@ehcpqa.test";
    public const string PanelMember = "panel@ehcpqa.test";
    public const string BoardMember = "board@ehcpqa.test";
    public const string Administrator = "admin@ehcpqa.test";
    public const string AgencyLead = "agency-health@ehcpqa.test";
}
