using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Caching.Memory;

namespace EhcpQa.Web.Features.Dashboard;

/// <summary>
/// Charts as SVG images for pages, each drawn once. Drawing a chart with ScottPlot takes tens of
/// milliseconds, and most requests for a dashboard ask for charts that were drawn already (the same
/// figures for the same filter), so the images are kept, keyed by everything the chart draws
/// (<see cref="BarChart.ContentKey"/>) and its size. Nothing read from the database is kept, only this
/// pure function's results: an image is found again only for a chart of exactly the same content,
/// whichever database or instance the figures came from. At most <see cref="Capacity"/> images are
/// kept, each for an hour after it was last asked for.
/// </summary>
public sealed class ChartImages : IDisposable
{
    public const int Capacity = 256;

    private readonly MemoryCache _images = new(new MemoryCacheOptions { SizeLimit = Capacity });

    /// <summary>
    /// The chart drawn at this size, as an SVG data URI for an img element's src. It is written into the page
    /// as it is: a data URI of base64 text (letters, digits, +, / and =) has nothing to escape, and encoding
    /// tens of kilobytes of it for HTML took a fifth of a dashboard request.
    /// </summary>
    public HtmlString SvgDataUri(BarChart chart, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var key = $"{width}x{height}\u001d{chart.ContentKey}";
        return _images.GetOrCreate(key, entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = TimeSpan.FromHours(1);
            using var activity = Infrastructure.Telemetry.ServiceTelemetry.Source.StartActivity("Draw chart");
            return new HtmlString(DashboardCharts.SvgDataUri(DashboardCharts.Draw(chart, width), width, height));
        })!;
    }

    public void Dispose() => _images.Dispose();
}
