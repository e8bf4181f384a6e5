using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace EhcpQa.Web.Tests.Drafts;

/// <summary>
/// Writes real .docx documents for tests: plain, bold and heading-styled paragraphs, tables (with title rows merged
/// across columns and bold header rows, as in the national template) and Word tables of contents.
/// </summary>
internal sealed class DocxBuilder
{
    private readonly List<Func<OpenXmlElement>> _blocks = [];

    public DocxBuilder Paragraph(params string[] texts)
    {
        foreach (var text in texts)
        {
            _blocks.Add(() => new Paragraph(TextRun(text)));
        }

        return this;
    }

    public DocxBuilder Heading(string text, int level = 1)
    {
        _blocks.Add(() => new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = $"Heading{level}" }),
            TextRun(text)));
        return this;
    }

    public DocxBuilder Bold(string text)
    {
        _blocks.Add(() => new Paragraph(TextRun(text, new RunProperties(new Bold()))));
        return this;
    }

    /// <summary>A table; each row is its cells' texts, and "\n" in a cell's text starts a new paragraph in the cell.</summary>
    public DocxBuilder Table(params string[][] rows)
    {
        _blocks.Add(() =>
        {
            var table = new Table(new TableProperties(new TableBorders(new TopBorder { Val = BorderValues.Single })));
            foreach (var row in rows)
            {
                table.Append(new TableRow(row.Select(cell =>
                    new TableCell(cell.Split('\n').Select(text => new Paragraph(TextRun(text)))))));
            }

            return table;
        });
        return this;
    }

    /// <summary>A table built row by row: titles across all columns, bold header rows, and rows of cells.</summary>
    public DocxBuilder Table(int columns, Action<DocxTable> rows)
    {
        var table = new DocxTable(columns);
        rows(table);
        _blocks.Add(table.ToTable);
        return this;
    }

    /// <summary>
    /// A Word table of contents: a TOC field whose entries are paragraphs in the "toc 1" style, each a hyperlink to a
    /// bookmark with the entry's text, a tab and a PAGEREF field giving its page.
    /// </summary>
    public DocxBuilder Contents(params (string Entry, int Page)[] entries)
    {
        for (var i = 0; i < entries.Length; i++)
        {
            var (entry, page) = entries[i];
            var index = i;
            _blocks.Add(() =>
            {
                var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "TOC1" }));
                if (index == 0)
                {
                    paragraph.Append(
                        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
                        new Run(new FieldCode(" TOC \\o \"1-3\" \\h \\z \\u ") { Space = SpaceProcessingModeValues.Preserve }),
                        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));
                }

                paragraph.Append(new Hyperlink(
                    TextRun(entry),
                    new Run(new TabChar()),
                    new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
                    new Run(new FieldCode($" PAGEREF _Toc{1000 + index} \\h ") { Space = SpaceProcessingModeValues.Preserve }),
                    new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
                    TextRun(page.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    new Run(new FieldChar { FieldCharType = FieldCharValues.End }))
                { Anchor = $"_Toc{1000 + index}", History = true });
                if (index == entries.Length - 1)
                {
                    paragraph.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
                }

                return paragraph;
            });
        }

        return this;
    }

    /// <summary>A section of a plan: its heading as a plain paragraph, then its paragraphs.</summary>
    public DocxBuilder Section(string heading, params string[] paragraphs) => Paragraph(heading).Paragraph(paragraphs);

    /// <summary>Any body element, such as a paragraph with tracked changes.</summary>
    public DocxBuilder Block(Func<OpenXmlElement> element)
    {
        _blocks.Add(element);
        return this;
    }

    public MemoryStream ToStream(WordprocessingDocumentType type = WordprocessingDocumentType.Document)
    {
        var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, type))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            main.Document = new Document(new Body(_blocks.Select(b => b())));
        }

        stream.Position = 0;
        return stream;
    }

    public byte[] ToBytes(WordprocessingDocumentType type = WordprocessingDocumentType.Document) => ToStream(type).ToArray();

    public static Run TextRun(string text, RunProperties? properties = null)
    {
        var run = new Run();
        if (properties is not null)
        {
            run.Append(properties);
        }

        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    private static Styles Styles()
    {
        var styles = new Styles(new Style(new StyleName { Val = "Normal" })
        {
            Type = StyleValues.Paragraph,
            StyleId = "Normal",
            Default = true,
        });
        for (var level = 1; level <= 3; level++)
        {
            styles.Append(new Style(
                new StyleName { Val = $"heading {level}" },
                new BasedOn { Val = "Normal" },
                new StyleParagraphProperties(new OutlineLevel { Val = level - 1 }),
                new StyleRunProperties(new Bold()))
            {
                Type = StyleValues.Paragraph,
                StyleId = $"Heading{level}",
            });
        }

        styles.Append(new Style(new StyleName { Val = "toc 1" }, new BasedOn { Val = "Normal" })
        {
            Type = StyleValues.Paragraph,
            StyleId = "TOC1",
        });
        return styles;
    }
}

/// <summary>The rows of a table for <see cref="DocxBuilder.Table(int, Action{DocxTable})"/>.</summary>
internal sealed class DocxTable(int columns)
{
    private readonly List<Func<TableRow>> _rows = [];

    /// <summary>A row of one cell merged across all columns (GridSpan), as the national template titles an area of need.</summary>
    public DocxTable Title(string text)
    {
        _rows.Add(() => new TableRow(new TableCell(
            new TableCellProperties(new GridSpan { Val = columns }),
            new Paragraph(DocxBuilder.TextRun(text, new RunProperties(new Bold()))))));
        return this;
    }

    /// <summary>A header row in bold, repeated on each page.</summary>
    public DocxTable Header(params string[] cells)
    {
        _rows.Add(() =>
        {
            var row = new TableRow(new TableRowProperties(new TableHeader()));
            row.Append(Cells(cells, bold: true));
            return row;
        });
        return this;
    }

    /// <summary>A row of cells; "\n" in a cell's text starts a new paragraph in the cell.</summary>
    public DocxTable Row(params string[] cells)
    {
        _rows.Add(() => new TableRow(Cells(cells, bold: false)));
        return this;
    }

    public Table ToTable()
    {
        var grid = new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = "3000" }));
        var table = new Table(new TableProperties(new TableBorders(new TopBorder { Val = BorderValues.Single })), grid);
        foreach (var row in _rows)
        {
            table.Append(row());
        }

        return table;
    }

    private static IEnumerable<TableCell> Cells(string[] cells, bool bold) =>
        cells.Select(cell => new TableCell(cell.Split('\n').Select(text =>
            new Paragraph(DocxBuilder.TextRun(text, bold ? new RunProperties(new Bold()) : null)))));
}
