using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace EhcpQa.Web.Tests.Reporting;

/// <summary>Reads generated PDFs back with PdfPig, rebuilding text from words (page.Text joins lines without spaces).</summary>
internal static class PdfReading
{
    public static PdfDocument Open(byte[] pdf) => PdfDocument.Open(pdf);

    /// <summary>Each page's words joined by single spaces.</summary>
    public static IReadOnlyList<string> PageTexts(byte[] pdf)
    {
        using var document = Open(pdf);
        return document.GetPages().Select(Text).ToList();
    }

    /// <summary>All pages' words joined by single spaces.</summary>
    public static string AllText(byte[] pdf) => string.Join(" ", PageTexts(pdf));

    public static string Text(Page page) => string.Join(" ", page.GetWords().Select(w => w.Text));

    /// <summary>Every word of every page, in order.</summary>
    public static IReadOnlyList<string> AllWords(byte[] pdf)
    {
        using var document = Open(pdf);
        return document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToList();
    }

    /// <summary>The embedded fonts that text is drawn in, by name (a face embedded twice shows under two names).</summary>
    public static IReadOnlySet<string> FontNames(byte[] pdf)
    {
        using var document = Open(pdf);
        return document.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName ?? string.Empty).ToHashSet(StringComparer.Ordinal);
    }

    public static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
