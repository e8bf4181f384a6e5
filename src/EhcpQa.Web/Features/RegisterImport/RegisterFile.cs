using System.Globalization;
using EhcpQa.Domain.Register;

namespace EhcpQa.Web.Features.RegisterImport;

/// <summary>
/// A register of EHC plans as uploaded (CSV or the first worksheet of an .xlsx workbook), read as its headings and
/// the rows after them. Call <see cref="RegisterFileCheck.Check"/> first; anything that still cannot be read
/// throws <see cref="RegisterFileUnreadableException"/> with a message for the person who uploaded it.
/// </summary>
public sealed class RegisterFile
{
    public const string NoHeadingsMessage = "The selected file is empty: it has no headings";
    public const string TooManyRowsMessage = "The file has more than 100,000 rows: remove the rows that are not plans, or split it into files of 100,000 rows or fewer";

    private readonly Func<IEnumerable<(int Number, string?[] Cells)>> _read;
    private readonly int _headingRow;

    private RegisterFile(RegisterFileKind kind, Func<IEnumerable<(int Number, string?[] Cells)>> read)
    {
        Kind = kind;
        _read = read;
        foreach (var (number, cells) in Clean(read()))
        {
            if (Array.Exists(cells, cell => cell is not null))
            {
                _headingRow = number;
                Headings = HeadingsFrom(cells);
                return;
            }
        }

        throw new RegisterFileUnreadableException(NoHeadingsMessage);
    }

    public RegisterFileKind Kind { get; }

    /// <summary>
    /// The first row with anything in it, trimmed, up to its last heading: an empty heading reads "Column N"
    /// (N its 1-based column), a heading used again (in any case) gets " (2)", " (3)" and so on.
    /// </summary>
    public IReadOnlyList<string> Headings { get; } = [];

    /// <summary>Opens a checked upload; the kind of file is told by its name.</summary>
    public static RegisterFile Open(string fileName, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var kind = RegisterFileCheck.KindOf(fileName, out var problem)
            ?? throw new RegisterFileUnreadableException(problem ?? RegisterFileCheck.WrongTypeMessage);
        if (content.Length == 0)
        {
            throw new RegisterFileUnreadableException(RegisterFileCheck.EmptyMessage);
        }

        if (kind == RegisterFileKind.Csv)
        {
            var csv = new RegisterCsvReader(content);
            return new RegisterFile(kind, csv.ReadRows);
        }

        return new RegisterFile(kind, () => RegisterXlsxReader.ReadRows(content));
    }

    /// <summary>
    /// The rows after the heading row, read as they are enumerated: each numbered as in the file or sheet, its
    /// cells lined up with <see cref="Headings"/> (cells past the last heading dropped, missing ones null), rows
    /// with nothing in them skipped. Passing <see cref="RegisterFileCheck.MaxRows"/> rows throws, so enumerate
    /// them all before writing anything. May be enumerated more than once.
    /// </summary>
    public IEnumerable<RegisterRow> Rows()
    {
        var count = 0;
        foreach (var (number, cells) in Clean(_read()))
        {
            if (number <= _headingRow)
            {
                continue;
            }

            var aligned = new string?[Headings.Count];
            Array.Copy(cells, aligned, Math.Min(cells.Length, aligned.Length));
            if (Array.TrueForAll(aligned, cell => cell is null))
            {
                continue;
            }

            if (++count > RegisterFileCheck.MaxRows)
            {
                throw new RegisterFileUnreadableException(TooManyRowsMessage);
            }

            yield return new RegisterRow(number, aligned);
        }
    }

    /// <summary>How many rows there are after the heading row (reading them all).</summary>
    public int CountRows() => Rows().Count();

    private static IEnumerable<(int Number, string?[] Cells)> Clean(IEnumerable<(int Number, string?[] Cells)> rows)
    {
        foreach (var (number, cells) in rows)
        {
            for (var i = 0; i < cells.Length; i++)
            {
                var cell = cells[i]?.Trim();
                cells[i] = string.IsNullOrEmpty(cell) ? null : cell;
            }

            yield return (number, cells);
        }
    }

    private static string[] HeadingsFrom(string?[] cells)
    {
        var last = Array.FindLastIndex(cells, cell => cell is not null);
        var headings = new string[last + 1];
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < headings.Length; i++)
        {
            var heading = cells[i] ?? $"Column {(i + 1).ToString(CultureInfo.InvariantCulture)}";
            var unique = heading;
            for (var n = 2; !used.Add(unique); n++)
            {
                unique = $"{heading} ({n.ToString(CultureInfo.InvariantCulture)})";
            }

            headings[i] = unique;
        }

        return headings;
    }
}
