using EhcpQa.Web.Persistence.Seeding;

namespace EhcpQa.Web.Features.Reports;

/// <summary>
/// Publishes last month's board summary early on the 1st of each month: once the database is ready it
/// checks straight away (catching up a month missed while the service was down) and then every hour. A
/// month already published is left alone; a failed run is logged and tried again at the next check.
/// </summary>
public sealed class BoardReportSchedule(
    IServiceScopeFactory scopes, DatabaseReadiness readiness, TimeProvider clock, IConfiguration configuration, ILogger<BoardReportSchedule> logger)
    : BackgroundService
{
    public static readonly TimeSpan CheckEvery = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Reports:Schedule", true))
        {
            logger.LogInformation("The board summary schedule is switched off (Reports:Schedule)");
            return;
        }

        try
        {
            await readiness.Ready.WaitAsync(stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                await RunOnceAsync(stoppingToken);
                await Task.Delay(CheckEvery, clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>One check: publishes last month's summary if it is due. Never throws (except on shutdown).</summary>
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var publisher = scope.ServiceProvider.GetRequiredService<BoardReportPublisher>();
            await publisher.PublishScheduledAsync(cancellationToken);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            logger.LogError(failure, "Publishing the monthly board summary failed; it will be tried again in {Minutes} minutes", CheckEvery.TotalMinutes);
        }
    }
}
