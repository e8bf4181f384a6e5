using EhcpQa.Domain.Frameworks;

namespace EhcpQa.Domain.Tests.DraftChecks;

/// <summary>Drafts for the checker's tests: every section says nothing was identified unless the test gives its text.</summary>
internal static class Drafts
{
    public const string NothingIdentified = "No needs or provision were identified in this section.";

    public static Dictionary<SectionCode, string> Draft(params (SectionCode Code, string Text)[] sections)
    {
        var draft = PlanSections.Statutory.ToDictionary(s => s.Code, s => s.Code == SectionCode.I ? string.Empty : NothingIdentified);
        foreach (var (code, text) in sections)
        {
            draft[code] = text;
        }

        return draft;
    }
}
