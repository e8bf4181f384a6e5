using EhcpQa.Web.Infrastructure.Email;
using EhcpQa.Web.Infrastructure.Scheduling;
using EhcpQa.Web.Persistence.Leases;
using EhcpQa.Web.Persistence.Seeding;
using Microsoft.Extensions.Options;

namespace EhcpQa.Web.Features.Notifications;

/// <summary>
/// E-mails the outbox's due notifications every <see cref="EmailOptions.SendEvery"/>, on one instance at a time
/// (the "notifications" lease). Off when no mail provider is configured, or <c>Notifications:Schedule</c> is false.
/// </summary>
public sealed class NotificationSchedule(
    IServiceScopeFactory scopes,
    DatabaseReadiness readiness,
    JobLeases leases,
    TimeProvider clock,
    IOptions<EmailOptions> options,
    ILogger<NotificationSchedule> logger)
    : ScheduledJob(scopes, readiness, leases, clock, logger)
{
    public override string Name => "notifications";

    public override TimeSpan Interval => options.Value.SendEvery;

    protected override TimeSpan LeaseDuration => TimeSpan.FromMinutes(2);

    protected override bool IsEnabled => options.Value is { Schedule: true, Provider: not EmailProvider.None };

    protected override Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<NotificationSending>().SendDueAsync(cancellationToken);
}
