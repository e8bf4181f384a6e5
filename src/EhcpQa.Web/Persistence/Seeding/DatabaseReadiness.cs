using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EhcpQa.Web.Persistence.Seeding;

/// <summary>
/// Whether start-up has migrated and seeded the database. <c>/health/ready</c> reports unhealthy until it
/// has, so a load balancer sends no traffic to an instance that is still migrating.
/// </summary>
public sealed class DatabaseReadiness : IHealthCheck
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Ready => _ready.Task;

    public void MarkReady() => _ready.TrySetResult();

    public void MarkFailed(Exception exception) => _ready.TrySetException(exception);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_ready.Task.Status switch
        {
            TaskStatus.RanToCompletion => HealthCheckResult.Healthy("The database is migrated and seeded"),
            TaskStatus.Faulted => HealthCheckResult.Unhealthy("Start-up could not migrate or seed the database"),
            _ => HealthCheckResult.Unhealthy("The database is still being migrated and seeded"),
        });
}
