using ScottPlot;
using static EhcpQa.Web.Tests.Reporting.Pdf.TestDocuments;

namespace EhcpQa.Web.Tests.Reporting.Pdf;

public sealed class ChartTests
{
    [Fact]
    public void BarChartInABox_IsDrawnOnceAsVectorsWithItsTitleAndAxisLabel()
    {
        var plot = new Plot();
        plot.Add.Bars([5, 9, 4, 1]);
        plot.Title("Grades this month");
        plot.XLabel("Grade awarded");
        plot.YLabel("Plans");

        var pdf = Write(w =>
        {
            w.Paragraph("Before the chart.");
            w.Chart(plot, 260, 400);
            w.Paragraph("After the chart.");
        });

        using var document = PdfReading.Open(pdf);
        var page = document.GetPage(1);
        var text = PdfReading.Text(page);
        Assert.Equal(1, PdfReading.CountOccurrences(text, "Grade awarded"));
        Assert.Equal(1, PdfReading.CountOccurrences(text, "Grades this month"));
        Assert.Contains("After the chart.", text, StringComparison.Ordinal);
        Assert.Empty(page.GetImages());
        var label = page.GetWords().Single(w => w.Text == "awarded");
        Assert.InRange(label.BoundingBox.Right, Setup.MarginLeft, Setup.MarginLeft + 400);
    }
}
