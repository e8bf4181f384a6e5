using EhcpQa.Domain;
using EhcpQa.Domain.Reporting;
using EhcpQa.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.Reports;

/// <summary>Generates a month's board summary and publishes it as the month's next version.</summary>
public sealed class BoardReportPublisher(EhcpQaDbContext db, BoardReportData data, TimeProvider clock, ILogger<BoardReportPublisher> logger)
{
    public async Task<BoardReport> PublishAsync(DateOnly month, BoardReportTrigger trigger, string? byUserId, CancellationToken cancellationToken)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        var content = await data.LoadAsync(first, cancellationToken);
        var now = clock.GetUtcNow();
        var pdf = BoardReportPdf.Render(content, now);
        var versions = await db.BoardReports.Where(r => r.Month == first).Select(r => r.Version).ToListAsync(cancellationToken);
        var report = BoardReport.Publish(first, versions, pdf, trigger, byUserId, now);
        db.BoardReports.Add(report);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Board summary for {Month} published as version {Version} ({Trigger}, {Bytes} bytes)",
            report.Month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), report.Version, trigger, pdf.Length);
        return report;
    }

    /// <summary>
    /// The schedule's work: publishes last month's summary unless one has been published already, so
    /// running it again (or after a restart) never publishes a month twice. Null when nothing was due.
    /// </summary>
    public async Task<BoardReport?> PublishScheduledAsync(CancellationToken cancellationToken)
    {
        var month = BoardReport.ScheduledMonthFor(ServiceCalendar.DateOf(clock.GetUtcNow()));
        if (await db.BoardReports.AnyAsync(r => r.Month == month, cancellationToken))
        {
            return null;
        }

        return await PublishAsync(month, BoardReportTrigger.Scheduled, null, cancellationToken);
    }
}
