namespace EhcpQa.Web.Reporting.Pdf;

/// <summary>
/// What a PDF says about itself: its title (also printed in every page footer) and when it was made.
/// The author and creator are always the service.
/// </summary>
/// <param name="Title">Document title, for example "Feedback on draft EHC plan EHC-2026-0042".</param>
/// <param name="CreatedAt">When the document was generated, from the caller's clock.</param>
/// <param name="Subject">Optional subject line for the PDF properties.</param>
public sealed record PdfDocumentInfo(string Title, DateTimeOffset CreatedAt, string? Subject = null)
{
    public const string Author = "EhcpQa";

    public const string Creator = "EhcpQa";
}
