namespace EhcpQa.Web.Reporting.Pdf;

/// <summary>A stretch of text in one weight within a paragraph, for example a bold label before plain words.</summary>
public readonly record struct PdfRun(string Text, bool Bold = false)
{
    public static PdfRun Plain(string text) => new(text);

    public static PdfRun Strong(string text) => new(text, Bold: true);
}
