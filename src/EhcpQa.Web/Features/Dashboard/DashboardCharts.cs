using System.Globalization;
using System.Text;
using EhcpQa.Domain.Dashboards;
using EhcpQa.Domain.Grades;
using ScottPlot;

namespace EhcpQa.Web.Features.Dashboard;

/// <summary>
/// A bar chart as exactly what it draws: its title, the label of its value axis, the categories, the length
/// of each bar (none where a figure is missing or hidden), the text written by each bar or in its gap, the
/// top of the scale and a note saying what the gaps mean. Two charts with the same content draw the same
/// picture, which is what lets <see cref="ChartImages"/> draw each once.
/// </summary>
public sealed record BarChart(
    string Title, string ValueLabel, IReadOnlyList<string> Categories, IReadOnlyList<double?> Values, IReadOnlyList<string> Texts, double ValueMax,
    string? Note = null)
{
    /// <summary>The chart's whole content as text: equal for equal charts, different otherwise.</summary>
    public string ContentKey
    {
        get
        {
            var key = new StringBuilder();
            key.Append(Title).Append('\u001f').Append(ValueLabel).Append('\u001f').Append(ValueMax.ToString("R", CultureInfo.InvariantCulture))
                .Append('\u001f').Append(Note);
            for (var i = 0; i < Categories.Count; i++)
            {
                key.Append('\u001e').Append(Categories[i]).Append('\u001f').Append(Values[i]?.ToString("R", CultureInfo.InvariantCulture))
                    .Append('\u001f').Append(Texts[i]);
            }

            return key.ToString();
        }
    }
}

/// <summary>
/// The dashboard's charts, drawn on the server with ScottPlot: the same plots go into pages (as SVG) and
/// the board report (as PDF vectors). A figure a reader may not see (a suppressed small number) has no bar
/// and its gap is marked ("&lt;5"), with the note under the chart saying so, so a hidden figure is never read
/// as zero; every bar carries its figure, so a zero reads "0".
/// </summary>
public static class DashboardCharts
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private static readonly Color Blue = Color.FromHex("#1d70b8");
    private static readonly Color Ink = Color.FromHex("#0b0c0c");

    /// <summary>Pixels a chart's value axis, its label and the margins take from its width, besides the bars.</summary>
    private const float AxisAllowance = 90;

    /// <summary>The share at least Good in each month of the trend; months with no grades, or hidden ones, have no bar and a mark in the gap.</summary>
    public static BarChart TrendChart(IReadOnlyList<TrendMonth> trend, Suppression suppression)
    {
        ArgumentNullException.ThrowIfNull(trend);
        ArgumentNullException.ThrowIfNull(suppression);
        var values = new List<double?>();
        var texts = new List<string>();
        foreach (var month in trend)
        {
            var (good, total) = (month.Grades.AtLeastGoodCount, month.Grades.Total);
            var (value, text) = total == 0 ? (null, NoGrades)
                : suppression.HidesShare(good, total) ? ((double?)null, suppression.HiddenMark)
                : (month.Grades.AtLeastGoodShare!.Value * 100, suppression.Share(good, total));
            values.Add(value);
            texts.Add(text);
        }

        return new BarChart(
            "Share of plans at least Good, by month",
            "% at least Good",
            trend.Select(t => t.Month.ToString("MMM'\n'yyyy", CultureInfo.InvariantCulture)).ToList(),
            values,
            texts,
            110,
            NoteFor(texts, suppression));
    }

    /// <summary>How many grades were given at each grade; hidden counts have no bar and a mark in the gap.</summary>
    public static BarChart GradesChart(GradeDistribution grades, Suppression suppression)
    {
        ArgumentNullException.ThrowIfNull(grades);
        ArgumentNullException.ThrowIfNull(suppression);
        var all = Grade.All.ToList();
        var counts = all.Select(grades.CountOf).ToList();
        var values = counts.Select(c => suppression.Hides(c) ? (double?)null : c).ToList();
        var texts = counts.Select(suppression.Count).Select((text, i) => values[i] is null ? suppression.HiddenMark : text).ToList();
        var highest = values.Max() ?? 0;
        return new BarChart("Overall grades", "Grades given", all.Select(g => g.ToString()).ToList(), values, texts, Math.Max(5, highest * 1.2),
            NoteFor(texts, suppression));
    }

    /// <summary>What the chart's gaps mean, or null when it has none.</summary>
    private static string? NoteFor(IReadOnlyList<string> texts, Suppression suppression)
    {
        var notes = new List<string>();
        if (suppression.Threshold > 0 && texts.Contains(suppression.HiddenMark))
        {
            notes.Add(suppression.HiddenNote);
        }

        if (texts.Contains(NoGrades))
        {
            notes.Add($"{NoGrades}: no grades given");
        }

        return notes.Count == 0 ? null : string.Join("; ", notes);
    }

    private const string NoGrades = "none";

    /// <summary>The trend chart as a plot <paramref name="width"/> pixels wide (for the board report's PDF).</summary>
    public static Plot Trend(IReadOnlyList<TrendMonth> trend, Suppression suppression, int width) => Draw(TrendChart(trend, suppression), width);

    /// <summary>The grades chart as a plot <paramref name="width"/> pixels wide (for the board report's PDF).</summary>
    public static Plot Grades(GradeDistribution grades, Suppression suppression, int width) => Draw(GradesChart(grades, suppression), width);

    /// <summary>
    /// Draws a bar chart with ScottPlot to be shown <paramref name="width"/> pixels wide. The categories stand
    /// side by side under upright bars when every label fits the width of its bar's slot; otherwise the bars lie
    /// flat, one under another, each label on one line at the left, so labels never run into each other.
    /// </summary>
    public static Plot Draw(BarChart chart, int width)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var plot = new Plot();
        var horizontal = !LabelsFitSideBySide(plot, chart.Categories, width);
        var bars = chart.Values
            .Select((value, i) => (i, value))
            .Where(b => b.value is not null)
            .Select(b => new Bar { Position = b.i, Value = b.value!.Value, FillColor = Blue, Label = chart.Texts[b.i] })
            .ToList();
        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = horizontal;
        barPlot.ValueLabelStyle.FontSize = 11;
        barPlot.ValueLabelStyle.ForeColor = Ink;

        // A gap is marked where its bar would stand, so it is never read as a bar of zero.
        var scale = chart.ValueMax * 0.02;
        for (var i = 0; i < chart.Values.Count; i++)
        {
            if (chart.Values[i] is null)
            {
                var mark = horizontal ? plot.Add.Text(chart.Texts[i], scale, i) : plot.Add.Text(chart.Texts[i], i, scale);
                mark.LabelFontSize = 11;
                mark.LabelFontColor = Ink;
                mark.LabelAlignment = horizontal ? Alignment.MiddleLeft : Alignment.LowerCenter;
            }
        }

        var positions = Enumerable.Range(0, chart.Categories.Count).Select(i => (double)i).ToArray();
        var valueTicks = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        if (horizontal)
        {
            plot.Axes.Bottom.TickGenerator = valueTicks;
            plot.Axes.Left.SetTicks(positions, chart.Categories.ToArray());
            plot.Axes.SetLimits(0, chart.ValueMax, chart.Categories.Count - 0.4, -0.6);
            plot.XLabel(chart.Note is null ? chart.ValueLabel : $"{chart.ValueLabel}\n{chart.Note}");
        }
        else
        {
            plot.Axes.Left.TickGenerator = valueTicks;
            plot.Axes.Bottom.SetTicks(positions, chart.Categories.ToArray());
            plot.Axes.SetLimits(-0.6, chart.Categories.Count - 0.4, 0, chart.ValueMax);
            plot.YLabel(chart.ValueLabel);
            if (chart.Note is not null)
            {
                plot.XLabel(chart.Note);
            }
        }

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

    /// <summary>Whether each category's label, in the plot's tick font, fits the slot its bar stands in at this width.</summary>
    private static bool LabelsFitSideBySide(Plot plot, IReadOnlyList<string> categories, int width)
    {
        if (categories.Count == 0)
        {
            return true;
        }

        var slot = (width - AxisAllowance) / categories.Count;
        var tick = plot.Axes.Bottom.TickLabelStyle;
        using var paint = Paint.NewDisposablePaint();
        return categories.All(label => new LabelStyle { Text = label, FontName = tick.FontName, FontSize = tick.FontSize, Bold = tick.Bold }.Measure(paint).Width
            <= slot - 8);
    }
}
