using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace EhcpQa.Web.Features.Drafts.Documents;

/// <summary>
/// One paragraph of a document, or one row of a table with several filled cells. <see cref="Emphasised"/>:
/// bold or in capitals; <see cref="HeadingStyle"/>: in a Word heading style (or with an outline level).
/// </summary>
internal sealed record DocumentLine(string Text, bool Emphasised = false, bool HeadingStyle = false)
{
    /// <summary>For a table row with several filled cells: the first of them, which may be a heading.</summary>
    public DocumentLine? Lead { get; init; }

    /// <summary>For a table row with several filled cells: the lines of the other cells.</summary>
    public IReadOnlyList<DocumentLine> Rest { get; init; } = [];

    /// <summary>An entry of a Word table of contents: in a contents style, or linking to a heading with its page.</summary>
    public bool ContentsEntry { get; init; }

    /// <summary>On the first line of a table in the body: the table's rows and cells by column.</summary>
    public DocumentTable? Table { get; init; }
}

/// <summary>
/// A table in the body, cell by cell. <see cref="LineCount"/>: how many <see cref="DocumentLine"/>s the table gave,
/// starting with the one that holds it.
/// </summary>
internal sealed record DocumentTable(IReadOnlyList<DocumentTableRow> Rows, int LineCount);

/// <summary>One row of a table: all its cells, empty ones too, so each keeps its column.</summary>
internal sealed record DocumentTableRow(IReadOnlyList<DocumentTableCell> Cells)
{
    public IEnumerable<DocumentTableCell> Filled => Cells.Where(c => c.Lines.Count > 0);
}

/// <summary>A cell: the grid column it starts at, how many columns it spans, and its non-blank lines.</summary>
internal sealed record DocumentTableCell(int Column, int Span, IReadOnlyList<DocumentLine> Lines)
{
    public bool Covers(int column) => column >= Column && column < Column + Span;
}

/// <summary>
/// The text of a Word document's body in document order: paragraphs, the text of tables (a row with one filled cell
/// gives that cell's paragraphs; a row with several gives one line, cells separated by " | "), content controls and
/// text boxes. Deleted revisions, hidden text and field codes are left out. The first line of each table in the body
/// also holds the table cell by cell with its grid columns (see <see cref="DocumentTable"/>), and entries of a Word
/// table of contents are marked.
/// </summary>
internal sealed class DocumentLines
{
    private readonly StyleFacts _styles;
    private readonly List<DocumentLine> _lines = [];
    private int _tableDepth;

    private DocumentLines(StyleFacts styles) => _styles = styles;

    public static IReadOnlyList<DocumentLine> Of(WordprocessingDocument document)
    {
        var body = document.MainDocumentPart?.Document?.Body;
        if (body is null)
        {
            return [];
        }

        var reader = new DocumentLines(new StyleFacts(document.MainDocumentPart?.StyleDefinitionsPart?.Styles));
        reader.Blocks(body, reader._lines);
        return reader._lines;
    }

    private void Blocks(OpenXmlElement container, List<DocumentLine> output)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    AddParagraph(paragraph, output);
                    break;
                case Table table:
                    AddTable(table, output);
                    break;
                case SectionProperties or SdtProperties or SdtEndCharProperties:
                    break;
                default:
                    // Content controls, custom XML and anything else that wraps blocks.
                    Blocks(element, output);
                    break;
            }
        }
    }

    private void AddParagraph(Paragraph paragraph, List<DocumentLine> output)
    {
        var text = new StringBuilder();
        var textBoxes = new List<OpenXmlElement>();
        var runs = new RunFacts();
        Inline(paragraph, text, textBoxes, runs, _styles.IsBold(paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value));

        var line = text.ToString().TrimEnd();
        var letters = line.Where(char.IsLetter).ToList();
        var capitals = letters.Count >= 2 && letters.All(char.IsUpper);
        output.Add(new DocumentLine(line, runs.AllBold || capitals, IsHeadingStyle(paragraph))
        {
            ContentsEntry = IsContentsEntry(paragraph),
        });

        foreach (var box in textBoxes)
        {
            Blocks(box, output);
        }
    }

    private void Inline(OpenXmlElement element, StringBuilder text, List<OpenXmlElement> textBoxes, RunFacts runs, bool paragraphBold)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case DocumentFormat.OpenXml.Math.Text t:
                    text.Append(t.Text);
                    break;
                case TabChar or PositionalTab:
                    text.Append('\t');
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
                case SymbolChar:
                    break;
                case ParagraphProperties or RunProperties or DeletedRun or MoveFromRun or FieldCode or DeletedText:
                    break;
                case DocumentFormat.OpenXml.AlternateContentFallback:
                    // The fallback repeats the choice's content for older readers.
                    break;
                case TextBoxContent box:
                    textBoxes.Add(box);
                    break;
                case Run run:
                    if (!IsHidden(run))
                    {
                        var before = text.Length;
                        Inline(run, text, textBoxes, runs, paragraphBold);
                        if (HasVisibleText(text, before))
                        {
                            runs.Add(IsBold(run, paragraphBold));
                        }
                    }

                    break;
                default:
                    Inline(child, text, textBoxes, runs, paragraphBold);
                    break;
            }
        }
    }

    private void AddTable(Table table, List<DocumentLine> output)
    {
        var start = output.Count;
        var rows = new List<DocumentTableRow>();
        _tableDepth++;
        foreach (var row in Children<TableRow>(table))
        {
            var cells = Cells(row);
            rows.Add(new DocumentTableRow(cells));
            AddRow(cells.Where(c => c.Lines.Count > 0).Select(c => c.Lines).ToList(), output);
        }

        _tableDepth--;
        if (_tableDepth == 0 && output.Count > start)
        {
            output[start] = output[start] with { Table = new DocumentTable(rows, output.Count - start) };
        }
    }

    private List<DocumentTableCell> Cells(TableRow row)
    {
        var cells = new List<DocumentTableCell>();
        var column = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
        foreach (var cell in Children<TableCell>(row))
        {
            var span = Math.Max(1, cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1);
            var lines = new List<DocumentLine>();
            Blocks(cell, lines);
            cells.Add(new DocumentTableCell(column, span, lines.Where(l => !string.IsNullOrWhiteSpace(l.Text)).ToList()));
            column += span;
        }

        return cells;
    }

    private static void AddRow(List<IReadOnlyList<DocumentLine>> cells, List<DocumentLine> output)
    {
        if (cells.Count == 0)
        {
            output.Add(new DocumentLine(""));
        }
        else if (cells.Count == 1)
        {
            output.AddRange(cells[0]);
        }
        else
        {
            var first = cells[0];
            var lead = new DocumentLine(
                JoinCell(first),
                first.All(l => l.Emphasised),
                first.All(l => l.HeadingStyle));
            output.Add(new DocumentLine(string.Join(" | ", cells.Select(JoinCell)))
            {
                Lead = lead,
                Rest = cells.Skip(1).SelectMany(c => c).ToList(),
                ContentsEntry = cells.SelectMany(c => c).Any(l => l.ContentsEntry),
            });
        }
    }

    /// <summary>The paragraphs of one cell on one line: "Speech and language therapy; 3 sessions a week".</summary>
    private static string JoinCell(IEnumerable<DocumentLine> lines)
    {
        var builder = new StringBuilder();
        foreach (var line in lines)
        {
            var part = line.Text.Replace('\n', ' ').Trim();
            if (part.Length == 0)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(".:;!?,".Contains(builder[^1], StringComparison.Ordinal) ? " " : "; ");
            }

            builder.Append(part);
        }

        return builder.ToString();
    }

    /// <summary>Rows of a table or cells of a row, also when wrapped in content controls or custom XML.</summary>
    private static IEnumerable<T> Children<T>(OpenXmlElement parent)
        where T : OpenXmlElement
    {
        foreach (var child in parent.ChildElements)
        {
            if (child is T match)
            {
                yield return match;
            }
            else if (child is SdtRow or SdtCell or SdtContentRow or SdtContentCell or CustomXmlRow or CustomXmlCell)
            {
                foreach (var nested in Children<T>(child))
                {
                    yield return nested;
                }
            }
        }
    }

    private bool IsHeadingStyle(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        if (properties?.OutlineLevel?.Val?.Value is { } level && level < 9)
        {
            return true;
        }

        return _styles.IsHeading(properties?.ParagraphStyleId?.Val?.Value);
    }

    private bool IsContentsEntry(Paragraph paragraph)
    {
        if (_styles.IsContents(paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value))
        {
            return true;
        }

        return paragraph.Descendants<Hyperlink>().Any(h => h.Anchor?.Value?.StartsWith("_Toc", StringComparison.OrdinalIgnoreCase) == true)
            || paragraph.Descendants<FieldCode>().Any(f => f.Text.Contains("PAGEREF", StringComparison.OrdinalIgnoreCase))
            || paragraph.Descendants<SimpleField>().Any(f => f.Instruction?.Value?.Contains("PAGEREF", StringComparison.OrdinalIgnoreCase) == true);
    }

    private bool IsBold(Run run, bool paragraphBold)
    {
        var properties = run.RunProperties;
        if (properties?.Bold is { } bold)
        {
            return bold.Val?.Value ?? true;
        }

        return _styles.IsBold(properties?.RunStyle?.Val?.Value) || paragraphBold;
    }

    private static bool IsHidden(Run run) =>
        run.RunProperties?.Vanish is { } vanish && (vanish.Val?.Value ?? true);

    private static bool HasVisibleText(StringBuilder text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class RunFacts
    {
        private int _runs;
        private int _bold;

        public bool AllBold => _runs > 0 && _bold == _runs;

        public void Add(bool bold)
        {
            _runs++;
            _bold += bold ? 1 : 0;
        }
    }

    /// <summary>What the document's styles say: which paragraph styles are headings, which styles are bold.</summary>
    private sealed class StyleFacts
    {
        private readonly Dictionary<string, Style> _byId = new(StringComparer.Ordinal);
        private readonly string? _defaultParagraphStyle;

        public StyleFacts(Styles? styles)
        {
            foreach (var style in styles?.Elements<Style>() ?? [])
            {
                if (style.StyleId?.Value is { } id)
                {
                    _byId.TryAdd(id, style);
                }

                if (style.Type?.Value == StyleValues.Paragraph && style.Default?.Value == true)
                {
                    _defaultParagraphStyle = style.StyleId?.Value;
                }
            }
        }

        public bool IsHeading(string? styleId) =>
            Any(styleId ?? _defaultParagraphStyle, style =>
            {
                var name = style.StyleName?.Val?.Value ?? style.StyleId?.Value ?? "";
                return name.StartsWith("heading", StringComparison.OrdinalIgnoreCase)
                    || name.Equals("title", StringComparison.OrdinalIgnoreCase)
                    || (style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is { } level && level < 9);
            });

        /// <summary>Word's contents styles: "toc 1" to "toc 9" (ids "TOC1"…).</summary>
        public bool IsContents(string? styleId)
        {
            if (styleId is null || !_byId.TryGetValue(styleId, out var style))
            {
                return styleId?.StartsWith("TOC", StringComparison.OrdinalIgnoreCase) == true && styleId.Length <= 5;
            }

            var name = style.StyleName?.Val?.Value ?? styleId;
            return name.StartsWith("toc ", StringComparison.OrdinalIgnoreCase) && name.Length <= 5;
        }

        public bool IsBold(string? styleId)
        {
            // The nearest style in the chain that says anything about bold decides.
            var id = styleId ?? _defaultParagraphStyle;
            for (var depth = 0; id is not null && depth < 20 && _byId.TryGetValue(id, out var style); depth++)
            {
                if (style.StyleRunProperties?.Bold is { } bold)
                {
                    return bold.Val?.Value ?? true;
                }

                id = style.BasedOn?.Val?.Value;
            }

            return false;
        }

        private bool Any(string? styleId, Func<Style, bool> test)
        {
            var id = styleId;
            for (var depth = 0; id is not null && depth < 20 && _byId.TryGetValue(id, out var style); depth++)
            {
                if (test(style))
                {
                    return true;
                }

                id = style.BasedOn?.Val?.Value;
            }

            return false;
        }
    }
}
