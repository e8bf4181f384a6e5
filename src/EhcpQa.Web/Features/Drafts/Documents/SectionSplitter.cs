using EhcpQa.Domain.Frameworks;

namespace EhcpQa.Web.Features.Drafts.Documents;

/// <summary>How a section was begun: by a heading, or by a column of a national template table.</summary>
internal sealed record SectionStart(SectionCode Code, bool FromColumn, bool Continued);

/// <summary>
/// Splits a document's lines into the plan's sections: a list of contents at the start is left out; a heading starts
/// its section (a section that comes again is continued, after a blank line); a table of the national template puts
/// each cell in its column's section, with the area of need above it; text after such a table, or after a heading of
/// several sections at once, waits to see whether it titles the next table.
/// </summary>
internal sealed class SectionSplitter
{
    /// <summary>A line above a table of the national template naming its area of need is no longer than this.</summary>
    private const int MaxAreaTitleLength = 80;

    private readonly Dictionary<SectionCode, SectionText> _sections = [];
    private readonly Dictionary<SectionCode, string> _startedBy = [];
    private readonly List<SectionStart> _starts = [];
    private readonly HashSet<SectionCode> _seen = [];
    private readonly SectionText _preamble = new();
    private SectionText _current;
    private SectionCode? _code;
    private bool _expectTitle;
    private List<DocumentLine>? _waiting;
    private SectionCode? _waitingOwner;
    private string? _waitingHeading;
    private string? _possibleTitle;

    private SectionSplitter() => _current = _preamble;

    public static DraftDocumentSplit Split(IReadOnlyList<DocumentLine> lines)
    {
        var splitter = new SectionSplitter();
        var contents = ContentsList.Find(lines);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (contents[i])
            {
                continue;
            }

            if (line.Table is { } table && ColumnTable.Read(table) is { } columns)
            {
                splitter.AddColumnTable(columns);
                i += table.LineCount - 1;
                continue;
            }

            splitter.Add(line);
        }

        splitter.StopWaiting();
        return DraftDocumentSplit.From(
            splitter._sections.ToDictionary(s => s.Key, s => s.Value.ToString()),
            splitter._preamble.ToString(),
            splitter._startedBy,
            splitter._starts);
    }

    private void Add(DocumentLine line)
    {
        if (line.Lead is { } lead && SectionHeadings.Match(lead.Text, lead.Emphasised, lead.HeadingStyle, _seen, _code) is { } rowHeading)
        {
            AddRowWithHeading(rowHeading, lead, line.Rest);
            return;
        }

        if (line.Lead is null && IsTitleExpected(line))
        {
            // "Section A" on one line, "The views, interests and aspirations of …" on the next.
            return;
        }

        if (line.Lead is null && SectionHeadings.Match(line.Text, line.Emphasised, line.HeadingStyle, _seen, _code) is { } heading)
        {
            AddHeading(heading, line.Text);
            return;
        }

        if (SectionHeadings.FirstOfSeveralSections(line.Text) is { } first)
        {
            // "Sections C and G: Health needs and provision": the table after it says which text goes where.
            StopWaiting();
            Wait(first, line.Text);
            return;
        }

        if (_waiting is not null)
        {
            _waiting.Add(line);
            return;
        }

        _current.Add(line.Text);
        if (!string.IsNullOrWhiteSpace(line.Text))
        {
            _possibleTitle = IsShortTitle(line) ? line.Text : null;
        }
    }

    /// <summary>A short line in bold or a heading style, not a sentence: it may title the table below it.</summary>
    private static bool IsShortTitle(DocumentLine line)
    {
        if (line.Lead is not null || !(line.Emphasised || line.HeadingStyle))
        {
            return false;
        }

        var text = SectionHeadings.Normalise(line.Text);
        return text.Length <= MaxAreaTitleLength && !text.EndsWith('.');
    }

    private bool IsTitleExpected(DocumentLine line)
    {
        if (!_expectTitle || string.IsNullOrWhiteSpace(line.Text))
        {
            return false;
        }

        _expectTitle = false;
        return _code is { } code && SectionHeadings.IsTitleOf(code, line.Text);
    }

    /// <summary>A table row "Section B | Special educational needs" or "Section A | (the section's text)".</summary>
    private void AddRowWithHeading(SectionHeading heading, DocumentLine lead, IReadOnlyList<DocumentLine> cells)
    {
        if (IsPartOfCurrent(heading))
        {
            _current.Add(lead.Text);
        }
        else
        {
            Start(heading, lead.Text, fromColumn: false);
        }

        var rest = cells.ToList();
        if (rest.Count > 0 && SectionHeadings.IsTitleOf(heading.Code, rest[0].Text))
        {
            rest.RemoveAt(0);
        }

        foreach (var restLine in rest)
        {
            _current.Add(restLine.Text);
        }

        _expectTitle = false;
    }

    private void AddHeading(SectionHeading heading, string text)
    {
        if (IsPartOfCurrent(heading))
        {
            // "A2: My journey so far" inside A: a heading within the section, kept in its text.
            _current.Add(text);
            return;
        }

        Start(heading, text, fromColumn: false);
    }

    private bool IsPartOfCurrent(SectionHeading heading) => heading.SubPart && heading.Code == _code;

    private void Start(SectionHeading heading, string text, bool fromColumn)
    {
        StopWaiting();
        _possibleTitle = null;
        _starts.Add(new SectionStart(heading.Code, fromColumn, heading.Continued));
        _code = heading.Code;
        _current = Open(heading.Code, text, fromColumn);

        // A section that comes twice is continued, after a blank line.
        _current.Add("");
        if (heading.InlineText is not null)
        {
            _current.Add(heading.InlineText);
        }

        _expectTitle = !heading.HasTitle;
    }

    private SectionText Open(SectionCode code, string startedBy, bool fromColumn)
    {
        _seen.Add(code);
        if (!_sections.TryGetValue(code, out var text))
        {
            text = new SectionText();
            _sections[code] = text;
            var line = SectionHeadings.Normalise(startedBy);
            _startedBy[code] = fromColumn ? $"Table column: {line}" : line;
        }

        return text;
    }

    private void AddColumnTable(ColumnTable table)
    {
        var owner = table.Columns[0].Code;
        var titles = TakeWaiting();
        if (_possibleTitle is { } above && _current.RemoveLast(above))
        {
            // "Communication and interaction" in bold just above the first table names its area of need.
            titles.Insert(0, SectionHeadings.Normalise(above));
        }

        _possibleTitle = null;
        foreach (var column in table.Columns)
        {
            if (!_sections.ContainsKey(column.Code))
            {
                _starts.Add(new SectionStart(column.Code, true, false));
            }

            var text = Open(column.Code, column.Heading, fromColumn: true);
            text.Add("");
            foreach (var title in titles)
            {
                text.Add(title);
            }
        }

        foreach (var row in table.Rows())
        {
            var area = row.AreaTitle;
            if (area is not null)
            {
                foreach (var column in table.Columns)
                {
                    _sections[column.Code].Add("");
                    _sections[column.Code].Add(area);
                }
            }

            foreach (var (code, line) in row.Cells)
            {
                _sections[code].Add(line.Text);
            }
        }

        _code = owner;
        _expectTitle = false;
        Wait(owner, null);
    }

    /// <summary>
    /// Holds the lines that follow until it is known whether they title a table of the national template; if not, they
    /// go to <paramref name="owner"/>, begun by <paramref name="heading"/> when not begun yet.
    /// </summary>
    private void Wait(SectionCode owner, string? heading)
    {
        _waiting = [];
        _waitingOwner = owner;
        _waitingHeading = heading;
    }

    /// <summary>The waiting lines as titles of the table that follows them.</summary>
    private List<string> TakeWaiting()
    {
        var titles = (_waiting ?? [])
            .Select(l => SectionHeadings.Normalise(l.Text))
            .Where(t => t.Length > 0)
            .ToList();
        _waiting = null;
        return titles;
    }

    /// <summary>The waiting lines were not the title of a table: they go to the section they were waiting for.</summary>
    private void StopWaiting()
    {
        if (_waiting is not { } waiting || _waitingOwner is not { } owner)
        {
            return;
        }

        _waiting = null;
        if (waiting.All(l => string.IsNullOrWhiteSpace(l.Text)))
        {
            return;
        }

        if (!_sections.ContainsKey(owner))
        {
            _starts.Add(new SectionStart(owner, false, false));
        }

        var target = Open(owner, _waitingHeading ?? "", fromColumn: false);
        _code = owner;
        _current = target;
        target.Add("");
        foreach (var line in waiting)
        {
            target.Add(line.Text);
        }
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

        /// <summary>Takes back the last line written, if it is <paramref name="text"/>, with the blank lines after it.</summary>
        public bool RemoveLast(string text)
        {
            var last = _lines.FindLastIndex(l => l.Length > 0);
            if (last < 0 || _lines[last] != text.Replace("\r", "", StringComparison.Ordinal).TrimEnd())
            {
                return false;
            }

            _lines.RemoveRange(last, _lines.Count - last);
            return true;
        }

        public override string ToString() => string.Join("\n", _lines).Trim();
    }
}
