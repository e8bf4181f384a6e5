using EhcpQa.Domain.Dashboards;
using EhcpQa.Web.Tests.Dashboard;

namespace EhcpQa.Web.Tests.Reports;

/// <summary>
/// The monthly board summary has a timeliness table beside the quality figures: the month's new plans within 20 weeks,
/// late and late with a lawful exception as the database counts them, the 12 months of the trend, and the cut by locality.
/// </summary>
public sealed class BoardReportTimelinessTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task TheSummary_HasTheTimelinessTable_WithTheDatabasesCounts()
    {
        var (month, reference, _) = await TimelinessInTheDatabase.ExceptionMonthAsync(app);
        var (onTime, late, withException) = await TimelinessInTheDatabase.TwentyWeeksAsync(app, month);

        var text = await BoardFigureReading.PublishedSummaryTextAsync(app, month);

        Assert.Contains("Timeliness", text, StringComparison.Ordinal);
        Assert.Equal(onTime, BoardFigureReading.PdfFigure(text, BoardFigures.IssuedWithinTwentyWeeks.Name));
        Assert.Equal(late, BoardFigureReading.PdfFigure(text, BoardFigures.IssuedLate.Name));
        Assert.Equal(withException, BoardFigureReading.PdfFigure(text, BoardFigures.IssuedLateWithException.Name));
        Assert.Contains("Timeliness over 12 months", text, StringComparison.Ordinal);
        Assert.Contains("Timeliness by locality", text, StringComparison.Ordinal);
        Assert.DoesNotContain(reference, text, StringComparison.Ordinal);
    }
}
