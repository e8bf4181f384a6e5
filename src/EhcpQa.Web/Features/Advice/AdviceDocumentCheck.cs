using System.Text;
using EhcpQa.Web.Features.Drafts.Documents;
using EhcpQa.Web.Infrastructure.Forms;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.Tokens;

namespace EhcpQa.Web.Features.Advice;

/// <summary>
/// Checks an uploaded piece of advice before it is kept: a Word document (.docx) checked as a draft plan is (size, type
/// by content, zip bombs, macros, passwords), or a PDF that opens, is no larger than a draft may be, and holds no
/// scripts, automatic actions or attached files.
/// </summary>
public static class AdviceDocumentCheck
{
    public const string NotAdviceFileMessage = "The selected file must be a Word document (.docx) or a PDF";
    public const string PdfNotReadableMessage = "The selected file is not a PDF that can be read. Save it as a PDF again and try again";
    public const string PdfPasswordMessage = "The selected file is password protected. Remove the password and try again";
    public const string PdfActiveContentMessage = "The selected file must not contain scripts, actions that run by themselves or attached files. Save or print it as a plain PDF and try again";

    /// <summary>Names in a PDF that make it do something by itself or carry other files.</summary>
    private static readonly string[] ActiveNames = ["JavaScript", "JS", "Launch", "EmbeddedFile", "EmbeddedFiles", "AA", "RichMedia", "SubmitForm", "ImportData", "GoToE"];

    private static readonly byte[] PdfSignature = "%PDF-"u8.ToArray();

    /// <summary>The type of advice kept (a PDF or a Word document), read from where it is stored, and the extension it is downloaded with.</summary>
    public static (string ContentType, string Extension) KindOf(Domain.Plans.DraftDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.StorageKey.EndsWith(".pdf", StringComparison.Ordinal)
            ? ("application/pdf", ".pdf")
            : ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx");
    }

    /// <summary>
    /// Checks an upload; <paramref name="length"/> is the size the browser declared, and the content is checked as well.
    /// Returns the message to show, or null when the file may be kept. A seekable stream is left where it was.
    /// </summary>
    public static string? Check(string? fileName, long length, Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var extension = UploadedContent.ExtensionOf(fileName);
        if (extension != ".pdf")
        {
            var problem = DraftDocumentCheck.Check(fileName, length, content);
            return problem?.Kind == DraftDocumentProblemKind.NotWordDocument ? NotAdviceFileMessage : problem?.Message;
        }

        if (length <= 0)
        {
            return DraftDocumentCheck.EmptyMessage;
        }

        if (length > DraftDocumentCheck.MaxBytes)
        {
            return DraftDocumentCheck.TooLargeMessage;
        }

        var position = content.CanSeek ? content.Position : 0;
        try
        {
            using var copy = new MemoryStream();
            if (content.CanSeek)
            {
                content.Position = 0;
            }

            if (!UploadedContent.CopyAtMost(content, copy, DraftDocumentCheck.MaxBytes))
            {
                return DraftDocumentCheck.TooLargeMessage;
            }

            return copy.Length == 0 ? DraftDocumentCheck.EmptyMessage : CheckPdf(copy.ToArray());
        }
        finally
        {
            if (content.CanSeek)
            {
                content.Position = position;
            }
        }
    }

    private static string? CheckPdf(byte[] bytes)
    {
        // The header may follow a little junk, as readers allow, but must come early.
        var head = bytes.AsSpan(0, Math.Min(bytes.Length, 1024));
        if (head.IndexOf(PdfSignature) < 0)
        {
            return PdfNotReadableMessage;
        }

        if (HasActiveName(bytes))
        {
            return PdfActiveContentMessage;
        }

        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = false });
            if (document.NumberOfPages < 1)
            {
                return PdfNotReadableMessage;
            }

            // Names hidden in compressed object streams: the catalog's own actions, scripts and attachments.
            var catalog = document.Structure.Catalog.CatalogDictionary;
            if (catalog.ContainsKey(NameToken.Create("AA"))
                || catalog.ContainsKey(NameToken.Create("OpenAction")) && IsActiveAction(catalog.Data["OpenAction"], document)
                || catalog.TryGet(NameToken.Names, out var namesToken) && NamesHoldActiveContent(namesToken, document)
                || document.Advanced.TryGetEmbeddedFiles(out var files) && files.Count > 0)
            {
                return PdfActiveContentMessage;
            }

            _ = document.GetPage(1);
            return null;
        }
        catch (PdfDocumentEncryptedException)
        {
            return PdfPasswordMessage;
        }
        catch (Exception)
        {
            // A damaged file, a structure the reader cannot follow: it cannot be read.
            return PdfNotReadableMessage;
        }
    }

    private static bool NamesHoldActiveContent(IToken namesToken, PdfDocument document) =>
        DirectObjectFinder.TryGet<DictionaryToken>(namesToken, document.Structure.TokenScanner, out var names)
        && (names.ContainsKey(NameToken.Create("JavaScript")) || names.ContainsKey(NameToken.Create("EmbeddedFiles")));

    /// <summary>An opening action other than going to a place in the document itself.</summary>
    private static bool IsActiveAction(IToken action, PdfDocument document) =>
        DirectObjectFinder.TryGet<DictionaryToken>(action, document.Structure.TokenScanner, out var dictionary)
        && dictionary.TryGet(NameToken.S, out var kind) && kind is NameToken name && name.Data != "GoTo";

    /// <summary>Whether the file names an active feature anywhere it can be read without decompressing: a name followed by a delimiter.</summary>
    private static bool HasActiveName(byte[] bytes)
    {
        var span = bytes.AsSpan();
        foreach (var name in ActiveNames)
        {
            var marker = Encoding.ASCII.GetBytes("/" + name);
            var from = 0;
            int at;
            while ((at = span[from..].IndexOf(marker)) >= 0)
            {
                var end = from + at + marker.Length;
                if (end >= span.Length || IsDelimiter(span[end]))
                {
                    return true;
                }

                from = end;
            }
        }

        return false;
    }

    private static bool IsDelimiter(byte b) => b is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t' or (byte)'\f' or 0
        or (byte)'/' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'(' or (byte)')' or (byte)'{' or (byte)'}' or (byte)'%';
}
