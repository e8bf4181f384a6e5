using EhcpQa.Web.Infrastructure.Scheduling;
using EhcpQa.Web.Persistence.Leases;
using EhcpQa.Web.Persistence.Seeding;

namespace EhcpQa.Web.Features.Reports;

/// <summary>
/// Publishes last month's board summary early on the 1st of each month: once the database is ready it
/// checks straight away (catching up a month missed while the service was down) and then every hour, on
/// one instance at a time (the "board-summary" lease). A month already published is left alone; a failed
/// run is logged and tried again at the next check. <c>Reports:Schedule</c> = false switches it off.
/// </summary>
public sealed class BoardReportSchedule(
    IServiceScopeFactory scopes,
    DatabaseReadiness readiness,
    JobLeases leases,
    TimeProvider clock,
    IConfiguration configuration,
    ILogger<BoardReportSchedule> logger)
    : ScheduledJob(scopes, readiness, leases, clock, logger)
{
    public static readonly TimeSpan CheckEvery = TimeSpan.FromHours(1);

    public override string Name => "board-summary";

    public override TimeSpan Interval => CheckEvery;

    protected override bool IsEnabled => configuration.GetValue("Reports:Schedule", true);

    protected override Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<BoardReportPublisher>().PublishScheduledAsync(cancellationToken);
}
