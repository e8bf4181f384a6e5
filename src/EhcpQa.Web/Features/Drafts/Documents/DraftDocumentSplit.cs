using EhcpQa.Domain.Frameworks;

namespace EhcpQa.Web.Features.Drafts.Documents;

/// <summary>
/// A draft plan's document split into its sections by their headings, for the caseworker to confirm or correct.
/// </summary>
/// <param name="Sections">The sections whose heading was found (or that were found as columns of a national template
/// table), in plan order (A, B, …, H1, H2, …, K), each with its text (paragraphs separated by "\n", trimmed; empty when
/// the heading had nothing under it, as Section I should on a draft).</param>
/// <param name="Preamble">The text before the first section heading: usually the child's personal details. A list of
/// contents is left out.</param>
/// <param name="Missing">The sections A–K (with H1 and H2) whose heading was not found, in plan order.</param>
/// <param name="IsConfident">Whether the split looks right: no <see cref="Doubts"/> (headings in the plan's order,
/// none found twice, Section F found with text, and at least <see cref="ConfidentSectionCount"/> sections with text).
/// When false, the caseworker should check the split with particular care or paste the sections instead.</param>
public sealed record DraftDocumentSplit(
    IReadOnlyDictionary<SectionCode, string> Sections,
    string Preamble,
    IReadOnlyList<SectionCode> Missing,
    bool IsConfident)
{
    /// <summary>Fewer sections than this with text under them make the split doubtful.</summary>
    public const int ConfidentSectionCount = 6;

    /// <summary>
    /// For each section found, the line that started it as written ("SECTION F – SPECIAL EDUCATIONAL PROVISION"), or
    /// for a section found as a column of a table, "Table column: " and the column's heading.
    /// </summary>
    public IReadOnlyDictionary<SectionCode, string> StartedBy { get; init; } = new Dictionary<SectionCode, string>();

    /// <summary>
    /// Why the split may be wrong, in plain English, in the order they should be checked ("Section F was not found",
    /// "Section C came after Section E", "Section B was found twice"). Empty when <see cref="IsConfident"/>.
    /// </summary>
    public IReadOnlyList<string> Doubts { get; init; } = [];

    /// <summary>The text of a section, or "" when its heading was not found.</summary>
    public string TextOf(SectionCode code) => Sections.TryGetValue(code, out var text) ? text : "";

    /// <summary>The line that started a section, or null when it was not found.</summary>
    public string? StartOf(SectionCode code) => StartedBy.TryGetValue(code, out var line) ? line : null;

    internal static DraftDocumentSplit From(
        IReadOnlyDictionary<SectionCode, string> found,
        string preamble,
        IReadOnlyDictionary<SectionCode, string> startedBy,
        IReadOnlyList<SectionStart> starts)
    {
        var sections = new Dictionary<SectionCode, string>();
        var started = new Dictionary<SectionCode, string>();
        var missing = new List<SectionCode>();
        foreach (var section in PlanSections.Statutory)
        {
            if (found.TryGetValue(section.Code, out var text))
            {
                sections[section.Code] = text;
                if (startedBy.TryGetValue(section.Code, out var line))
                {
                    started[section.Code] = line;
                }
            }
            else
            {
                missing.Add(section.Code);
            }
        }

        var doubts = SplitDoubts.Of(sections, starts);
        return new DraftDocumentSplit(sections, preamble, missing, doubts.Count == 0)
        {
            StartedBy = started,
            Doubts = doubts,
        };
    }
}
