using EhcpQa.Web.Reporting.Pdf;
using ScottPlot;
using static EhcpQa.Web.Tests.Reporting.Pdf.TestDocuments;

namespace EhcpQa.Web.Tests.Reporting.Pdf;

public sealed class FontEmbeddingTests
{
    [Fact]
    public void DocumentWithTextTablesTagsAndAChart_EmbedsTheRegularAndBoldFacesOnceEach()
    {
        var plot = new Plot();
        plot.Add.Bars([4, 11, 6, 2]);
        plot.Title("Grades this month");
        plot.XLabel("Grade");

        var pdf = Write(w =>
        {
            w.Title("Monthly summary");
            for (var i = 0; i < 6; i++)
            {
                w.Heading2($"Part {i + 1}");
                w.Paragraph(string.Join(" ", NumberedWords(200, (i * 200) + 1)));
                w.Tag("2 Good", PdfTagColour.Green, "Grade:");
                w.SummaryTable([("Plans assured", "42"), ("At least Good", "31")]);
                w.Chart(plot, 200);
            }
        });

        var fonts = PdfReading.FontNames(pdf);
        Assert.Equal(2, fonts.Count);
        Assert.Single(fonts, f => f.EndsWith("DejaVuSans", StringComparison.Ordinal));
        Assert.Single(fonts, f => f.EndsWith("DejaVuSans-Bold", StringComparison.Ordinal));
        Assert.InRange(pdf.Length, 1, 1_500_000);
    }

    [Fact]
    public void Charts_ResolveThePdfFamilyToTheSameTypefaceInstances()
    {
        PdfFonts.EnsureLoaded();

        Assert.Equal("DejaVu Sans", PdfFonts.FamilyName);
        Assert.Equal(PdfFonts.FamilyName, Fonts.Default);
        Assert.Same(PdfFonts.Regular, Fonts.GetTypeface(PdfFonts.FamilyName, bold: false, italic: false));
        Assert.Same(PdfFonts.Bold, Fonts.GetTypeface(PdfFonts.FamilyName, bold: true, italic: false));
    }
}
