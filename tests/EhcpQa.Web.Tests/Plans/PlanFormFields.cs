namespace EhcpQa.Web.Tests.Plans;

/// <summary>The fields of a plan form as a browser posts them.</summary>
public static class PlanFormFields
{
    public static Dictionary<string, string> Valid(string reference, string caseworkerId, int localityId, string initials = "JS") => new()
    {
        ["Form.Reference"] = reference,
        ["Form.ChildIdentifier"] = initials,
        ["Form.DateOfBirth.Day"] = "14",
        ["Form.DateOfBirth.Month"] = "3",
        ["Form.DateOfBirth.Year"] = "2016",
        ["Form.PrimaryNeed"] = "Autism",
        ["Form.Setting"] = "Mainstream",
        ["Form.LocalityId"] = localityId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Form.CaseworkerId"] = caseworkerId,
        ["Form.RequestDate.Day"] = "1",
        ["Form.RequestDate.Month"] = "9",
        ["Form.RequestDate.Year"] = "2026",
        ["Form.Stage"] = "Draft",
    };
}
