using EhcpQa.Domain;
using EhcpQa.Domain.Reporting;
using EhcpQa.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.Reports;

/// <summary>Generates a month's board summary and publishes it as the month's next version.</summary>
public sealed class BoardReportPublisher(
    EhcpQaDbContext db, BoardReportData data, TimeProvider clock, ILogger<BoardReportPublisher> logger,
    Microsoft.Extensions.Options.IOptions<Dashboard.DashboardOptions> options)
{
    /// <summary>
    /// Publishes the month's next version. Version numbers are unique per month in the database, so when
    /// another instance publishes the same month at the same moment this one is numbered after it.
    /// </summary>
    public async Task<BoardReport> PublishAsync(DateOnly month, BoardReportTrigger trigger, string? byUserId, CancellationToken cancellationToken)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        var content = await data.LoadAsync(first, cancellationToken);
        var now = clock.GetUtcNow();
        var pdf = BoardReportPdf.Render(content, now, options.Value.BoardSuppression);
        while (true)
        {
            var versions = await VersionsAsync(first, cancellationToken);
            var report = BoardReport.Publish(first, versions, pdf, trigger, byUserId, now);
            if (await TrySaveAsync(report, cancellationToken))
            {
                return report;
            }

            // Another version of the month was saved first: number this one after it.
        }
    }

    /// <summary>
    /// The schedule's work: publishes last month's summary unless one has been published already, so
    /// running it again (or after a restart, or on another instance) never publishes a month twice. Null
    /// when nothing was due.
    /// </summary>
    public async Task<BoardReport?> PublishScheduledAsync(CancellationToken cancellationToken)
    {
        var month = BoardReport.ScheduledMonthFor(ServiceCalendar.DateOf(clock.GetUtcNow()));
        if (await db.BoardReports.AnyAsync(r => r.Month == month, cancellationToken))
        {
            return null;
        }

        var content = await data.LoadAsync(month, cancellationToken);
        var now = clock.GetUtcNow();
        var report = BoardReport.Publish(month, [], BoardReportPdf.Render(content, now, options.Value.BoardSuppression), BoardReportTrigger.Scheduled, null, now);

        // When someone published the month at the same moment, that version stands.
        return await TrySaveAsync(report, cancellationToken) ? report : null;
    }

    private Task<List<int>> VersionsAsync(DateOnly month, CancellationToken cancellationToken) =>
        db.BoardReports.Where(r => r.Month == month).Select(r => r.Version).OrderBy(v => v).ToListAsync(cancellationToken);

    /// <summary>Saves the report; false when the database refused it because another version with its number was saved first.</summary>
    private async Task<bool> TrySaveAsync(BoardReport report, CancellationToken cancellationToken)
    {
        db.BoardReports.Add(report);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException refused) when (DuplicateKeys.Caused(refused))
        {
            db.Entry(report).State = EntityState.Detached;
            logger.LogWarning(refused, "Board summary for {Month} version {Version} was not saved: another was published at the same moment",
                report.Month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), report.Version);
            return false;
        }

        logger.LogInformation("Board summary for {Month} published as version {Version} ({Trigger}, {Bytes} bytes)",
            report.Month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), report.Version, report.Trigger, report.Content.Length);
        return true;
    }
}
