using EhcpQa.Web.Infrastructure.Scheduling;
using EhcpQa.Web.Infrastructure.Security;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Audit;
using EhcpQa.Web.Persistence.Leases;
using EhcpQa.Web.Persistence.Seeding;
using Microsoft.Extensions.Options;

namespace EhcpQa.Web.Features.Audit;

/// <summary>
/// Every minute, on one instance at a time (the "security-log" lease): seals the entries recorded since into the
/// log's chain, and clears sealed entries older than <see cref="SecurityLogOptions.KeepDays"/>.
/// </summary>
public sealed class SecurityLogSealing(
    IServiceScopeFactory scopes,
    DatabaseReadiness readiness,
    JobLeases leases,
    TimeProvider clock,
    IOptions<SecurityLogOptions> options,
    ILogger<SecurityLogSealing> logger)
    : ScheduledJob(scopes, readiness, leases, clock, logger)
{
    public override string Name => "security-log";

    public override TimeSpan Interval => TimeSpan.FromMinutes(1);

    protected override bool IsEnabled => options.Value.Schedule;

    protected override async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<EhcpQaDbContext>();
        var sealedCount = await SecurityLogChain.SealAsync(db, cancellationToken);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var cleared = await SecurityLogChain.ClearBeforeAsync(db, now - options.Value.Keep, cancellationToken);
        if (sealedCount > 0 || cleared > 0)
        {
            logger.LogDebug("Security log: {Sealed} entries sealed, {Cleared} past their time cleared", sealedCount, cleared);
        }
    }
}
