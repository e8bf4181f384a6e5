using DocumentFormat.OpenXml.Packaging;

namespace EhcpQa.Web.Features.Drafts.Documents;

/// <summary>
/// Reads the text of an uploaded draft plan (.docx) and splits it into the plan's sections by their headings
/// (see <see cref="SectionHeadings"/> for the forms recognised) and by the columns of the national template's tables
/// (see <see cref="ColumnTable"/>), leaving out a list of contents (see <see cref="ContentsList"/>). Check the upload with
/// <see cref="DraftDocumentCheck"/> first.
/// </summary>
public static class DraftDocumentReader
{
    /// <summary>Read-only, with a limit on the size of any one part.</summary>
    internal static OpenSettings OpenSettings => new()
    {
        AutoSave = false,
        MaxCharactersInPart = DraftDocumentCheck.MaxCharactersInPart,
    };

    /// <summary>
    /// Splits the document into sections. Odd content gives an odd split (sections missing, <see
    /// cref="DraftDocumentSplit.IsConfident"/> false), never an exception. The stream is read from its start and
    /// left open.
    /// </summary>
    /// <exception cref="DraftDocumentUnreadableException">The stream is not a Word document that can be opened.</exception>
    public static DraftDocumentSplit Read(Stream docx)
    {
        ArgumentNullException.ThrowIfNull(docx);

        IReadOnlyList<DocumentLine> lines;
        try
        {
            using var buffered = docx.CanSeek ? null : Buffer(docx);
            var seekable = buffered ?? docx;
            seekable.Position = 0;
            using var document = WordprocessingDocument.Open(seekable, false, OpenSettings);
            lines = DocumentLines.Of(document);
        }
        catch (Exception exception) when (exception is not DraftDocumentUnreadableException)
        {
            throw new DraftDocumentUnreadableException("The draft is not a Word document that can be read.", exception);
        }

        return Split(lines);
    }

    internal static DraftDocumentSplit Split(IReadOnlyList<DocumentLine> lines) => SectionSplitter.Split(lines);

    private static MemoryStream Buffer(Stream stream)
    {
        var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer;
    }
}
