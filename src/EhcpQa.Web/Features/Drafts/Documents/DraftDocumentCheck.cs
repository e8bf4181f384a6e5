using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using EhcpQa.Web.Infrastructure.Forms;

namespace EhcpQa.Web.Features.Drafts.Documents;

/// <summary>Why an uploaded draft was refused.</summary>
public enum DraftDocumentProblemKind
{
    Empty,
    TooLarge,
    NotWordDocument,
    OlderWordFormat,
    MacroEnabled,
    PasswordProtected,
    NotReadable,

    /// <summary>The package unpacks to more than <see cref="DraftDocumentCheck.MaxUncompressedBytes"/> or holds more
    /// than <see cref="DraftDocumentCheck.MaxEntries"/> parts: a zip bomb, or nothing a plan needs. Shown as not readable.</summary>
    TooLargeUncompressed,
}

/// <summary>A refused upload: what was wrong and the error message to show (GOV.UK file upload wording).</summary>
public sealed record DraftDocumentProblem(DraftDocumentProblemKind Kind, string Message);

/// <summary>
/// Checks an uploaded draft plan before anything is read from it: not empty, not too large, a .docx name,
/// and content that really is a Word document (a zip package holding a wordprocessingml main document that
/// the Open XML SDK opens), without macros, and not a zip bomb.
/// </summary>
public static class DraftDocumentCheck
{
    /// <summary>The largest upload accepted: 10 MB.</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>The most the parts of a document may add up to once uncompressed: 50 MB.</summary>
    public const long MaxUncompressedBytes = 50 * 1024 * 1024;

    /// <summary>The most characters one part of a document (such as its main text) may hold once uncompressed.</summary>
    public const long MaxCharactersInPart = 20_000_000;

    /// <summary>The most parts (zip entries) a document may hold.</summary>
    public const int MaxEntries = 2000;

    public const string EmptyMessage = "The selected file is empty";
    public const string TooLargeMessage = "The selected file must be smaller than 10 MB";
    public const string NotWordDocumentMessage = "The selected file must be a Word document (.docx)";
    public const string OlderWordFormatMessage = "The selected file must be saved as a .docx file. Open it in Word and save it as a Word Document (.docx)";
    public const string MacroEnabledMessage = "The selected file must not contain macros. Save it as a Word document (.docx) and try again";
    public const string PasswordProtectedMessage = "The selected file is password protected. Remove the password and try again";
    public const string NotReadableMessage = "The selected file is not a Word document that can be read. Save it as a .docx file and try again";

    /// <summary>
    /// Checks an upload. <paramref name="length"/> is the size the browser declared (IFormFile.Length); the
    /// content is checked as well. The whole stream is read from its start; a seekable stream is left at the
    /// position it had. Returns null when the file is a Word document that can be read.
    /// </summary>
    public static DraftDocumentProblem? Check(string? fileName, long length, Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);

        if (length <= 0)
        {
            return Problem(DraftDocumentProblemKind.Empty);
        }

        if (length > MaxBytes)
        {
            return Problem(DraftDocumentProblemKind.TooLarge);
        }

        var extension = UploadedContent.ExtensionOf(fileName);
        if (extension is ".doc" or ".dot" or ".rtf")
        {
            return Problem(DraftDocumentProblemKind.OlderWordFormat);
        }

        if (extension is ".docm" or ".dotm")
        {
            return Problem(DraftDocumentProblemKind.MacroEnabled);
        }

        if (extension != ".docx")
        {
            return Problem(DraftDocumentProblemKind.NotWordDocument);
        }

        if (!content.CanSeek)
        {
            using var buffered = new MemoryStream();
            if (!UploadedContent.CopyAtMost(content, buffered, MaxBytes))
            {
                return Problem(DraftDocumentProblemKind.TooLarge);
            }

            return CheckContent(buffered);
        }

        var position = content.Position;
        try
        {
            return CheckContent(content);
        }
        finally
        {
            content.Position = position;
        }
    }

    private static DraftDocumentProblem? CheckContent(Stream content)
    {
        var actualLength = content.Length;
        if (actualLength == 0)
        {
            return Problem(DraftDocumentProblemKind.Empty);
        }

        if (actualLength > MaxBytes)
        {
            return Problem(DraftDocumentProblemKind.TooLarge);
        }

        content.Position = 0;
        var head = new byte[UploadedContent.CompoundFileSignature.Length];
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        content.Position = 0;

        if (StartsWith(head, read, UploadedContent.CompoundFileSignature))
        {
            // An OLE compound file: an older Word document (.doc), or a .docx encrypted with a password.
            return UploadedContent.IsEncryptedOfficeFile(content)
                ? Problem(DraftDocumentProblemKind.PasswordProtected)
                : Problem(DraftDocumentProblemKind.OlderWordFormat);
        }

        if (!StartsWith(head, read, UploadedContent.ZipSignature))
        {
            return Problem(DraftDocumentProblemKind.NotReadable);
        }

        var packageProblem = CheckPackage(content);
        if (packageProblem is not null)
        {
            return packageProblem;
        }

        content.Position = 0;
        return CheckWordDocument(content);
    }

    /// <summary>Looks at the zip entries before the Open XML SDK does: the content types part, macros, sizes.</summary>
    private static DraftDocumentProblem? CheckPackage(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            var entries = zip.Entries;
            if (entries.Count > MaxEntries)
            {
                return Problem(DraftDocumentProblemKind.TooLargeUncompressed);
            }

            var hasContentTypes = false;
            long declared = 0;
            foreach (var entry in entries)
            {
                hasContentTypes |= entry.FullName == "[Content_Types].xml";
                if (entry.Name.Equals("vbaProject.bin", StringComparison.OrdinalIgnoreCase))
                {
                    return Problem(DraftDocumentProblemKind.MacroEnabled);
                }

                declared += entry.Length;
                if (entry.Length < 0 || declared > MaxUncompressedBytes)
                {
                    return Problem(DraftDocumentProblemKind.TooLargeUncompressed);
                }
            }

            // The declared sizes can be trusted: since .NET Core 3.0 an entry whose headers disagree fails to open,
            // and an entry never inflates to more than its declared size (the rest is cut off).
            return hasContentTypes ? null : Problem(DraftDocumentProblemKind.NotReadable);
        }
        catch (Exception)
        {
            // A damaged zip, an unsupported compression method, an encrypted entry: it cannot be read.
            return Problem(DraftDocumentProblemKind.NotReadable);
        }
    }

    private static DraftDocumentProblem? CheckWordDocument(Stream content)
    {
        try
        {
            using var document = WordprocessingDocument.Open(content, false, DraftDocumentReader.OpenSettings);
            if (document.DocumentType is WordprocessingDocumentType.MacroEnabledDocument
                or WordprocessingDocumentType.MacroEnabledTemplate)
            {
                return Problem(DraftDocumentProblemKind.MacroEnabled);
            }

            if (document.DocumentType != WordprocessingDocumentType.Document)
            {
                return Problem(DraftDocumentProblemKind.NotReadable);
            }

            var main = document.MainDocumentPart;
            if (main is null)
            {
                return Problem(DraftDocumentProblemKind.NotReadable);
            }

            // Read the main document's XML through once, without building it in memory, so that reading it later
            // cannot fail.
            using (var reader = OpenXmlReader.Create(main))
            {
                if (!reader.Read() || reader.ElementType != typeof(DocumentFormat.OpenXml.Wordprocessing.Document))
                {
                    return Problem(DraftDocumentProblemKind.NotReadable);
                }

                while (reader.Read())
                {
                }
            }

            return null;
        }
        catch (Exception)
        {
            return Problem(DraftDocumentProblemKind.NotReadable);
        }
    }

    private static bool StartsWith(byte[] head, int read, ReadOnlySpan<byte> signature) =>
        read >= signature.Length && head.AsSpan(0, signature.Length).SequenceEqual(signature);

    private static DraftDocumentProblem Problem(DraftDocumentProblemKind kind) => new(kind, kind switch
    {
        DraftDocumentProblemKind.Empty => EmptyMessage,
        DraftDocumentProblemKind.TooLarge => TooLargeMessage,
        DraftDocumentProblemKind.NotWordDocument => NotWordDocumentMessage,
        DraftDocumentProblemKind.OlderWordFormat => OlderWordFormatMessage,
        DraftDocumentProblemKind.MacroEnabled => MacroEnabledMessage,
        DraftDocumentProblemKind.PasswordProtected => PasswordProtectedMessage,
        _ => NotReadableMessage,
    });
}
