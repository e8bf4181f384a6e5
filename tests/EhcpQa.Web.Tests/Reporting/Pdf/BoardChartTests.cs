using EhcpQa.Domain.Dashboards;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Plans;
using EhcpQa.Web.Features.Dashboard;
using EhcpQa.Web.Reporting.Pdf;
using UglyToad.PdfPig.Content;
using static EhcpQa.Web.Tests.Reporting.Pdf.TestDocuments;

namespace EhcpQa.Web.Tests.Reporting.Pdf;

/// <summary>The board's charts: labels that fit without running into each other, and a hidden figure shown as a marked gap, never a zero bar.</summary>
public sealed class BoardChartTests
{
    private static GradeDistribution Grades(params int[] counts)
    {
        var gradings = Grade.All.SelectMany((g, i) => Enumerable.Range(0, counts[i]).Select(n => new AssuredGrading(
            n, AssuranceLevel.SignOff, new DateOnly(2026, 10, 1), 1, Phase.KeyStage2, BroadAreaOfNeed.CognitionAndLearning, SettingType.Mainstream, g, false,
            new Dictionary<SectionCode, Grade>())));
        var month = new DateOnly(2026, 10, 1);
        return Domain.Dashboards.Dashboard.Compute(gradings, new DashboardFilter(month, month, AssuranceLevel.SignOff), new Dictionary<int, string>()).Overall;
    }

    [Fact]
    public void GradeLabelsInTheBoardSummarysChart_DoNotRunIntoEachOther()
    {
        const float width = 320;
        var pdf = Write(w => w.Chart(DashboardCharts.Draw(DashboardCharts.GradesChart(Grades(6, 9, 4, 1), Suppression.None), PdfDocumentWriter.ChartPixels(width)), 170, width));

        using var document = PdfReading.Open(pdf);
        var words = document.GetPage(1).GetWords().Where(w => w.Text is "Outstanding" or "Good" or "Requires" or "improvement" or "Inadequate").ToList();
        Assert.Equal(5, words.Count);
        foreach (var a in words)
        {
            Assert.DoesNotContain(words, b => !ReferenceEquals(a, b) && Overlap(a, b));
        }
    }

    [Fact]
    public void HiddenCount_IsAMarkedGap_AndZeroIsABarLabelledZero()
    {
        var chart = DashboardCharts.GradesChart(Grades(3, 12, 0, 6), Suppression.Board(5));

        Assert.Null(chart.Values[0]);
        Assert.Equal("<5", chart.Texts[0]);
        Assert.Equal(0, chart.Values[2]);
        Assert.Equal("0", chart.Texts[2]);
        Assert.Equal("<5: fewer than 5, not shown", chart.Note);
        var text = PdfReading.AllText(Write(w => w.Chart(DashboardCharts.Draw(chart, 600), 200)));
        Assert.Contains("<5", text, StringComparison.Ordinal);
        Assert.Contains("fewer than 5, not shown", text, StringComparison.Ordinal);
        Assert.Contains("12", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TrendMonthHidden_IsAMarkedGap_AndAMonthWithNoGradesSaysSo()
    {
        var months = new[] { (3, 4), (0, 0), (6, 12) }
            .Select((m, i) => new TrendMonth(new DateOnly(2026, 1 + i, 1), Grades(m.Item1, 0, m.Item2 - m.Item1, 0)))
            .ToList();

        var board = DashboardCharts.TrendChart(months, Suppression.Board(5));
        var wholeAuthority = DashboardCharts.TrendChart(months, Suppression.None);

        Assert.Equal([null, null, 50], board.Values);
        Assert.Equal(["<5", "none", "50%"], board.Texts);
        Assert.Equal("<5: fewer than 5, not shown; none: no grades given", board.Note);
        Assert.Equal([75, null, 50], wholeAuthority.Values);
        Assert.Equal("none: no grades given", wholeAuthority.Note);
    }

    private static bool Overlap(Word a, Word b) =>
        a.BoundingBox.Left < b.BoundingBox.Right && b.BoundingBox.Left < a.BoundingBox.Right
        && a.BoundingBox.Bottom < b.BoundingBox.Top && b.BoundingBox.Bottom < a.BoundingBox.Top;
}
