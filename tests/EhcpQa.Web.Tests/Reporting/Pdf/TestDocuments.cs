using EhcpQa.Web.Reporting.Pdf;
using UglyToad.PdfPig.Content;

namespace EhcpQa.Web.Tests.Reporting.Pdf;

/// <summary>Builds small documents for the writer's tests and tells body text from the footer.</summary>
internal static class TestDocuments
{
    public const string Title = "Writer test document";

    public static readonly DateTimeOffset CreatedAt = new(2026, 3, 12, 10, 30, 0, TimeSpan.Zero);

    public static PdfPageSetup Setup => PdfPageSetup.A4Portrait;

    public static byte[] Write(Action<PdfDocumentWriter> compose)
    {
        using var writer = new PdfDocumentWriter(new PdfDocumentInfo(Title, CreatedAt));
        compose(writer);
        return writer.ToArray();
    }

    /// <summary>Numbered words "w0001", "w0002"…, easy to find and to check for order.</summary>
    public static IReadOnlyList<string> NumberedWords(int count, int from = 1) =>
        Enumerable.Range(from, count).Select(i => $"w{i:D4}").ToList();

    public static bool IsNumbered(string word) => word.Length == 5 && word[0] == 'w' && word[1..].All(char.IsAsciiDigit);

    /// <summary>Words in the content area, leaving out the footer under the bottom margin.</summary>
    public static IReadOnlyList<Word> BodyWords(Page page) =>
        page.GetWords().Where(w => w.BoundingBox.Bottom >= Setup.MarginBottom).ToList();
}
