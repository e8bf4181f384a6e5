using EhcpQa.Web.Infrastructure.Email;
using EhcpQa.Web.Persistence.Leases;
using EhcpQa.Web.Persistence.Seeding;
using Microsoft.Extensions.Options;

namespace EhcpQa.Web.Features.Notifications;

/// <summary>E-mails the outbox's due notifications (the "notifications" lease).</summary>
public sealed class NotificationSchedule(
    IServiceScopeFactory scopes,
    DatabaseReadiness readiness,
    JobLeases leases,
    TimeProvider clock,
    IOptions<EmailOptions> options,
    ILogger<NotificationSchedule> logger)
    : OutboxSendingJob(scopes, readiness, leases, clock, options, logger)
{
    public override string Name => "notifications";

    protected override Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<NotificationSending>().SendDueAsync(cancellationToken);
}
