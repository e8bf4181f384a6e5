using EhcpQa.Domain.Frameworks;

namespace EhcpQa.Web.Features.Drafts.Documents;

/// <summary>
/// Why a split may be wrong: Section F (the provision, the heart of a plan) not found or empty, a section found twice,
/// a section whose heading came after a later one's, or too few sections with text. Sections found as columns of the
/// national template's tables come where the template puts them, so their order and repeats are not doubted.
/// </summary>
internal static class SplitDoubts
{
    public static IReadOnlyList<string> Of(IReadOnlyDictionary<SectionCode, string> sections, IReadOnlyList<SectionStart> starts)
    {
        var doubts = new List<string>();
        if (sections.Count == 0)
        {
            doubts.Add("No section headings were found");
            return doubts;
        }

        AddProvision(sections, doubts);
        AddRepeats(starts, doubts);
        AddOrder(starts, doubts);
        AddTooFewWithText(sections, doubts);
        return doubts;
    }

    private static void AddProvision(IReadOnlyDictionary<SectionCode, string> sections, List<string> doubts)
    {
        if (!sections.TryGetValue(SectionCode.F, out var provision))
        {
            doubts.Add("Section F was not found");
        }
        else if (provision.Length == 0)
        {
            doubts.Add("Section F was found but has no text under it");
        }
    }

    private static void AddRepeats(IReadOnlyList<SectionStart> starts, List<string> doubts)
    {
        var repeats = starts
            .Where(s => !s.FromColumn && !s.Continued)
            .GroupBy(s => s.Code)
            .Where(g => g.Count() > 1)
            .OrderBy(g => g.Key);
        foreach (var repeat in repeats)
        {
            doubts.Add($"Section {repeat.Key} was found {Times(repeat.Count())}");
        }
    }

    private static void AddOrder(IReadOnlyList<SectionStart> starts, List<string> doubts)
    {
        var firsts = new HashSet<SectionCode>();
        SectionCode? latest = null;
        foreach (var start in starts.Where(s => !s.FromColumn))
        {
            if (!firsts.Add(start.Code))
            {
                continue;
            }

            if (latest is { } later && start.Code < later)
            {
                doubts.Add($"Section {start.Code} came after Section {later}");
            }
            else
            {
                latest = start.Code;
            }
        }
    }

    private static void AddTooFewWithText(IReadOnlyDictionary<SectionCode, string> sections, List<string> doubts)
    {
        var withText = sections.Values.Count(t => t.Length > 0);
        if (withText >= DraftDocumentSplit.ConfidentSectionCount)
        {
            return;
        }

        doubts.Add(withText switch
        {
            0 => "No section has text under it",
            1 => "Only 1 section has text under it",
            _ => $"Only {withText} sections have text under them",
        });
    }

    private static string Times(int count) => count == 2 ? "twice" : $"{count} times";
}
