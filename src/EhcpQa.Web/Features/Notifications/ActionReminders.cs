using EhcpQa.Domain;
using EhcpQa.Domain.Moderation;
using EhcpQa.Domain.Notifications;
using EhcpQa.Web.Infrastructure.Scheduling;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Leases;
using EhcpQa.Web.Persistence.Seeding;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.Notifications;

/// <summary>
/// Tells whoever raised an open improvement action when it falls due within a week, and again when it is
/// overdue (<see cref="NotificationRules.ReminderFor"/>), once each for each due date.
/// </summary>
public sealed class ActionReminding(EhcpQaDbContext db, TimeProvider clock, ILogger<ActionReminding> logger)
{
    /// <summary>Adds the reminders due today that were not given before; answers how many.</summary>
    public async Task<int> RemindAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = ServiceCalendar.DateOf(now);
        var open = await db.ImprovementActions.AsNoTracking()
            .Where(ImprovementAction.DueSoonOrOverdueOn(today))
            .ToListAsync(cancellationToken);
        var given = (await db.Notifications.AsNoTracking()
                .Where(n => n.Kind == NotificationKind.ActionDue || n.Kind == NotificationKind.ActionOverdue)
                .Select(n => new { n.RecipientId, n.Kind, n.Reference })
                .ToListAsync(cancellationToken))
            .Select(n => (n.RecipientId, n.Kind, n.Reference))
            .ToHashSet();
        var optedOut = (await db.EmailOptOuts.AsNoTracking()
                .Where(o => o.Kind == NotificationKind.ActionDue || o.Kind == NotificationKind.ActionOverdue)
                .Select(o => new { o.UserId, o.Kind })
                .ToListAsync(cancellationToken))
            .Select(o => (o.UserId, o.Kind))
            .ToHashSet();
        var added = 0;
        foreach (var action in open)
        {
            if (NotificationRules.ReminderFor(action, today) is not { } kind)
            {
                continue;
            }

            var reference = NotificationRules.ActionReference(action.Id, action.DueOn);
            if (given.Add((action.RaisedById, kind, reference)))
            {
                db.Notifications.Add(Notification.For(action.RaisedById, kind, reference, $"/actions/{action.Id}", !optedOut.Contains((action.RaisedById, kind)), now));
                added++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        if (added > 0)
        {
            logger.LogInformation("Reminded of {Count} improvement actions due or overdue", added);
        }

        return added;
    }
}

/// <summary>Checks every hour, on one instance at a time, for improvement actions to remind people of. <c>Notifications:Reminders</c> = false switches it off.</summary>
public sealed class ActionReminders(
    IServiceScopeFactory scopes,
    DatabaseReadiness readiness,
    JobLeases leases,
    TimeProvider clock,
    IConfiguration configuration,
    ILogger<ActionReminders> logger)
    : ScheduledJob(scopes, readiness, leases, clock, logger)
{
    public override string Name => "action-reminders";

    public override TimeSpan Interval => TimeSpan.FromHours(1);

    protected override bool IsEnabled => configuration.GetValue("Notifications:Reminders", true);

    protected override Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<ActionReminding>().RemindAsync(cancellationToken);
}
