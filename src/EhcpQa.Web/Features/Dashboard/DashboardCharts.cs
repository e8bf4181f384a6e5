using System.Globalization;
using System.Text;
using EhcpQa.Domain.Dashboards;
using EhcpQa.Domain.Grades;
using ScottPlot;

namespace EhcpQa.Web.Features.Dashboard;

/// <summary>
/// A bar chart as exactly what it draws: its title, axis label, the categories along the bottom, the
/// height of each bar (none where a figure is missing or hidden) and the top of the scale. Two charts
/// with the same content draw the same picture, which is what lets <see cref="ChartImages"/> draw each
/// once.
/// </summary>
public sealed record BarChart(string Title, string YLabel, IReadOnlyList<string> Categories, IReadOnlyList<double?> Values, double YMax)
{
    /// <summary>The chart's whole content as text: equal for equal charts, different otherwise.</summary>
    public string ContentKey
    {
        get
        {
            var key = new StringBuilder();
            key.Append(Title).Append('\u001f').Append(YLabel).Append('\u001f').Append(YMax.ToString("R", CultureInfo.InvariantCulture));
            for (var i = 0; i < Categories.Count; i++)
            {
                key.Append('\u001e').Append(Categories[i]).Append('\u001f').Append(Values[i]?.ToString("R", CultureInfo.InvariantCulture));
            }

            return key.ToString();
        }
    }
}

/// <summary>
/// The dashboard's charts, drawn on the server with ScottPlot: the same plots go into pages (as SVG) and
/// the board report (as PDF vectors). Figures a reader may not see (suppressed small numbers) are left
/// out of the charts as they are out of the tables.
/// </summary>
public static class DashboardCharts
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private static readonly Color Blue = Color.FromHex("#1d70b8");

    /// <summary>The share at least Good in each month of the trend; months with no grades (or hidden ones) have no bar.</summary>
    public static BarChart TrendChart(IReadOnlyList<TrendMonth> trend, Suppression suppression)
    {
        ArgumentNullException.ThrowIfNull(trend);
        ArgumentNullException.ThrowIfNull(suppression);
        return new BarChart(
            "Share of plans at least Good, by month",
            "% at least Good",
            trend.Select(t => t.Month.ToString("MMM yy", English)).ToList(),
            trend.Select(m => m.Grades.Total > 0 && suppression.Share(m.Grades.AtLeastGoodCount, m.Grades.Total) != "–"
                    ? m.Grades.AtLeastGoodShare!.Value * 100
                    : (double?)null)
                .ToList(),
            100);
    }

    /// <summary>How many grades were given at each grade; hidden counts have no bar.</summary>
    public static BarChart GradesChart(GradeDistribution grades, Suppression suppression)
    {
        ArgumentNullException.ThrowIfNull(grades);
        ArgumentNullException.ThrowIfNull(suppression);
        var all = Grade.All.ToList();
        var values = all.Select(g => grades.CountOf(g)).Select(c => suppression.Hides(c) ? (double?)null : c).ToList();
        var highest = values.Max() ?? 0;
        return new BarChart("Overall grades", "Plans", all.Select(g => g.ToString()).ToList(), values, Math.Max(5, highest * 1.15));
    }

    /// <summary>The trend chart as a plot (for the board report's PDF).</summary>
    public static Plot Trend(IReadOnlyList<TrendMonth> trend, Suppression suppression) => Draw(TrendChart(trend, suppression));

    /// <summary>The grades chart as a plot (for the board report's PDF).</summary>
    public static Plot Grades(GradeDistribution grades, Suppression suppression) => Draw(GradesChart(grades, suppression));

    /// <summary>Draws a bar chart with ScottPlot.</summary>
    public static Plot Draw(BarChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var plot = new Plot();
        var bars = chart.Values
            .Select((value, i) => (i, value))
            .Where(b => b.value is not null)
            .Select(b => new Bar { Position = b.i, Value = b.value!.Value, FillColor = Blue })
            .ToList();
        plot.Add.Bars(bars);
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, chart.Categories.Count).Select(i => (double)i).ToArray(), chart.Categories.ToArray());
        plot.Axes.SetLimits(-0.6, chart.Categories.Count - 0.4, 0, chart.YMax);
        plot.YLabel(chart.YLabel);
        plot.Title(chart.Title);
        return plot;
    }

    /// <summary>The plot as an SVG data URI for an img element (the page's content security policy allows data images, not inline styles).</summary>
    public static string SvgDataUri(Plot plot, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(plot);
        var svg = plot.GetSvgXml(width, height);
        return "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg));
    }
}
