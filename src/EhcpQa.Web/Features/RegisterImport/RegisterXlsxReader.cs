using System.Globalization;
using System.Text;
using ExcelDataReader;

namespace EhcpQa.Web.Features.RegisterImport;

/// <summary>
/// Reads the first worksheet of an Excel workbook (.xlsx) row by row, each cell as the text a person sees in it:
/// numbers in invariant culture (whole numbers without ".0"), dates as yyyy-MM-dd, booleans as TRUE or FALSE,
/// formulas as their cached value.
/// </summary>
internal static class RegisterXlsxReader
{
    /// <summary>Whether the workbook opens: its workbook, styles and shared strings parts can be read.</summary>
    public static bool CanOpen(Stream content)
    {
        try
        {
            using var reader = ExcelReaderFactory.CreateOpenXmlReader(content, Configuration(leaveOpen: true));
            return reader.ResultsCount > 0;
        }
        catch (Exception)
        {
            return false;
        }
    }

    /// <summary>The first worksheet's rows, numbered as in the sheet (row 1 first, rows that are missing included).</summary>
    public static IEnumerable<(int Number, string?[] Cells)> ReadRows(byte[] content)
    {
        IExcelDataReader reader;
        try
        {
            reader = ExcelReaderFactory.CreateOpenXmlReader(new MemoryStream(content, writable: false), Configuration(leaveOpen: false));
        }
        catch (Exception)
        {
            throw new RegisterFileUnreadableException(RegisterFileCheck.NotReadableMessage);
        }

        using (reader)
        {
            var number = 0;
            while (true)
            {
                string?[] cells;
                try
                {
                    if (!reader.Read())
                    {
                        yield break;
                    }

                    number++;
                    cells = new string?[reader.FieldCount];
                    for (var i = 0; i < cells.Length; i++)
                    {
                        cells[i] = TextOf(reader.GetValue(i));
                    }
                }
                catch (Exception)
                {
                    throw new RegisterFileUnreadableException(
                        $"Row {(number + 1).ToString(CultureInfo.InvariantCulture)} of the selected file cannot be read: save it again as an Excel Workbook (.xlsx) or CSV and try again");
                }

                yield return (number, cells);
            }
        }
    }

    private static ExcelReaderConfiguration Configuration(bool leaveOpen)
    {
        // ExcelDataReader's configuration asks for Windows-1252 (for older formats), which .NET has only once the
        // code pages provider is registered; registering it again does nothing.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return new ExcelReaderConfiguration { LeaveOpen = leaveOpen };
    }

    /// <summary>A cell's value as text.</summary>
    internal static string? TextOf(object? value) => value switch
    {
        null => null,
        string text => text,
        double number => NumberText(number),
        bool flag => flag ? "TRUE" : "FALSE",
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable other => other.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static string NumberText(double number)
    {
        // Whole numbers (references, counts) read as they look in Excel: 12345, not 12345.0 or 1.2345E+4.
        if (Math.Abs(number) < 1e15 && number == Math.Floor(number))
        {
            return ((long)number).ToString(CultureInfo.InvariantCulture);
        }

        return number.ToString("R", CultureInfo.InvariantCulture);
    }
}
