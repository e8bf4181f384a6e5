using EhcpQa.Domain.Frameworks;

namespace EhcpQa.Web.Features.Drafts.Documents;

/// <summary>One column of a <see cref="ColumnTable"/>: the grid columns it covers, its section and its heading as written.</summary>
internal sealed record SectionColumn(int Column, int Span, SectionCode Code, string Heading)
{
    public bool Covers(int column) => column >= Column && column < Column + Span;
}

/// <summary>What a row of a <see cref="ColumnTable"/> holds once its cells are put in their sections.</summary>
internal sealed record ColumnRow(string? AreaTitle, IReadOnlyList<(SectionCode Code, DocumentLine Line)> Cells);

/// <summary>
/// A table of the DfE national EHCP template, where sections sit side by side: a header row whose columns are sections
/// ("Section B: Special educational needs" | "Section E: Outcomes" | "Section F: Special educational provision", or
/// "Health needs" | "Health provision"), perhaps under title rows spanning the table ("Communication and interaction"),
/// and rows whose cells each belong to their column's section.
/// </summary>
internal sealed class ColumnTable
{
    /// <summary>The header row may come after at most this many title rows.</summary>
    private const int MaxTitleRowsAbove = 3;

    private readonly DocumentTable _table;
    private readonly int _headerRow;

    private ColumnTable(DocumentTable table, int headerRow, IReadOnlyList<SectionColumn> columns)
    {
        _table = table;
        _headerRow = headerRow;
        Columns = columns;
    }

    public IReadOnlyList<SectionColumn> Columns { get; }

    /// <summary>Reads a table as one whose columns are sections, or returns null when it is not one.</summary>
    public static ColumnTable? Read(DocumentTable table)
    {
        for (var index = 0; index < table.Rows.Count && index <= MaxTitleRowsAbove; index++)
        {
            var row = table.Rows[index];
            if (HeaderColumns(row) is { } columns)
            {
                return new ColumnTable(table, index, columns);
            }

            if (row.Filled.Count() > 1)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The rows in order, each with the title of an area of need (a row with one cell across the table that is not a
    /// heading of sections; or the first column's text when that column has no section) and its cells by section.
    /// Repeated header rows give nothing.
    /// </summary>
    public IEnumerable<ColumnRow> Rows()
    {
        for (var index = 0; index < _table.Rows.Count; index++)
        {
            var row = _table.Rows[index];
            var filled = row.Filled.ToList();
            if (index == _headerRow || filled.Count == 0 || (index > _headerRow && RepeatsHeader(row)))
            {
                continue;
            }

            if (IsTitleRow(row, filled))
            {
                var title = Text(filled[0]);
                if (!IsSectionsHeading(title))
                {
                    yield return new ColumnRow(title, []);
                }

                continue;
            }

            if (index < _headerRow)
            {
                continue;
            }

            yield return CellsOf(filled);
        }
    }

    /// <summary>A header row again, as on each page or above each area of need: the same sections in the same columns.</summary>
    private bool RepeatsHeader(DocumentTableRow row) =>
        HeaderColumns(row) is { } columns
        && columns.Select(c => (c.Column, c.Code)).SequenceEqual(Columns.Select(c => (c.Column, c.Code)));

    private ColumnRow CellsOf(List<DocumentTableCell> filled)
    {
        string? label = null;
        var cells = new List<(SectionCode, DocumentLine)>();
        foreach (var cell in filled)
        {
            var column = ColumnOf(cell);
            if (column is null)
            {
                // The first column without a section names the area of need; a later one goes with the column to its left.
                var left = Columns.Where(c => c.Column + c.Span <= cell.Column).MaxBy(c => c.Column);
                if (left is null)
                {
                    label = label is null ? Text(cell) : $"{label}; {Text(cell)}";
                    continue;
                }

                column = left;
            }

            cells.AddRange(cell.Lines.Select(line => (column.Code, line)));
        }

        return new ColumnRow(label, cells);
    }

    private SectionColumn? ColumnOf(DocumentTableCell cell) =>
        Columns.FirstOrDefault(c => c.Covers(cell.Column)) ?? Columns.FirstOrDefault(c => cell.Covers(c.Column));

    /// <summary>
    /// The sections of a header row: at least two different ones, each cell but at most one naming a section, and
    /// either a code written ("Section E", "(F)") or a column of needs (B, C or D) so that an "Outcome | Provision"
    /// table inside Section E is not taken for one.
    /// </summary>
    private static List<SectionColumn>? HeaderColumns(DocumentTableRow row)
    {
        var filled = row.Filled.ToList();
        if (filled.Count < 2)
        {
            return null;
        }

        var columns = new List<SectionColumn>();
        var codes = new List<SectionCode>();
        var coded = false;
        foreach (var cell in filled)
        {
            var heading = cell.Lines[0].Text;
            if (SectionHeadings.ColumnHeading(heading, codes) is not { } column || codes.Contains(column.Code))
            {
                continue;
            }

            codes.Add(column.Code);
            coded |= column.Explicit;
            columns.Add(new SectionColumn(cell.Column, cell.Span, column.Code, SectionHeadings.Normalise(heading)));
        }

        var needs = codes.Any(c => c is SectionCode.B or SectionCode.C or SectionCode.D);
        return columns.Count >= 2 && columns.Count >= filled.Count - 1 && (coded || needs) ? columns : null;
    }

    /// <summary>A row of one filled cell across several columns, or the only cell of its row.</summary>
    private static bool IsTitleRow(DocumentTableRow row, List<DocumentTableCell> filled) =>
        filled.Count == 1 && (filled[0].Span > 1 || row.Cells.Count == 1);

    private static bool IsSectionsHeading(string text) =>
        SectionHeadings.IsSeveralSections(text) || SectionHeadings.Match(text, true, true, new HashSet<SectionCode>()) is not null;

    private static string Text(DocumentTableCell cell) => string.Join(" ", cell.Lines.Select(l => SectionHeadings.Normalise(l.Text)));
}
