using EhcpQa.Web.Persistence.Leases;
using EhcpQa.Web.Persistence.Seeding;

namespace EhcpQa.Web.Infrastructure.Scheduling;

/// <summary>
/// A job that every instance of the service schedules and exactly one runs at a time: once the database is
/// ready it runs straight away (catching up what was missed while the service was down) and then every
/// <see cref="Interval"/>, each run under the job's lease in the database (<see cref="JobLeases"/>). An
/// instance that finds the lease held skips that run. Every scheduled job derives from this class, so none
/// can run on two instances at once. The work itself must still be safe to repeat: a run may follow one
/// that another instance has just finished.
/// </summary>
public abstract class ScheduledJob(
    IServiceScopeFactory scopes, DatabaseReadiness readiness, JobLeases leases, TimeProvider clock, ILogger logger)
    : BackgroundService
{
    /// <summary>The job's name, which is its lease's name: the same on every instance.</summary>
    public abstract string Name { get; }

    /// <summary>How long to wait between one check and the next.</summary>
    public abstract TimeSpan Interval { get; }

    /// <summary>How long a run holds the lease before it must renew it; it is renewed while the run lasts.</summary>
    protected virtual TimeSpan LeaseDuration => TimeSpan.FromMinutes(5);

    /// <summary>False when configuration switches the job off on this instance.</summary>
    protected virtual bool IsEnabled => true;

    /// <summary>
    /// One run: does the job if this instance gets its lease. True when it ran here; false when another
    /// instance held the lease or the run failed. Never throws (except on shutdown); failures are logged and
    /// the job is tried again at the next check.
    /// </summary>
    public async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            var ran = await leases.RunExclusiveAsync(Name, LeaseDuration, async token =>
            {
                await using var scope = scopes.CreateAsyncScope();
                await RunAsync(scope.ServiceProvider, token);
            }, cancellationToken);
            if (!ran)
            {
                logger.LogDebug("The {Job} job is running on another instance; skipped here", Name);
            }

            return ran;
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(failure, "The {Job} job failed; it will be tried again in {Minutes} minutes", Name, Interval.TotalMinutes);
            return false;
        }
    }

    /// <summary>The job's work, with services from a scope of its own. Called only while this instance holds the lease.</summary>
    protected abstract Task RunAsync(IServiceProvider services, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!IsEnabled)
        {
            logger.LogInformation("The {Job} job is switched off on this instance", Name);
            return;
        }

        try
        {
            await readiness.Ready.WaitAsync(stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                await RunOnceAsync(stoppingToken);
                await Task.Delay(Interval, clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }
}
