using ScottPlot;
using SkiaSharp;

namespace EhcpQa.Web.Reporting.Pdf;

/// <summary>
/// Writes a PDF report from top to bottom: title, headings, paragraphs, lists, tables, tags and charts
/// flow down A4 pages and on to new pages as they fill. Each call lays its content out at once
/// (measuring text in the shared faces), so <see cref="PageCount"/> is always known and every page gets
/// the footer "&lt;title&gt; – page N of M" when the document is written.
/// </summary>
/// <remarks>
/// Content comes from plain report records, never from entities. Text is real PDF text in the faces of
/// <see cref="PdfFonts"/>; charts are vectors. Writing is synchronous: in a request, call
/// <see cref="ToArray"/> and send the bytes.
/// </remarks>
public sealed class PdfDocumentWriter : IDisposable
{
    private readonly PdfTypesetter _typesetter = new();
    private readonly List<List<IPdfDrawing>> _pages = [];
    private float _y;

    public PdfDocumentWriter(PdfDocumentInfo info, PdfPageSetup? page = null)
    {
        ArgumentNullException.ThrowIfNull(info);
        PdfFonts.EnsureLoaded();
        Info = info;
        Page = page ?? PdfPageSetup.A4Portrait;
        NewPage();
    }

    public PdfDocumentInfo Info { get; }

    public PdfPageSetup Page { get; }

    /// <summary>Width between the side margins, in points: the width of paragraphs, tables and full-width charts.</summary>
    public float ContentWidth => Page.ContentWidth;

    /// <summary>Pages laid out so far.</summary>
    public int PageCount => _pages.Count;

    private float Top => Page.MarginTop;

    private float Bottom => Page.Height - Page.MarginBottom;

    private float Left => Page.MarginLeft;

    private bool AtPageTop => _y <= Top;

    /// <summary>The document's title, large and bold, at the top of the first page.</summary>
    public void Title(string text)
    {
        var lines = Wrap(text, PdfTheme.Title, ContentWidth);
        EnsureRoom((lines.Count * PdfTheme.Title.LineHeight) + PdfTheme.KeepWithHeading);
        WriteLines(lines, PdfTheme.Title, Left);
        Gap(10);
    }

    /// <summary>A section heading.</summary>
    public void Heading1(string text) => Heading(text, PdfTheme.Heading1, spaceBefore: 14, spaceAfter: 5);

    /// <summary>A sub-section heading.</summary>
    public void Heading2(string text) => Heading(text, PdfTheme.Heading2, spaceBefore: 10, spaceAfter: 4);

    /// <summary>A label over a block of text, such as "Strengths".</summary>
    public void Heading3(string text) => Heading(text, PdfTheme.Heading3, spaceBefore: 6, spaceAfter: 2);

    /// <summary>A paragraph of body text; line feeds in the text start new lines.</summary>
    public void Paragraph(string text) => Paragraph(PdfRun.Plain(text));

    /// <summary>A paragraph mixing plain and bold runs, wrapped as one text.</summary>
    public void Paragraph(params IReadOnlyList<PdfRun> runs) => TextBlock(runs, PdfTheme.Body, PdfTheme.ParagraphGap);

    /// <summary>Small text in the secondary colour, for notes and reminders.</summary>
    public void SmallText(string text) => TextBlock([PdfRun.Plain(text)], PdfTheme.Small, 4);

    /// <summary>A bulleted list; each item wraps under its own first word.</summary>
    public void BulletList(IEnumerable<string> items, bool small = false)
    {
        ArgumentNullException.ThrowIfNull(items);
        var style = small ? PdfTheme.Small : PdfTheme.Body;
        var bulletX = Left + 3;
        foreach (var item in items)
        {
            var lines = Wrap(item, style, ContentWidth - PdfTheme.BulletIndent);
            if (lines.Count == 0)
            {
                continue;
            }

            WriteLines(lines, style, Left + PdfTheme.BulletIndent, (index, top) =>
            {
                if (index == 0)
                {
                    Place(new PdfTextDrawing(bulletX, top + _typesetter.BaselineOffset(style), "•", style));
                }
            });
            Gap(small ? 1 : 2);
        }

        Gap(PdfTheme.ParagraphGap);
    }

    /// <summary>Text set off by a grey bar on its left, for quoted or suggested wording.</summary>
    public void InsetText(string text)
    {
        var style = PdfTheme.Body;
        var lines = TrimEmptyLines(Wrap(text, style, ContentWidth - PdfTheme.InsetIndent));
        WriteLines(lines, style, Left + PdfTheme.InsetIndent, (_, top) =>
            Place(new PdfRectDrawing(new SKRect(Left, top, Left + PdfTheme.InsetBarWidth, top + style.LineHeight), PdfTheme.InsetBar)));
        Gap(PdfTheme.ParagraphGap + 2);
    }

    /// <summary>Two columns of label and value, labels in bold, both wrapped, with a line under each row.</summary>
    public void SummaryTable(IEnumerable<(string Label, string Value)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var table = new PdfTable(new PdfColumn("Item", 0.34f), new PdfColumn("Detail", 0.66f)) { ShowHeader = false };
        foreach (var (label, value) in rows)
        {
            table.AddRow(PdfCell.Strong(label), PdfCell.Plain(value));
        }

        Table(table);
    }

    /// <summary>A data table with a header row repeated on every page it runs onto.</summary>
    public void Table(PdfTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        new TableLayout(this, table).Run();
        Gap(10);
    }

    /// <summary>
    /// A coloured tag (badge) such as a grade, optionally after a label on the same line:
    /// "Overall grade: [3 Requires improvement]".
    /// </summary>
    public void Tag(string text, PdfTagColour colour, string? label = null, bool large = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var style = large ? PdfTheme.Heading2 : PdfTheme.Tag;
        var (fill, ink) = PdfTheme.TagColours(colour);
        var labelStyle = style.WithBold(large).WithColour(PdfTheme.Text);
        var labelWidth = label is null ? 0 : _typesetter.Measure(label, labelStyle) + (style.Size * 0.5f);
        var maxTextWidth = ContentWidth - (2 * PdfTheme.TagPaddingX);
        var lines = Wrap(text, style, maxTextWidth);
        var textWidth = lines.Count == 0 ? 0 : lines.Max(l => l.Width);
        var boxHeight = (Math.Max(lines.Count, 1) * style.LineHeight) + (2 * PdfTheme.TagPaddingY);

        if (label is not null && labelWidth + textWidth + (2 * PdfTheme.TagPaddingX) > ContentWidth)
        {
            // No room beside the label: the label goes on its own line above the tag.
            TextBlock([PdfRun.Plain(label)], labelStyle, 2);
            label = null;
            labelWidth = 0;
        }

        EnsureRoom(boxHeight);
        var top = _y;
        var baseline = top + PdfTheme.TagPaddingY + _typesetter.BaselineOffset(style);
        if (label is not null)
        {
            Place(new PdfTextDrawing(Left, baseline, label, labelStyle));
        }

        var boxLeft = Left + labelWidth;
        Place(new PdfRectDrawing(new SKRect(boxLeft, top, boxLeft + textWidth + (2 * PdfTheme.TagPaddingX), top + boxHeight), fill));
        for (var i = 0; i < lines.Count; i++)
        {
            foreach (var segment in lines[i].Segments)
            {
                Place(new PdfTextDrawing(boxLeft + PdfTheme.TagPaddingX + segment.X, baseline + (i * style.LineHeight), segment.Text, style.WithColour(ink)));
            }
        }

        _y = top + boxHeight;
        Gap(PdfTheme.ParagraphGap + 2);
    }

    /// <summary>A thin horizontal line across the content width.</summary>
    public void Rule()
    {
        EnsureRoom(12);
        var y = _y + 4;
        Place(new PdfLineDrawing(new SKPoint(Left, y), new SKPoint(Left + ContentWidth, y), PdfTheme.Border, PdfTheme.RuleWidth));
        _y = y + 8;
    }

    /// <summary>Vertical space in points; space that would run past the foot of the page is dropped.</summary>
    public void Space(float points)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(points);
        Gap(points);
    }

    /// <summary>Starts a new page, unless nothing has been written on the current one.</summary>
    public void PageBreak()
    {
        if (!AtPageTop)
        {
            NewPage();
        }
    }

    /// <summary>
    /// Draws a ScottPlot chart as vectors in a box <paramref name="height"/> points high and, by default, the
    /// full content width, moving to a new page when the box does not fit. The plot's text is set to
    /// the PDF family; the plot is rendered when the document is written, so leave it unchanged till then.
    /// </summary>
    public void Chart(Plot plot, float height, float? width = null)
    {
        ArgumentNullException.ThrowIfNull(plot);
        var boxWidth = Math.Min(width ?? ContentWidth, ContentWidth);
        var boxHeight = Math.Min(height, Page.ContentHeight);
        ArgumentOutOfRangeException.ThrowIfLessThan(boxWidth, 10, nameof(width));
        ArgumentOutOfRangeException.ThrowIfLessThan(boxHeight, 10, nameof(height));
        EnsureRoom(boxHeight);
        Place(new PdfPlotDrawing(SKRect.Create(Left, _y, boxWidth, boxHeight), plot));
        _y += boxHeight;
        Gap(10);
    }

    /// <summary>
    /// The width in pixels a plot is laid out at when <see cref="Chart"/> draws it <paramref name="points"/>
    /// wide, for charts that arrange themselves to fit (labels side by side or one under another).
    /// </summary>
    public static int ChartPixels(float points) => (int)Math.Floor(points / PdfPlotDrawing.Scale);

    /// <summary>Writes the PDF to a stream, with metadata and a footer on every page.</summary>
    public void WriteTo(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var metadata = new SKDocumentPdfMetadata
        {
            Title = Info.Title,
            Author = PdfDocumentInfo.Author,
            Creator = PdfDocumentInfo.Creator,
            Subject = Info.Subject,
            Creation = Info.CreatedAt.UtcDateTime,
            Modified = Info.CreatedAt.UtcDateTime,
        };

        using var document = SKDocument.CreatePdf(stream, metadata)
            ?? throw new InvalidOperationException("SkiaSharp could not create a PDF document.");
        for (var i = 0; i < _pages.Count; i++)
        {
            var canvas = document.BeginPage(Page.Width, Page.Height);
            foreach (var drawing in _pages[i])
            {
                drawing.Draw(canvas, _typesetter);
            }

            DrawFooter(canvas, i + 1);
            document.EndPage();
        }

        document.Close();
    }

    /// <summary>The PDF as bytes.</summary>
    public byte[] ToArray()
    {
        using var stream = new MemoryStream();
        WriteTo(stream);
        return stream.ToArray();
    }

    public void Dispose() => _typesetter.Dispose();

    private void Heading(string text, PdfTextStyle style, float spaceBefore, float spaceAfter)
    {
        if (!AtPageTop)
        {
            Gap(spaceBefore);
        }

        var lines = Wrap(text, style, ContentWidth);
        EnsureRoom((lines.Count * style.LineHeight) + PdfTheme.KeepWithHeading);
        WriteLines(lines, style, Left);
        Gap(spaceAfter);
    }

    private void TextBlock(IReadOnlyList<PdfRun> runs, PdfTextStyle style, float spaceAfter)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var lines = TrimEmptyLines(_typesetter.Wrap(runs, style, ContentWidth));
        if (lines.Count == 0)
        {
            return;
        }

        WriteLines(lines, style, Left);
        Gap(spaceAfter);
    }

    private void DrawFooter(SKCanvas canvas, int pageNumber)
    {
        var style = PdfTheme.Footer;
        var suffix = $" – page {pageNumber} of {_pages.Count}";
        var title = Info.Title;
        var room = ContentWidth - _typesetter.Measure(suffix, style);
        if (_typesetter.Measure(title, style) > room)
        {
            while (title.Length > 1 && _typesetter.Measure(title + "…", style) > room)
            {
                title = title[..^1];
            }

            title = title.TrimEnd() + "…";
        }

        var ruleY = Bottom + 14;
        new PdfLineDrawing(new SKPoint(Left, ruleY), new SKPoint(Left + ContentWidth, ruleY), PdfTheme.Border, 0.5f).Draw(canvas, _typesetter);
        new PdfTextDrawing(Left, ruleY + 13, title + suffix, style).Draw(canvas, _typesetter);
    }

    private IReadOnlyList<PdfLine> Wrap(string text, PdfTextStyle style, float width) =>
        _typesetter.Wrap([PdfRun.Plain(text ?? string.Empty)], style, width);

    private static List<PdfLine> TrimEmptyLines(IReadOnlyList<PdfLine> lines)
    {
        var start = 0;
        var end = lines.Count;
        while (start < end && lines[start].Segments.Count == 0)
        {
            start++;
        }

        while (end > start && lines[end - 1].Segments.Count == 0)
        {
            end--;
        }

        return lines.Skip(start).Take(end - start).ToList();
    }

    /// <summary>Writes lines one by one, each going to a new page when it does not fit; <paramref name="decorate"/> adds marks beside a line (bullets, bars).</summary>
    private void WriteLines(IReadOnlyList<PdfLine> lines, PdfTextStyle style, float x, Action<int, float>? decorate = null)
    {
        var baselineOffset = _typesetter.BaselineOffset(style);
        for (var i = 0; i < lines.Count; i++)
        {
            EnsureRoom(style.LineHeight);
            foreach (var segment in lines[i].Segments)
            {
                Place(new PdfTextDrawing(x + segment.X, _y + baselineOffset, segment.Text, style.WithBold(segment.Bold)));
            }

            decorate?.Invoke(i, _y);
            _y += style.LineHeight;
        }
    }

    private void EnsureRoom(float height)
    {
        if (_y + height > Bottom && !AtPageTop)
        {
            NewPage();
        }
    }

    private void Gap(float points)
    {
        if (!AtPageTop)
        {
            _y = Math.Min(_y + points, Bottom);
        }
    }

    private void NewPage()
    {
        _pages.Add([]);
        _y = Top;
    }

    private void Place(IPdfDrawing drawing) => _pages[^1].Add(drawing);

    /// <summary>Lays a table out row by row, splitting across pages and repeating the header.</summary>
    private sealed class TableLayout
    {
        private readonly PdfDocumentWriter _writer;
        private readonly PdfTable _table;
        private readonly PdfTextStyle _style = PdfTheme.TableBody;
        private readonly float[] _x;
        private readonly float[] _widths;
        private readonly IReadOnlyList<PdfLine>[]? _header;
        private int _rowsOnPage;

        public TableLayout(PdfDocumentWriter writer, PdfTable table)
        {
            _writer = writer;
            _table = table;
            var total = table.Columns.Sum(c => c.Width);
            _widths = ColumnWidths.Fit(table.Columns.Select(c => c.Width / total * writer.ContentWidth).ToArray(), LongestWords());
            _x = new float[_widths.Length];
            for (var i = 1; i < _x.Length; i++)
            {
                _x[i] = _x[i - 1] + _widths[i - 1];
            }

            _header = table.ShowHeader ? WrapRow(table.Columns.Select(c => PdfCell.Strong(c.Header)).ToList()) : null;
        }

        private float LineHeight => _style.LineHeight;

        private float HeaderHeight => _header is null ? 0 : RowHeight(LineCount(_header));

        /// <summary>Lines of a row that fit on a fresh page under the header.</summary>
        private int LinesPerPage => (int)Math.Floor((_writer.Page.ContentHeight - HeaderHeight - (2 * PdfTheme.CellPaddingY)) / LineHeight);

        private int LinesThatFit() => (int)Math.Floor((_writer.Bottom - _writer._y - (2 * PdfTheme.CellPaddingY)) / LineHeight);

        public void Run()
        {
            var rows = _table.Rows.Select(WrapRow).ToList();
            var firstRowLines = rows.Count == 0 ? 1 : LineCount(rows[0]);
            if (firstRowLines > LinesPerPage)
            {
                firstRowLines = 3;
            }

            _writer.EnsureRoom(HeaderHeight + RowHeight(firstRowLines));
            DrawHeader();
            foreach (var row in rows)
            {
                DrawRow(row);
            }
        }

        private void DrawRow(IReadOnlyList<PdfLine>[] row)
        {
            var total = Math.Max(LineCount(row), 1);
            var start = 0;
            while (true)
            {
                var remaining = total - start;
                var fitting = LinesThatFit();
                if (fitting >= remaining)
                {
                    DrawFragment(row, start, remaining);
                    return;
                }

                // A row that fits on a page of its own moves there whole; one taller than a page is split.
                if ((start == 0 && _rowsOnPage > 0 && total <= LinesPerPage) || fitting < 1)
                {
                    ContinueOnNewPage();
                    continue;
                }

                DrawFragment(row, start, fitting);
                start += fitting;
                ContinueOnNewPage();
            }
        }

        private void ContinueOnNewPage()
        {
            _writer.NewPage();
            DrawHeader();
        }

        private void DrawHeader()
        {
            _rowsOnPage = 0;
            if (_header is null)
            {
                return;
            }

            var height = HeaderHeight;
            var top = _writer._y;
            _writer.Place(new PdfRectDrawing(new SKRect(_writer.Left, top, _writer.Left + _writer.ContentWidth, top + height), PdfTheme.HeaderFill));
            DrawCells(_header, 0, LineCount(_header), top, bold: true);
            _writer.Place(new PdfLineDrawing(new SKPoint(_writer.Left, top + height), new SKPoint(_writer.Left + _writer.ContentWidth, top + height), PdfTheme.Border, 1));
            _writer._y = top + height;
        }

        private void DrawFragment(IReadOnlyList<PdfLine>[] row, int start, int count)
        {
            var top = _writer._y;
            var height = RowHeight(count);
            DrawCells(row, start, count, top, bold: false);
            _writer.Place(new PdfLineDrawing(new SKPoint(_writer.Left, top + height), new SKPoint(_writer.Left + _writer.ContentWidth, top + height), PdfTheme.Border, 0.5f));
            _writer._y = top + height;
            _rowsOnPage++;
        }

        private void DrawCells(IReadOnlyList<PdfLine>[] row, int start, int count, float top, bool bold)
        {
            var baselineOffset = _writer._typesetter.BaselineOffset(_style);
            for (var column = 0; column < row.Length; column++)
            {
                var lines = row[column];
                var align = _table.Columns[column].Align;
                var innerWidth = _widths[column] - (2 * PdfTheme.CellPaddingX);
                for (var i = start; i < Math.Min(start + count, lines.Count); i++)
                {
                    var line = lines[i];
                    var offset = align switch
                    {
                        PdfAlign.Right => innerWidth - line.Width,
                        PdfAlign.Centre => (innerWidth - line.Width) / 2,
                        _ => 0,
                    };
                    var x = _writer.Left + _x[column] + PdfTheme.CellPaddingX + offset;
                    var baseline = top + PdfTheme.CellPaddingY + ((i - start) * LineHeight) + baselineOffset;
                    foreach (var segment in line.Segments)
                    {
                        _writer.Place(new PdfTextDrawing(x + segment.X, baseline, segment.Text, _style.WithBold(bold || segment.Bold)));
                    }
                }
            }
        }

        /// <summary>The width each column needs for its longest word, with the cell's padding.</summary>
        private float[] LongestWords()
        {
            var typesetter = _writer._typesetter;
            var longest = new float[_table.Columns.Count];
            for (var column = 0; column < longest.Length; column++)
            {
                var cells = _table.Rows.Select(row => row[column]);
                if (_table.ShowHeader)
                {
                    cells = cells.Prepend(PdfCell.Strong(_table.Columns[column].Header));
                }

                foreach (var cell in cells)
                {
                    var style = _style.WithBold(cell.Bold);
                    foreach (var word in (cell.Text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
                    {
                        longest[column] = Math.Max(longest[column], typesetter.Measure(word, style));
                    }
                }

                longest[column] += (2 * PdfTheme.CellPaddingX) + 0.5f;
            }

            return longest;
        }

        private IReadOnlyList<PdfLine>[] WrapRow(IReadOnlyList<PdfCell> cells) =>
            cells.Select((cell, i) => _writer._typesetter.Wrap([new PdfRun(cell.Text ?? string.Empty, cell.Bold)], _style, _widths[i] - (2 * PdfTheme.CellPaddingX))).ToArray();

        private static int LineCount(IReadOnlyList<PdfLine>[] row) => row.Length == 0 ? 0 : row.Max(c => c.Count);

        private float RowHeight(int lines) => (Math.Max(lines, 1) * LineHeight) + (2 * PdfTheme.CellPaddingY);
    }
}
