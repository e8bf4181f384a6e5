using DocumentFormat.OpenXml.Packaging;
using EhcpQa.Domain.Frameworks;

namespace EhcpQa.Web.Features.Drafts.Documents;

/// <summary>
/// Reads the text of an uploaded draft plan (.docx) and splits it into the plan's sections by their headings
/// (see <see cref="SectionHeadings"/> for the forms recognised). Check the upload with
/// <see cref="DraftDocumentCheck"/> first.
/// </summary>
public static class DraftDocumentReader
{
    /// <summary>Read-only, with a limit on the size of any one part.</summary>
    internal static OpenSettings OpenSettings => new()
    {
        AutoSave = false,
        MaxCharactersInPart = DraftDocumentCheck.MaxCharactersInPart,
    };

    /// <summary>
    /// Splits the document into sections. Odd content gives an odd split (sections missing, <see
    /// cref="DraftDocumentSplit.IsConfident"/> false), never an exception. The stream is read from its start and
    /// left open.
    /// </summary>
    /// <exception cref="DraftDocumentUnreadableException">The stream is not a Word document that can be opened.</exception>
    public static DraftDocumentSplit Read(Stream docx)
    {
        ArgumentNullException.ThrowIfNull(docx);

        IReadOnlyList<DocumentLine> lines;
        try
        {
            using var buffered = docx.CanSeek ? null : Buffer(docx);
            var seekable = buffered ?? docx;
            seekable.Position = 0;
            using var document = WordprocessingDocument.Open(seekable, false, OpenSettings);
            lines = DocumentLines.Of(document);
        }
        catch (Exception exception) when (exception is not DraftDocumentUnreadableException)
        {
            throw new DraftDocumentUnreadableException("The draft is not a Word document that can be read.", exception);
        }

        return Split(lines);
    }

    internal static DraftDocumentSplit Split(IReadOnlyList<DocumentLine> lines)
    {
        var seen = new HashSet<SectionCode>();
        var sections = new Dictionary<SectionCode, SectionText>();
        var preamble = new SectionText();
        var current = preamble;
        SectionCode? code = null;
        var expectTitle = false;

        void Start(SectionHeading heading)
        {
            code = heading.Code;
            seen.Add(heading.Code);
            if (!sections.TryGetValue(heading.Code, out var text))
            {
                text = new SectionText();
                sections[heading.Code] = text;
            }

            // A section that comes twice is continued, after a blank line.
            text.Add("");
            current = text;
            if (heading.InlineText is not null)
            {
                current.Add(heading.InlineText);
            }

            expectTitle = !heading.HasTitle;
        }

        foreach (var line in lines)
        {
            if (line.Lead is { } lead && SectionHeadings.Match(lead.Text, lead.Emphasised, lead.HeadingStyle, seen) is { } rowHeading)
            {
                // A table row "Section B | Special educational needs" or "Section A | (the section's text)".
                Start(rowHeading);
                var rest = line.Rest.ToList();
                if (rest.Count > 0 && SectionHeadings.IsTitleOf(rowHeading.Code, rest[0].Text))
                {
                    rest.RemoveAt(0);
                }

                foreach (var restLine in rest)
                {
                    current.Add(restLine.Text);
                }

                expectTitle = false;
                continue;
            }

            if (line.Lead is null && SectionHeadings.Match(line.Text, line.Emphasised, line.HeadingStyle, seen) is { } heading)
            {
                Start(heading);
                continue;
            }

            if (expectTitle && !string.IsNullOrWhiteSpace(line.Text))
            {
                // "Section A" on one line, "The views, interests and aspirations of …" on the next.
                expectTitle = false;
                if (code is { } c && SectionHeadings.IsTitleOf(c, line.Text))
                {
                    continue;
                }
            }

            current.Add(line.Text);
        }

        return DraftDocumentSplit.From(sections.ToDictionary(s => s.Key, s => s.Value.ToString()), preamble.ToString());
    }

    private static MemoryStream Buffer(Stream stream)
    {
        var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer;
    }

    /// <summary>The lines of one section: blank lines kept for paragraph spacing, but never two in a row.</summary>
    private sealed class SectionText
    {
        private readonly List<string> _lines = [];

        public void Add(string text)
        {
            var line = text.Replace("\r", "", StringComparison.Ordinal).TrimEnd();
            if (line.Trim().Length == 0)
            {
                if (_lines.Count == 0 || _lines[^1].Length == 0)
                {
                    return;
                }

                line = "";
            }

            _lines.Add(line);
        }

        public override string ToString() => string.Join("\n", _lines).Trim();
    }
}
