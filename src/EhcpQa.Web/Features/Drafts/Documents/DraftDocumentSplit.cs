using EhcpQa.Domain.Frameworks;

namespace EhcpQa.Web.Features.Drafts.Documents;

/// <summary>
/// A draft plan's document split into its sections by their headings, for the caseworker to confirm or correct.
/// </summary>
/// <param name="Sections">The sections whose heading was found, in plan order (A, B, …, H1, H2, …, K), each with its
/// text (paragraphs separated by "\n", trimmed; empty when the heading had nothing under it, as Section I should
/// on a draft).</param>
/// <param name="Preamble">The text before the first section heading: usually the child's personal details.</param>
/// <param name="Missing">The sections A–K (with H1 and H2) whose heading was not found, in plan order.</param>
/// <param name="IsConfident">Whether the split looks right: at least <see cref="ConfidentSectionCount"/> sections
/// were found with text under them. When false, the caseworker should check the split with particular care or paste
/// the sections instead.</param>
public sealed record DraftDocumentSplit(
    IReadOnlyDictionary<SectionCode, string> Sections,
    string Preamble,
    IReadOnlyList<SectionCode> Missing,
    bool IsConfident)
{
    /// <summary>Fewer sections than this with text under them make the split doubtful.</summary>
    public const int ConfidentSectionCount = 6;

    /// <summary>The text of a section, or "" when its heading was not found.</summary>
    public string TextOf(SectionCode code) => Sections.TryGetValue(code, out var text) ? text : "";

    internal static DraftDocumentSplit From(IReadOnlyDictionary<SectionCode, string> found, string preamble)
    {
        var sections = new Dictionary<SectionCode, string>();
        var missing = new List<SectionCode>();
        foreach (var section in PlanSections.Statutory)
        {
            if (found.TryGetValue(section.Code, out var text))
            {
                sections[section.Code] = text;
            }
            else
            {
                missing.Add(section.Code);
            }
        }

        var withText = sections.Values.Count(t => t.Length > 0);
        return new DraftDocumentSplit(sections, preamble, missing, withText >= ConfidentSectionCount);
    }
}
