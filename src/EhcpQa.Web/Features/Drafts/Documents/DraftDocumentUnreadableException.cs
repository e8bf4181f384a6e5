namespace EhcpQa.Web.Features.Drafts.Documents;

/// <summary>
/// The document cannot be opened as a Word document. <see cref="DraftDocumentCheck"/> refuses such files, so this
/// means a file was read without being checked first.
/// </summary>
public sealed class DraftDocumentUnreadableException : Exception
{
    public DraftDocumentUnreadableException()
        : base("The draft is not a Word document that can be read.")
    {
    }

    public DraftDocumentUnreadableException(string message)
        : base(message)
    {
    }

    public DraftDocumentUnreadableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
