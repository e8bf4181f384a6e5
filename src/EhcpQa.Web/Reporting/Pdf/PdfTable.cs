namespace EhcpQa.Web.Reporting.Pdf;

/// <summary>Horizontal alignment of a table column's text.</summary>
public enum PdfAlign
{
    Left,
    Centre,
    Right,
}

/// <summary>A column of a <see cref="PdfTable"/>.</summary>
/// <param name="Header">Header text, repeated at the top of every page the table runs onto.</param>
/// <param name="Width">Share of the table width; shares are scaled to add up to the whole width.</param>
/// <param name="Align">Alignment of the column's cells.</param>
public sealed record PdfColumn(string Header, float Width, PdfAlign Align = PdfAlign.Left);

/// <summary>One cell: its text, wrapped to the column, optionally bold.</summary>
public readonly record struct PdfCell(string Text, bool Bold = false)
{
    public static PdfCell Plain(string text) => new(text);

    public static PdfCell Strong(string text) => new(text, Bold: true);
}

/// <summary>
/// A data table: a header row and rows of wrapped cells. A row taller than what is left of a page
/// moves to the next page; a row taller than a whole page is split between pages. The header row is
/// drawn again on every page.
/// </summary>
public sealed class PdfTable
{
    private readonly List<IReadOnlyList<PdfCell>> _rows = [];

    public PdfTable(params IReadOnlyList<PdfColumn> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        if (columns.Count == 0)
        {
            throw new ArgumentException("A table needs at least one column.", nameof(columns));
        }

        if (columns.Any(c => !(c.Width > 0)))
        {
            throw new ArgumentException("Every column width must be a positive share.", nameof(columns));
        }

        Columns = columns;
    }

    public IReadOnlyList<PdfColumn> Columns { get; }

    public IReadOnlyList<IReadOnlyList<PdfCell>> Rows => _rows;

    /// <summary>Whether the header row is drawn (summary tables have none).</summary>
    public bool ShowHeader { get; init; } = true;

    public PdfTable AddRow(params IReadOnlyList<string> cells) => AddRow(cells.Select(PdfCell.Plain).ToList());

    public PdfTable AddRow(params IReadOnlyList<PdfCell> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Count != Columns.Count)
        {
            throw new ArgumentException($"The table has {Columns.Count} columns but the row has {cells.Count} cells.", nameof(cells));
        }

        _rows.Add(cells);
        return this;
    }
}
