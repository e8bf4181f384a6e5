using System.Text.RegularExpressions;
using EhcpQa.Domain.Frameworks;

namespace EhcpQa.Web.Features.Drafts.Documents;

/// <summary>
/// Finds a list of contents at the start of a plan: a run of at least <see cref="MinEntries"/> section headings with no
/// text between them ("Section A: Views ........ 3"), before any section has text, written as paragraphs, as a table
/// of section names, or as a Word table of contents. Its lines are front matter, not sections.
/// </summary>
internal static partial class ContentsList
{
    /// <summary>So many headings in a row with nothing between them list the contents.</summary>
    public const int MinEntries = 3;

    // A page number at the end of an entry, after dot leaders, a tab or spaces: "Outcomes ........ 12".
    [GeneratedRegex(@"(?:[\s.…·_]+|\s*\|\s*)(?:page\s*)?\d{1,3}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^(?:page\s*)?\d{1,3}$|^[.…·_\s]+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PageNumberAlone();

    /// <summary>
    /// Which lines are the list of contents (none, when there is no such list). The last heading of the run starts the
    /// plan itself when text follows it and it repeats a section already listed, or lacks the page number the entries have.
    /// </summary>
    public static bool[] Find(IReadOnlyList<DocumentLine> lines)
    {
        var contents = new bool[lines.Count];
        var seen = new HashSet<SectionCode>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i].Text) || Entry(lines[i], seen) is not { } first)
            {
                continue;
            }

            var run = Run(lines, i, first, seen);
            if (run.Entries.Count >= MinEntries || run.Entries.Any(e => e.Marked))
            {
                var end = run.FollowedByText && StartsThePlan(run.Entries) ? run.Entries[^1].Index : run.End;
                Array.Fill(contents, true, i, end - i);
            }

            // The first heading with text under it begins the plan itself: a list of contents comes before.
            break;
        }

        return contents;
    }

    private static bool StartsThePlan(List<ContentsEntry> entries)
    {
        var last = entries[^1];
        var repeated = last.Code is { } code && entries.Take(entries.Count - 1).Any(e => e.Code == code);
        var unpaged = !last.Paged && entries.Take(entries.Count - 1).Any(e => e.Paged);
        return repeated || unpaged;
    }

    /// <summary>The run of entries from <paramref name="start"/>: the entries, the line after them, and whether text follows.</summary>
    private static (List<ContentsEntry> Entries, int End, bool FollowedByText) Run(IReadOnlyList<DocumentLine> lines, int start, ContentsEntry first, HashSet<SectionCode> seen)
    {
        var entries = new List<ContentsEntry> { first with { Index = start } };
        var end = start + 1;
        for (var j = start + 1; j < lines.Count; j++)
        {
            if (string.IsNullOrWhiteSpace(lines[j].Text))
            {
                continue;
            }

            if (Entry(lines[j], seen) is not { } entry)
            {
                return (entries, end, true);
            }

            entries.Add(entry with { Index = j });
            end = j + 1;
        }

        return (entries, end, false);
    }

    /// <summary>A line of a list of contents: a section heading with nothing after its title but a page number.</summary>
    private static ContentsEntry? Entry(DocumentLine line, HashSet<SectionCode> seen)
    {
        if (line.ContentsEntry)
        {
            return new ContentsEntry(0, null, true, true);
        }

        var text = line.Lead?.Text ?? line.Text;
        var (title, paged) = WithoutPageNumber(text);
        var heading = SectionHeadings.Match(title, line.Lead?.Emphasised ?? line.Emphasised, line.Lead?.HeadingStyle ?? line.HeadingStyle, seen);
        if (heading is null || heading.InlineText is not null)
        {
            return null;
        }

        foreach (var cell in line.Rest)
        {
            var page = PageNumberAlone().IsMatch(cell.Text.Trim());
            if (!page && !SectionHeadings.IsTitleOf(heading.Code, WithoutPageNumber(cell.Text).Text))
            {
                return null;
            }

            paged |= page;
        }

        seen.Add(heading.Code);
        return new ContentsEntry(0, heading.Code, paged, false);
    }

    private static (string Text, bool Paged) WithoutPageNumber(string text)
    {
        var line = text.TrimEnd();
        var page = PageNumber().Match(line);
        return page.Success ? (line[..page.Index], true) : (line, false);
    }

    /// <summary>One entry: its line, its section if known, whether it gives a page, whether Word marked it as contents.</summary>
    private sealed record ContentsEntry(int Index, SectionCode? Code, bool Paged, bool Marked);
}
