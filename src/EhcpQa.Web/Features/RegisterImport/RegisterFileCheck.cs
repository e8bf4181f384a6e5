using System.IO.Compression;
using EhcpQa.Web.Infrastructure.Forms;

namespace EhcpQa.Web.Features.RegisterImport;

/// <summary>
/// Checks an uploaded register of EHC plans before anything is read from it: not empty, not too large, a .csv or
/// .xlsx name, and content that really is one: a CSV that is text, or an Excel workbook (a zip package holding
/// xl/workbook.xml) without macros, not password protected and not a zip bomb. Messages follow the GOV.UK file
/// upload pattern.
/// </summary>
public static class RegisterFileCheck
{
    /// <summary>The largest upload accepted: 20 MB.</summary>
    public const long MaxBytes = 20 * 1024 * 1024;

    /// <summary>The most data rows (after the heading row) a register may have.</summary>
    public const int MaxRows = 100_000;

    /// <summary>The most the parts of a workbook may add up to once uncompressed: 200 MB.</summary>
    public const long MaxUncompressedBytes = 200 * 1024 * 1024;

    /// <summary>The most parts (zip entries) a workbook may hold.</summary>
    public const int MaxEntries = 2000;

    /// <summary>How much of a CSV file's start is looked at for signs that it is not text.</summary>
    public const int TextSniffBytes = 8 * 1024;

    public const string EmptyMessage = "The selected file is empty";
    public const string TooLargeMessage = "The selected file must be smaller than 20 MB";
    public const string WrongTypeMessage = "The selected file must be a CSV or Excel (.xlsx) file";
    public const string OlderExcelFormatMessage = "The selected file must be saved as .xlsx or .csv: open it in Excel and save it as an Excel Workbook (.xlsx) or CSV";
    public const string MacroEnabledMessage = "The selected file must not contain macros: save it as an Excel Workbook (.xlsx) or CSV and try again";
    public const string PasswordProtectedMessage = "The selected file is password protected: remove the password and try again";
    public const string NotReadableMessage = "The selected file is not a spreadsheet that can be read: save it as an Excel Workbook (.xlsx) or CSV and try again";
    public const string NotCsvMessage = "The selected file must be a CSV file: its content is not text. Save it as CSV, or upload the workbook as an Excel Workbook (.xlsx)";

    /// <summary>The part of a workbook package that holds its list of sheets.</summary>
    internal const string WorkbookPartName = "xl/workbook.xml";

    private static readonly byte[] EmptyZipSignature = [0x50, 0x4B, 0x05, 0x06];
    private static readonly byte[] PdfSignature = "%PDF-"u8.ToArray();

    /// <summary>
    /// Checks an upload. <paramref name="length"/> is the size the browser declared (IFormFile.Length); the
    /// content is checked as well. A seekable stream is read from its start and left at the position it had.
    /// Returns null when the file can be read as a register, otherwise the error message to show.
    /// </summary>
    public static string? Check(string? fileName, long length, Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);

        if (length <= 0)
        {
            return EmptyMessage;
        }

        if (length > MaxBytes)
        {
            return TooLargeMessage;
        }

        var kind = KindOf(fileName, out var problem);
        if (kind is null)
        {
            return problem;
        }

        if (!content.CanSeek)
        {
            using var buffered = new MemoryStream();
            return UploadedContent.CopyAtMost(content, buffered, MaxBytes) ? CheckContent(kind.Value, buffered) : TooLargeMessage;
        }

        var position = content.Position;
        try
        {
            return CheckContent(kind.Value, content);
        }
        finally
        {
            content.Position = position;
        }
    }

    /// <summary>The kind of register a file name says it is, or null with the message saying why it is refused.</summary>
    internal static RegisterFileKind? KindOf(string? fileName, out string? problem)
    {
        problem = null;
        switch (UploadedContent.ExtensionOf(fileName))
        {
            case ".csv":
                return RegisterFileKind.Csv;
            case ".xlsx":
                return RegisterFileKind.Xlsx;
            case ".xls" or ".xlsb" or ".xlt":
                problem = OlderExcelFormatMessage;
                return null;
            case ".xlsm" or ".xltm" or ".xlam":
                problem = MacroEnabledMessage;
                return null;
            default:
                problem = WrongTypeMessage;
                return null;
        }
    }

    private static string? CheckContent(RegisterFileKind kind, Stream content)
    {
        var actualLength = content.Length;
        if (actualLength == 0)
        {
            return EmptyMessage;
        }

        if (actualLength > MaxBytes)
        {
            return TooLargeMessage;
        }

        content.Position = 0;
        var head = new byte[TextSniffBytes];
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        content.Position = 0;
        var start = head.AsSpan(0, read);

        return kind == RegisterFileKind.Csv ? CheckCsv(start) : CheckWorkbook(start, content);
    }

    private static string? CheckCsv(ReadOnlySpan<byte> start)
    {
        if (start.StartsWith(UploadedContent.ZipSignature) || start.StartsWith(EmptyZipSignature) || start.StartsWith(PdfSignature)
            || start.StartsWith(UploadedContent.CompoundFileSignature))
        {
            return NotCsvMessage;
        }

        // Text saved as UTF-16 is full of zero bytes; anything else with one is not text.
        var utf16 = start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
        return !utf16 && start.Contains((byte)0) ? NotCsvMessage : null;
    }

    private static string? CheckWorkbook(ReadOnlySpan<byte> start, Stream content)
    {
        if (start.StartsWith(UploadedContent.CompoundFileSignature))
        {
            // An OLE compound file: an older Excel workbook (.xls), or an .xlsx encrypted with a password.
            return UploadedContent.IsEncryptedOfficeFile(content) ? PasswordProtectedMessage : OlderExcelFormatMessage;
        }

        if (!start.StartsWith(UploadedContent.ZipSignature))
        {
            return NotReadableMessage;
        }

        var packageProblem = CheckPackage(content);
        if (packageProblem is not null)
        {
            return packageProblem;
        }

        content.Position = 0;
        return RegisterXlsxReader.CanOpen(content) ? null : NotReadableMessage;
    }

    /// <summary>Looks at the zip entries before anything is unpacked: the workbook part, macros, sizes.</summary>
    private static string? CheckPackage(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            var entries = zip.Entries;
            if (entries.Count > MaxEntries)
            {
                return NotReadableMessage;
            }

            var hasWorkbook = false;
            long declared = 0;
            foreach (var entry in entries)
            {
                hasWorkbook |= entry.FullName.Equals(WorkbookPartName, StringComparison.OrdinalIgnoreCase);
                if (entry.Name.Equals("vbaProject.bin", StringComparison.OrdinalIgnoreCase))
                {
                    return MacroEnabledMessage;
                }

                declared += entry.Length;
                if (entry.Length < 0 || declared > MaxUncompressedBytes)
                {
                    return NotReadableMessage;
                }
            }

            // The declared sizes can be trusted: an entry never inflates to more than its declared size.
            return hasWorkbook ? null : NotReadableMessage;
        }
        catch (Exception)
        {
            // A damaged zip, an unsupported compression method, an encrypted entry: it cannot be read.
            return NotReadableMessage;
        }
    }

}
