using EhcpQa.Web.Reporting.Pdf;
using static EhcpQa.Web.Tests.Reporting.Pdf.TestDocuments;

namespace EhcpQa.Web.Tests.Reporting.Pdf;

/// <summary>A table's text breaks between words: a column narrower than its longest word is widened from the others.</summary>
public sealed class TableColumnWidthTests
{
    [Fact]
    public void HeaderWiderThanItsShare_WrapsBetweenWords_NeverInsideOne()
    {
        var pdf = Write(w =>
        {
            var table = new PdfTable(
                new PdfColumn("Section", 0.22f), new PdfColumn("Outstanding", 0.16f, PdfAlign.Right), new PdfColumn("Good", 0.16f, PdfAlign.Right),
                new PdfColumn("Requires improvement", 0.16f, PdfAlign.Right), new PdfColumn("Inadequate", 0.16f, PdfAlign.Right),
                new PdfColumn("Share at least Good", 0.14f, PdfAlign.Right));
            table.AddRow("The plan overall", "1", "1", "1", "0", "67%");
            w.Table(table);
        });

        var words = PdfReading.AllWords(pdf);
        Assert.Contains("improvement", words);
        Assert.Contains("Outstanding", words);
        Assert.Contains("Inadequate", words);
        Assert.DoesNotContain(words, w => w is "improvemen" or "t");
    }

    [Fact]
    public void ColumnWidths_KeepTheirSharesWhenEveryWordFits_AndAlwaysFillTheTable()
    {
        float[] shares = [100, 50, 50];

        Assert.Equal(shares, ColumnWidths.Fit(shares, [20, 20, 20]));
        var widened = ColumnWidths.Fit([100, 50, 50], [20, 70, 20]);
        Assert.Equal(70, widened[1]);
        Assert.Equal(200, widened.Sum(), 3);
        Assert.All(widened, w => Assert.True(w >= 20));
    }

    [Fact]
    public void WordsWiderThanTheWholeTable_KeepTheShares()
    {
        float[] shares = [100, 100];

        Assert.Equal(shares, ColumnWidths.Fit(shares, [150, 150]));
    }
}
