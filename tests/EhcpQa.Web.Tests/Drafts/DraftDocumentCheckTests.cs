using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using EhcpQa.Web.Features.Drafts.Documents;

namespace EhcpQa.Web.Tests.Drafts;

internal static class Uploads
{
    public static DraftDocumentProblem? Check(string fileName, byte[] content)
    {
        using var stream = new MemoryStream(content);
        return DraftDocumentCheck.Check(fileName, content.Length, stream);
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

    /// <summary>A Word document with an entry of its package added or replaced.</summary>
    public static byte[] WithEntry(byte[] docx, string name, byte[] content)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(name)?.Delete();
            using var entry = zip.CreateEntry(name).Open();
            entry.Write(content);
        }

        return stream.ToArray();
    }

    /// <summary>
    /// A zip whose one entry inflates to <paramref name="size"/> bytes of zeros (compressing to almost nothing),
    /// declaring <paramref name="declaredSize"/> as its size when given: a zip bomb.
    /// </summary>
    public static byte[] ZipOfZeros(long size, uint? declaredSize = null)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var types = zip.CreateEntry("[Content_Types].xml").Open())
            {
                types.Write(EmptyContentTypes);
            }

            using var entry = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (long written = 0; written < size; written += zeros.Length)
            {
                entry.Write(zeros, 0, (int)Math.Min(zeros.Length, size - written));
            }
        }

        var bytes = stream.ToArray();
        if (declaredSize is { } declared)
        {
            // Lie about the uncompressed size in the local header (offset 22) and the central directory (offset 24).
            Patch(bytes, [0x50, 0x4B, 0x03, 0x04], 22, declared);
            Patch(bytes, [0x50, 0x4B, 0x01, 0x02], 24, declared);
        }

        return bytes;
    }

    public static readonly byte[] EmptyContentTypes =
        "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"u8.ToArray();

    /// <summary>Overwrites a size field of the second entry (the large one), found by its header's signature.</summary>
    private static void Patch(byte[] zip, byte[] signature, int offset, uint value)
    {
        var at = -1;
        for (var found = 0; found < 2; found++)
        {
            var next = zip.AsSpan(at + 1).IndexOf(signature);
            if (next < 0)
            {
                throw new InvalidOperationException("Entry not found.");
            }

            at += next + 1;
        }

        BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(at + offset), value);
    }
}

public sealed class DraftDocumentCheck_AcceptsWordDocuments
{
    [Theory]
    [InlineData("plan.docx")]
    [InlineData("PLAN.DOCX")]
    [InlineData(@"C:\Users\caseworker\Documents\Sam draft plan.docx")]
    [InlineData("plan.docx ")]
    public void A_real_docx(string fileName)
    {
        Assert.Null(Uploads.Check(fileName, TypicalPlan.Builder().ToBytes()));
    }

    [Fact]
    public void The_stream_is_left_where_it_was_and_can_still_be_read()
    {
        using var stream = TypicalPlan.Builder().ToStream();
        stream.Position = 3;

        Assert.Null(DraftDocumentCheck.Check("plan.docx", stream.Length, stream));

        Assert.True(stream.CanRead);
        Assert.Equal(3, stream.Position);
        Assert.True(DraftDocumentReader.Read(stream).IsConfident);
    }

    [Fact]
    public void A_stream_that_cannot_seek()
    {
        var bytes = TypicalPlan.Builder().ToBytes();
        using var stream = new ForwardOnlyStream(bytes);

        Assert.Null(DraftDocumentCheck.Check("plan.docx", bytes.Length, stream));
    }
}

public sealed class DraftDocumentCheck_RefusesEmptyAndLargeFiles
{
    [Fact]
    public void An_empty_file()
    {
        var problem = Uploads.Check("plan.docx", []);

        Assert.Equal(DraftDocumentProblemKind.Empty, problem?.Kind);
        Assert.Equal("The selected file is empty", problem?.Message);
    }

    [Fact]
    public void A_file_declared_larger_than_10_mb()
    {
        using var stream = TypicalPlan.Builder().ToStream();

        var problem = DraftDocumentCheck.Check("plan.docx", DraftDocumentCheck.MaxBytes + 1, stream);

        Assert.Equal(DraftDocumentProblemKind.TooLarge, problem?.Kind);
        Assert.Equal("The selected file must be smaller than 10 MB", problem?.Message);
    }

    [Fact]
    public void Content_larger_than_10_mb_whatever_its_declared_length()
    {
        using var stream = new MemoryStream(new byte[DraftDocumentCheck.MaxBytes + 1]);

        var problem = DraftDocumentCheck.Check("plan.docx", 1000, stream);

        Assert.Equal(DraftDocumentProblemKind.TooLarge, problem?.Kind);
    }
}

public sealed class DraftDocumentCheck_RefusesOtherFileTypes
{
    [Theory]
    [InlineData("plan.pdf")]
    [InlineData("plan.txt")]
    [InlineData("plan.odt")]
    [InlineData("plan")]
    [InlineData("plan.docx.exe")]
    [InlineData("")]
    public void A_file_not_named_docx(string fileName)
    {
        var problem = Uploads.Check(fileName, TypicalPlan.Builder().ToBytes());

        Assert.Equal(DraftDocumentProblemKind.NotWordDocument, problem?.Kind);
        Assert.Equal("The selected file must be a Word document (.docx)", problem?.Message);
    }

    [Theory]
    [InlineData("plan.doc")]
    [InlineData("PLAN.DOC")]
    public void An_older_word_document(string fileName)
    {
        var problem = Uploads.Check(fileName, TypicalPlan.Builder().ToBytes());

        Assert.Equal(DraftDocumentProblemKind.OlderWordFormat, problem?.Kind);
        Assert.Contains("must be saved as a .docx file", problem?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_macro_enabled_name()
    {
        Assert.Equal(DraftDocumentProblemKind.MacroEnabled, Uploads.Check("plan.docm", TypicalPlan.Builder().ToBytes())?.Kind);
    }
}

public sealed class DraftDocumentCheck_RefusesContentThatIsNotAWordDocument
{
    private const string NotReadable = "The selected file is not a Word document that can be read. Save it as a .docx file and try again";

    [Fact]
    public void A_text_file_renamed_docx()
    {
        var problem = Uploads.Check("plan.docx", Encoding.UTF8.GetBytes("Section A: Views, interests and aspirations"));

        Assert.Equal(DraftDocumentProblemKind.NotReadable, problem?.Kind);
        Assert.Equal(NotReadable, problem?.Message);
    }

    [Fact]
    public void A_zip_that_is_not_a_word_document()
    {
        var zip = Uploads.Zip(("notes.txt", "Sam likes trains."u8.ToArray()));

        Assert.Equal(DraftDocumentProblemKind.NotReadable, Uploads.Check("plan.docx", zip)?.Kind);
    }

    [Fact]
    public void A_package_that_is_not_a_word_document()
    {
        using var stream = new MemoryStream();
        using (var workbook = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            workbook.AddWorkbookPart().Workbook = new Workbook(new Sheets());
        }

        Assert.Equal(DraftDocumentProblemKind.NotReadable, Uploads.Check("plan.docx", stream.ToArray())?.Kind);
    }

    [Fact]
    public void A_package_without_a_main_document()
    {
        var zip = Uploads.Zip(("[Content_Types].xml", Uploads.EmptyContentTypes));

        Assert.Equal(DraftDocumentProblemKind.NotReadable, Uploads.Check("plan.docx", zip)?.Kind);
    }

    [Fact]
    public void A_damaged_word_document()
    {
        var docx = TypicalPlan.Builder().ToBytes();

        Assert.Equal(DraftDocumentProblemKind.NotReadable, Uploads.Check("plan.docx", docx[..(docx.Length / 2)])?.Kind);
    }

    [Theory]
    [InlineData("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&lol;</w:t></w:r></w:p></w:body></w:document>")]
    [InlineData("<html><body>Section A</body></html>")]
    public void A_word_document_whose_text_is_not_word_xml(string xml)
    {
        var docx = Uploads.WithEntry(TypicalPlan.Builder().ToBytes(), "word/document.xml", Encoding.UTF8.GetBytes(xml));

        Assert.Equal(DraftDocumentProblemKind.NotReadable, Uploads.Check("plan.docx", docx)?.Kind);
    }

    [Fact]
    public void An_older_word_document_renamed_docx()
    {
        var doc = new byte[2048];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(doc, 0);
        Encoding.Unicode.GetBytes("WordDocument").CopyTo(doc, 1024);

        Assert.Equal(DraftDocumentProblemKind.OlderWordFormat, Uploads.Check("plan.docx", doc)?.Kind);
    }

    [Fact]
    public void A_password_protected_word_document()
    {
        // Word encrypts a protected .docx into a compound file holding an "EncryptedPackage" stream.
        var encrypted = new byte[2048];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(encrypted, 0);
        Encoding.Unicode.GetBytes("EncryptedPackage").CopyTo(encrypted, 1024);

        var problem = Uploads.Check("plan.docx", encrypted);

        Assert.Equal(DraftDocumentProblemKind.PasswordProtected, problem?.Kind);
        Assert.StartsWith("The selected file is password protected", problem?.Message, StringComparison.Ordinal);
    }
}

public sealed class DraftDocumentCheck_RefusesMacroEnabledDocuments
{
    [Fact]
    public void A_macro_enabled_document_named_docx()
    {
        var docm = TypicalPlan.Builder().ToBytes(WordprocessingDocumentType.MacroEnabledDocument);

        var problem = Uploads.Check("plan.docx", docm);

        Assert.Equal(DraftDocumentProblemKind.MacroEnabled, problem?.Kind);
        Assert.Equal("The selected file must not contain macros. Save it as a Word document (.docx) and try again", problem?.Message);
    }

    [Fact]
    public void A_document_carrying_a_vba_project()
    {
        var docx = Uploads.WithEntry(TypicalPlan.Builder().ToBytes(), "word/vbaProject.bin", new byte[64]);

        Assert.Equal(DraftDocumentProblemKind.MacroEnabled, Uploads.Check("plan.docx", docx)?.Kind);
    }
}

public sealed class DraftDocumentCheck_RefusesZipBombs
{
    [Fact]
    public void An_entry_declaring_more_than_50_mb_uncompressed()
    {
        var bomb = Uploads.ZipOfZeros(DraftDocumentCheck.MaxUncompressedBytes + 1);
        Assert.True(bomb.Length < 1024 * 1024);

        var problem = Uploads.Check("plan.docx", bomb);

        Assert.Equal(DraftDocumentProblemKind.TooLargeUncompressed, problem?.Kind);
        Assert.Equal(DraftDocumentCheck.NotReadableMessage, problem?.Message);
    }

    [Fact]
    public void An_entry_that_inflates_to_more_than_it_declares()
    {
        // The runtime inflates no more than the declared size, so the rest is cut off and the part is damaged.
        var bomb = Uploads.ZipOfZeros(DraftDocumentCheck.MaxUncompressedBytes + 1, declaredSize: 1000);

        Assert.Equal(DraftDocumentProblemKind.NotReadable, Uploads.Check("plan.docx", bomb)?.Kind);
    }

    [Fact]
    public void Too_many_entries()
    {
        var media = Enumerable.Range(0, DraftDocumentCheck.MaxEntries).Select(i => ($"word/media/{i}.bin", new byte[1]));
        var docx = Uploads.Zip([("[Content_Types].xml", Uploads.EmptyContentTypes), .. media]);

        Assert.Equal(DraftDocumentProblemKind.TooLargeUncompressed, Uploads.Check("plan.docx", docx)?.Kind);
    }
}
