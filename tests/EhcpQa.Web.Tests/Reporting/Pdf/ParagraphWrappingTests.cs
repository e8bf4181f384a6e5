using UglyToad.PdfPig.Content;
using static EhcpQa.Web.Tests.Reporting.Pdf.TestDocuments;

namespace EhcpQa.Web.Tests.Reporting.Pdf;

public sealed class ParagraphWrappingTests
{
    private const float Tolerance = 0.5f;

    [Fact]
    public void ParagraphWiderThanThePage_WrapsOntoSeveralLinesWithinTheMargins()
    {
        var text = string.Join(" ", Enumerable.Repeat("Provision in section F must be specific, detailed and quantified.", 12));

        var pdf = Write(w => w.Paragraph(text));

        using var document = PdfReading.Open(pdf);
        var words = BodyWords(document.GetPage(1));
        Assert.Equal(text, string.Join(" ", words.Select(w => w.Text)));
        Assert.True(Lines(words) >= 5, $"Expected the paragraph on at least 5 lines, found {Lines(words)}.");
        AssertWithinMargins(words);
    }

    [Fact]
    public void WordWiderThanALine_IsBrokenAcrossLinesWithinTheMargins()
    {
        var longWord = string.Concat(Enumerable.Repeat("abcdefghij", 40));

        var pdf = Write(w => w.Paragraph($"Before {longWord} after"));

        using var document = PdfReading.Open(pdf);
        var words = BodyWords(document.GetPage(1));
        Assert.Equal($"Before{longWord}after", string.Concat(words.Select(w => w.Text)));
        Assert.True(Lines(words) >= 3, $"Expected the long word over at least 3 lines, found {Lines(words)}.");
        AssertWithinMargins(words);
    }

    [Fact]
    public void LineFeedInText_StartsANewLine()
    {
        var pdf = Write(w => w.Paragraph("First line\nSecond line"));

        using var document = PdfReading.Open(pdf);
        var words = BodyWords(document.GetPage(1));
        Assert.Equal(2, Lines(words));
        Assert.Equal(words[0].BoundingBox.Left, words[2].BoundingBox.Left, 0.5);
    }

    private static int Lines(IEnumerable<Word> words) =>
        words.Select(w => Math.Round(w.Letters[0].StartBaseLine.Y, 1)).Distinct().Count();

    private static void AssertWithinMargins(IEnumerable<Word> words)
    {
        foreach (var word in words)
        {
            Assert.InRange(word.BoundingBox.Left, Setup.MarginLeft - Tolerance, Setup.Width - Setup.MarginRight + Tolerance);
            Assert.InRange(word.BoundingBox.Right, Setup.MarginLeft - Tolerance, Setup.Width - Setup.MarginRight + Tolerance);
        }
    }
}
