using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using EhcpQa.Domain.Register;
using EhcpQa.Web.Features.RegisterImport;

namespace EhcpQa.Web.Tests.RegisterImport;

/// <summary>Text written as an inline string (t="inlineStr") rather than through the shared strings part.</summary>
internal sealed record Inline(string Text);

/// <summary>A formula cell with its cached value.</summary>
internal sealed record Formula(string Expression, double CachedValue);

/// <summary>Register files made in memory: CSV text and workbooks built with the Open XML SDK.</summary>
internal static class RegisterFiles
{
    public static string? Check(string fileName, byte[] content)
    {
        using var stream = new MemoryStream(content);
        return RegisterFileCheck.Check(fileName, content.Length, stream);
    }

    public static RegisterFile Csv(string text) => RegisterFile.Open("register.csv", Encoding.UTF8.GetBytes(text));

    public static RegisterFile Xlsx(params IReadOnlyDictionary<int, object?[]>[] sheets) =>
        RegisterFile.Open("register.xlsx", Workbook(sheets));

    public static List<RegisterRow> RowsOf(RegisterFile file) => [.. file.Rows()];

    /// <summary>
    /// A workbook with one worksheet per dictionary (row number to its cells, from column A). A cell that is a
    /// string goes to the shared strings part; <see cref="Inline"/> is an inline string; a double a number; a
    /// DateTime a serial date styled with numFmtId 14; a bool a boolean; <see cref="Formula"/> a formula; null none.
    /// </summary>
    public static byte[] Workbook(params IReadOnlyDictionary<int, object?[]>[] sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook(new Sheets());
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font()) { Count = 1 },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
                new Borders(new Border()) { Count = 1 },
                new CellFormats(
                    new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 },
                    new CellFormat { NumberFormatId = 14, FontId = 0, FillId = 0, BorderId = 0, ApplyNumberFormat = true })
                { Count = 2 });
            var sharedStrings = workbookPart.AddNewPart<SharedStringTablePart>();
            sharedStrings.SharedStringTable = new SharedStringTable();
            var shared = new List<string>();

            for (var s = 0; s < sheets.Length; s++)
            {
                var sheetData = new SheetData();
                foreach (var (rowIndex, values) in sheets[s].OrderBy(row => row.Key))
                {
                    var row = new Row { RowIndex = (uint)rowIndex };
                    for (var c = 0; c < values.Length; c++)
                    {
                        var cell = CellOf(values[c], shared);
                        if (cell is not null)
                        {
                            cell.CellReference = $"{(char)('A' + c)}{rowIndex}";
                            row.Append(cell);
                        }
                    }

                    sheetData.Append(row);
                }

                var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
                worksheetPart.Worksheet = new Worksheet(sheetData);
                workbookPart.Workbook.Sheets!.Append(new Sheet
                {
                    Id = workbookPart.GetIdOfPart(worksheetPart),
                    SheetId = (uint)(s + 1),
                    Name = $"Sheet{s + 1}",
                });
            }

            foreach (var text in shared)
            {
                sharedStrings.SharedStringTable.Append(new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
            }
        }

        return stream.ToArray();
    }

    private static Cell? CellOf(object? value, List<string> shared)
    {
        switch (value)
        {
            case null:
                return null;
            case string text:
                var index = shared.IndexOf(text);
                if (index < 0)
                {
                    index = shared.Count;
                    shared.Add(text);
                }

                return new Cell { DataType = CellValues.SharedString, CellValue = new CellValue(index) };
            case Inline inline:
                return new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(inline.Text)) };
            case double number:
                return new Cell { CellValue = new CellValue(number) };
            case DateTime date:
                return new Cell { StyleIndex = 1, CellValue = new CellValue(date.ToOADate()) };
            case bool flag:
                return new Cell { DataType = CellValues.Boolean, CellValue = new CellValue(flag ? "1" : "0") };
            case Formula formula:
                return new Cell { CellFormula = new CellFormula(formula.Expression), CellValue = new CellValue(formula.CachedValue) };
            default:
                throw new ArgumentException($"No cell for {value.GetType()}.", nameof(value));
        }
    }

    public static Dictionary<int, object?[]> Sheet(params object?[][] rows)
    {
        var sheet = new Dictionary<int, object?[]>();
        for (var i = 0; i < rows.Length; i++)
        {
            sheet[i + 1] = rows[i];
        }

        return sheet;
    }

    public static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(content);
            }
        }

        return stream.ToArray();
    }

    /// <summary>A package with an entry added or replaced.</summary>
    public static byte[] WithEntry(byte[] package, string name, byte[] content)
    {
        using var stream = new MemoryStream();
        stream.Write(package);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(name)?.Delete();
            using var entry = zip.CreateEntry(name).Open();
            entry.Write(content);
        }

        return stream.ToArray();
    }

    /// <summary>Makes the last entry of a zip declare <paramref name="size"/> as its uncompressed size, in both headers.</summary>
    public static byte[] DeclaringLastEntryAs(byte[] zip, uint size)
    {
        var bytes = (byte[])zip.Clone();
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(bytes.AsSpan().LastIndexOf((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]) + 22), size);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(bytes.AsSpan().LastIndexOf((ReadOnlySpan<byte>)[0x50, 0x4B, 0x01, 0x02]) + 24), size);
        return bytes;
    }

    /// <summary>The start of an OLE compound file, as an .xls workbook (or an encrypted .xlsx) begins.</summary>
    public static byte[] CompoundFile(string? streamName = null)
    {
        var bytes = new List<byte> { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };
        bytes.AddRange(new byte[504]);
        bytes.AddRange(Encoding.Unicode.GetBytes(streamName ?? "Workbook"));
        bytes.AddRange(new byte[512]);
        return [.. bytes];
    }
}
