using System.Globalization;
using EhcpQa.Domain.Dashboards;
using EhcpQa.Domain.Grades;
using ScottPlot;

namespace EhcpQa.Web.Features.Dashboard;

/// <summary>
/// The dashboard's charts, drawn on the server with ScottPlot: the same plots go into pages (as SVG) and
/// the board report (as PDF vectors). Figures a reader may not see (suppressed small numbers) are left
/// out of the charts as they are out of the tables.
/// </summary>
public static class DashboardCharts
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private static readonly Color Blue = Color.FromHex("#1d70b8");

    /// <summary>The share at least Good in each month of the trend, as bars; months with no grades (or hidden ones) have none.</summary>
    public static Plot Trend(IReadOnlyList<TrendMonth> trend, Suppression suppression)
    {
        ArgumentNullException.ThrowIfNull(trend);
        ArgumentNullException.ThrowIfNull(suppression);
        var plot = new Plot();
        var bars = trend
            .Select((month, i) => (i, month.Grades))
            .Where(m => m.Grades.Total > 0 && suppression.Share(m.Grades.AtLeastGoodCount, m.Grades.Total) != "–")
            .Select(m => new Bar { Position = m.i, Value = m.Grades.AtLeastGoodShare!.Value * 100, FillColor = Blue })
            .ToList();
        plot.Add.Bars(bars);
        plot.Axes.Bottom.SetTicks(
            Enumerable.Range(0, trend.Count).Select(i => (double)i).ToArray(),
            trend.Select(t => t.Month.ToString("MMM yy", English)).ToArray());
        plot.Axes.SetLimits(-0.6, trend.Count - 0.4, 0, 100);
        plot.YLabel("% at least Good");
        plot.Title("Share of plans at least Good, by month");
        return plot;
    }

    /// <summary>How many grades were given at each grade, as bars.</summary>
    public static Plot Grades(GradeDistribution grades, Suppression suppression)
    {
        ArgumentNullException.ThrowIfNull(grades);
        ArgumentNullException.ThrowIfNull(suppression);
        var plot = new Plot();
        var all = Grade.All.ToList();
        var bars = all
            .Select((grade, i) => (i, Count: grades.CountOf(grade)))
            .Where(b => !suppression.Hides(b.Count))
            .Select(b => new Bar { Position = b.i, Value = b.Count, FillColor = Blue })
            .ToList();
        plot.Add.Bars(bars);
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, all.Count).Select(i => (double)i).ToArray(), all.Select(g => g.ToString()).ToArray());
        var highest = bars.Count == 0 ? 0 : bars.Max(b => b.Value);
        plot.Axes.SetLimits(-0.6, all.Count - 0.4, 0, Math.Max(5, highest * 1.15));
        plot.YLabel("Plans");
        plot.Title("Overall grades");
        return plot;
    }

    /// <summary>The plot as an SVG data URI for an img element (the page's content security policy allows data images, not inline styles).</summary>
    public static string SvgDataUri(Plot plot, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(plot);
        var svg = plot.GetSvgXml(width, height);
        return "data:image/svg+xml;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(svg));
    }
}
