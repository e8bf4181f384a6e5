using System.IO.Compression;
using System.Text;
using EhcpQa.Web.Features.RegisterImport;
using EhcpQa.Web.Tests.Drafts;
using static EhcpQa.Web.Tests.RegisterImport.RegisterFiles;

namespace EhcpQa.Web.Tests.RegisterImport;

public sealed class RegisterFileCheck_AcceptsRegisters
{
    private static readonly byte[] SomeCsv = Encoding.UTF8.GetBytes("Plan reference,Child name\nP1,Sam\n");

    [Theory]
    [InlineData("register.csv")]
    [InlineData("REGISTER.CSV")]
    [InlineData(@"C:\Users\lead\Documents\EHC register.csv ")]
    public void A_csv(string fileName)
    {
        Assert.Null(Check(fileName, SomeCsv));
    }

    [Fact]
    public void A_csv_saved_as_utf16()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Name\tRef\r\n")).ToArray();

        Assert.Null(Check("register.csv", bytes));
    }

    [Fact]
    public void An_xlsx_workbook()
    {
        Assert.Null(Check("register.xlsx", Workbook(Sheet(["Plan reference"], ["P1"]))));
    }

    [Fact]
    public void The_stream_is_left_where_it_was()
    {
        var bytes = Workbook(Sheet(["Plan reference"], ["P1"]));
        using var stream = new MemoryStream(bytes) { Position = 5 };

        Assert.Null(RegisterFileCheck.Check("register.xlsx", bytes.Length, stream));
        Assert.Equal(5, stream.Position);
    }

    [Fact]
    public void A_stream_that_cannot_seek()
    {
        var bytes = Workbook(Sheet(["Plan reference"], ["P1"]));

        Assert.Null(RegisterFileCheck.Check("register.xlsx", bytes.Length, new ForwardOnlyStream(bytes)));
    }
}

public sealed class RegisterFileCheck_RefusesEmptyAndLargeFiles
{
    [Fact]
    public void An_empty_file()
    {
        Assert.Equal("The selected file is empty", Check("register.csv", []));
    }

    [Fact]
    public void A_declared_length_over_20_MB()
    {
        using var stream = new MemoryStream("A\n1\n"u8.ToArray());

        Assert.Equal("The selected file must be smaller than 20 MB",
            RegisterFileCheck.Check("register.csv", RegisterFileCheck.MaxBytes + 1, stream));
    }

    [Fact]
    public void Content_longer_than_20_MB_whatever_the_declared_length()
    {
        var bytes = new byte[RegisterFileCheck.MaxBytes + 1];
        bytes.AsSpan().Fill((byte)'a');

        Assert.Equal(RegisterFileCheck.TooLargeMessage,
            RegisterFileCheck.Check("register.csv", 10, new ForwardOnlyStream(bytes)));
    }
}

public sealed class RegisterFileCheck_RefusesOtherFileTypes
{
    [Theory]
    [InlineData("register.txt")]
    [InlineData("register.ods")]
    [InlineData("register.pdf")]
    [InlineData("register")]
    [InlineData(null)]
    public void A_name_that_is_not_csv_or_xlsx(string? fileName)
    {
        Assert.Equal("The selected file must be a CSV or Excel (.xlsx) file", Check(fileName!, "A\n1\n"u8.ToArray()));
    }

    [Theory]
    [InlineData("register.xls")]
    [InlineData("register.xlsb")]
    public void An_older_excel_workbook_by_its_name(string fileName)
    {
        Assert.Equal(RegisterFileCheck.OlderExcelFormatMessage, Check(fileName, CompoundFile()));
    }

    [Fact]
    public void An_xls_workbook_renamed_xlsx()
    {
        Assert.Equal(
            "The selected file must be saved as .xlsx or .csv: open it in Excel and save it as an Excel Workbook (.xlsx) or CSV",
            Check("register.xlsx", CompoundFile()));
    }

    [Fact]
    public void A_password_protected_workbook()
    {
        Assert.Equal(RegisterFileCheck.PasswordProtectedMessage, Check("register.xlsx", CompoundFile("EncryptedPackage")));
    }
}

public sealed class RegisterFileCheck_RefusesMacros
{
    [Fact]
    public void A_macro_enabled_workbook_by_its_name()
    {
        Assert.Equal(RegisterFileCheck.MacroEnabledMessage, Check("register.xlsm", Workbook(Sheet(["A"]))));
    }

    [Fact]
    public void An_xlsx_holding_a_vba_project()
    {
        var workbook = WithEntry(Workbook(Sheet(["A"])), "xl/vbaProject.bin", [1, 2, 3]);

        Assert.Equal(RegisterFileCheck.MacroEnabledMessage, Check("register.xlsx", workbook));
    }
}

public sealed class RegisterFileCheck_RefusesWorkbooksThatCannotBeRead
{
    [Fact]
    public void A_damaged_zip()
    {
        var workbook = Workbook(Sheet(["Plan reference"], ["P1"]));

        Assert.Equal(RegisterFileCheck.NotReadableMessage, Check("register.xlsx", workbook[..(workbook.Length / 2)]));
    }

    [Fact]
    public void A_zip_without_a_workbook_part()
    {
        var zip = Zip(("[Content_Types].xml", "<Types/>"u8.ToArray()), ("word/document.xml", "<document/>"u8.ToArray()));

        Assert.Equal(RegisterFileCheck.NotReadableMessage, Check("register.xlsx", zip));
    }

    [Fact]
    public void A_workbook_part_that_is_not_xml()
    {
        var workbook = WithEntry(Workbook(Sheet(["A"])), "xl/workbook.xml", "not a workbook"u8.ToArray());

        Assert.Equal(RegisterFileCheck.NotReadableMessage, Check("register.xlsx", workbook));
    }

    [Fact]
    public void Text_named_xlsx()
    {
        Assert.Equal(
            "The selected file is not a spreadsheet that can be read: save it as an Excel Workbook (.xlsx) or CSV and try again",
            Check("register.xlsx", "Plan reference\nP1\n"u8.ToArray()));
    }
}

public sealed class RegisterFileCheck_RefusesZipBombs
{
    private static readonly byte[] ReadableWorkbook = Workbook(Sheet(["Plan reference"], ["P1"]));

    private static byte[] WithExtraParts(int count)
    {
        using var stream = new MemoryStream();
        stream.Write(ReadableWorkbook);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            for (var i = 0; i < count; i++)
            {
                using var entry = zip.CreateEntry($"xl/media/image{i}.bin").Open();
                entry.WriteByte(1);
            }
        }

        return stream.ToArray();
    }

    [Fact]
    public void More_parts_than_the_limit()
    {
        Assert.Equal(RegisterFileCheck.NotReadableMessage, Check("register.xlsx", WithExtraParts(RegisterFileCheck.MaxEntries)));
    }

    [Fact]
    public void Parts_up_to_the_limit_are_accepted()
    {
        using var package = new ZipArchive(new MemoryStream(ReadableWorkbook));
        var parts = package.Entries.Count;

        Assert.Null(Check("register.xlsx", WithExtraParts(RegisterFileCheck.MaxEntries - parts)));
    }

    [Fact]
    public void A_part_declaring_more_than_200_MB_once_unpacked()
    {
        // The extra part is never read, so only its declared size can refuse the workbook.
        var workbook = WithEntry(ReadableWorkbook, "xl/media/zeros.bin", new byte[1024]);

        Assert.Null(Check("register.xlsx", workbook));
        Assert.Equal(RegisterFileCheck.NotReadableMessage,
            Check("register.xlsx", DeclaringLastEntryAs(workbook, (uint)RegisterFileCheck.MaxUncompressedBytes + 1)));
    }
}

public sealed class RegisterFileCheck_RefusesCsvThatIsNotText
{
    [Fact]
    public void Content_with_a_zero_byte()
    {
        byte[] bytes = [.. "Plan reference\nP1"u8, 0, .. "\n"u8];

        Assert.Equal(
            "The selected file must be a CSV file: its content is not text. Save it as CSV, or upload the workbook as an Excel Workbook (.xlsx)",
            Check("register.csv", bytes));
    }

    [Fact]
    public void A_workbook_renamed_csv()
    {
        Assert.Equal(RegisterFileCheck.NotCsvMessage, Check("register.csv", Workbook(Sheet(["A"], ["1"]))));
    }

    [Fact]
    public void A_pdf_renamed_csv()
    {
        Assert.Equal(RegisterFileCheck.NotCsvMessage, Check("register.csv", "%PDF-1.7\nsome text"u8.ToArray()));
    }

    [Fact]
    public void An_xls_renamed_csv()
    {
        Assert.Equal(RegisterFileCheck.NotCsvMessage, Check("register.csv", CompoundFile()));
    }
}
