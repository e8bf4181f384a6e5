using EhcpQa.Web.Reporting.Pdf;
using static EhcpQa.Web.Tests.Reporting.Pdf.TestDocuments;

namespace EhcpQa.Web.Tests.Reporting.Pdf;

public sealed class PageFlowTests
{
    [Fact]
    public void TextLongerThanAPage_FlowsOntoNewPagesWithNothingLostOrOutsideTheMargins()
    {
        var words = NumberedWords(2000);

        var pdf = Write(w =>
        {
            foreach (var chunk in words.Chunk(160))
            {
                w.Paragraph(string.Join(" ", chunk));
            }
        });

        using var document = PdfReading.Open(pdf);
        Assert.True(document.NumberOfPages > 2);
        var body = document.GetPages().SelectMany(BodyWords).ToList();
        Assert.Equal(words, body.Select(w => w.Text));
        Assert.All(body, w => Assert.InRange(w.BoundingBox.Top, Setup.MarginBottom, Setup.Height - Setup.MarginTop + 0.5));
    }

    [Fact]
    public void EveryPage_EndsWithTheFooterGivingPageNumberAndCount()
    {
        var pdf = Write(w => w.Paragraph(string.Join(" ", NumberedWords(1500))));

        var pages = PdfReading.PageTexts(pdf);
        Assert.True(pages.Count > 1);
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.EndsWith($"{Title} – page {i + 1} of {pages.Count}", pages[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TableLongerThanAPage_RepeatsItsHeaderRowOnEveryPage()
    {
        var ids = NumberedWords(150);
        var table = new PdfTable(new PdfColumn("Number", 0.15f), new PdfColumn("Descriptor", 0.65f), new PdfColumn("Answer", 0.2f, PdfAlign.Right));
        foreach (var id in ids)
        {
            table.AddRow(id, "Outcomes are set out clearly and in a SMART format, with a clear link to provision.", "Yes");
        }

        var pdf = Write(w =>
        {
            w.Heading1("Descriptor answers");
            w.Table(table);
        });

        var pages = PdfReading.PageTexts(pdf);
        Assert.True(pages.Count > 2);
        Assert.All(pages, page => Assert.Contains("Number Descriptor Answer", page, StringComparison.Ordinal));
        Assert.Equal(ids, PdfReading.AllWords(pdf).Where(IsNumbered).ToList());
    }

    [Fact]
    public void TableRowTallerThanAPage_IsSplitAcrossPagesWithNothingLost()
    {
        var words = NumberedWords(1800);
        var table = new PdfTable(new PdfColumn("Section", 0.2f), new PdfColumn("Commentary", 0.8f));
        table.AddRow("Section F", string.Join(" ", words));

        var pdf = Write(w => w.Table(table));

        using var document = PdfReading.Open(pdf);
        Assert.True(document.NumberOfPages > 1);
        var body = document.GetPages().SelectMany(BodyWords).Select(w => w.Text).Where(IsNumbered).ToList();
        Assert.Equal(words, body);
    }

    [Fact]
    public void HeadingNearTheFootOfAPage_MovesToTheNextPageWithWhatFollows()
    {
        var pdf = Write(w =>
        {
            w.Paragraph("Opening words.");
            w.Space(Setup.ContentHeight - 60);
            w.Heading1("Section K: Advice and information");
            w.Paragraph("Every report that informed the plan is listed.");
        });

        var pages = PdfReading.PageTexts(pdf);
        Assert.Equal(2, pages.Count);
        Assert.StartsWith("Section K: Advice and information Every report", pages[1], StringComparison.Ordinal);
    }
}
