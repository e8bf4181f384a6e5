using EhcpQa.Web.Infrastructure.Scheduling;
using EhcpQa.Web.Persistence.Leases;
using EhcpQa.Web.Persistence.Seeding;
using Microsoft.Extensions.Options;

namespace EhcpQa.Web.Infrastructure.Email;

/// <summary>
/// A job that sends the e-mails waiting in an outbox: every <see cref="EmailOptions.SendEvery"/>, on one instance at a
/// time, and off where no mail provider is configured or <c>Notifications:Schedule</c> is false. Each outbox (the
/// notifications, the survey links) derives from it with its own lease name and sending.
/// </summary>
public abstract class OutboxSendingJob(
    IServiceScopeFactory scopes,
    DatabaseReadiness readiness,
    JobLeases leases,
    TimeProvider clock,
    IOptions<EmailOptions> options,
    ILogger logger)
    : ScheduledJob(scopes, readiness, leases, clock, logger)
{
    public override TimeSpan Interval => options.Value.SendEvery;

    protected override TimeSpan LeaseDuration => TimeSpan.FromMinutes(2);

    protected override bool IsEnabled => options.Value is { Schedule: true, Provider: not EmailProvider.None };
}
