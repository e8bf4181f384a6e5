using EhcpQa.Domain.Notifications;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Persistence.Notifications;

/// <summary>
/// Writes the notifications a save tells of into the same save, so they exist exactly when the change does:
/// each change to a plan that someone must hear of (<see cref="NotificationRules.ForPlanEvent"/>) becomes a
/// notification for each person of its audience (never the person who made the change), to be e-mailed
/// unless they chose otherwise.
/// </summary>
internal static class PlanNotifier
{
    public static async Task AddNotificationsAsync(EhcpQaDbContext db, CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        var events = db.ChangeTracker.Entries<PlanEvent>()
            .Where(e => e.State == EntityState.Added && NotificationRules.ForPlanEvent(e.Entity.Kind) is not null)
            .Select(e => e.Entity)
            .ToList();
        if (events.Count == 0)
        {
            return;
        }

        var plans = db.ChangeTracker.Entries<Plan>().Select(e => e.Entity).ToDictionary(p => p.Id);
        foreach (var planEvent in events)
        {
            if (!plans.TryGetValue(planEvent.PlanId, out var plan))
            {
                continue;
            }

            var notice = NotificationRules.ForPlanEvent(planEvent.Kind)!;
            var recipients = (await AudienceAsync(db, notice.Audience, plan, cancellationToken))
                .Where(id => !string.Equals(id, planEvent.ActorId, StringComparison.Ordinal))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (recipients.Count == 0)
            {
                continue;
            }

            var optedOut = await db.EmailOptOuts
                .Where(o => o.Kind == notice.Kind && recipients.Contains(o.UserId))
                .Select(o => o.UserId)
                .ToListAsync(cancellationToken);
            foreach (var recipient in recipients)
            {
                db.Notifications.Add(Notification.For(
                    recipient, notice.Kind, plan.Reference, NotificationRules.PathFor(notice.Kind, plan.Id), !optedOut.Contains(recipient), planEvent.At));
            }
        }
    }

    private static async Task<IReadOnlyList<string>> AudienceAsync(EhcpQaDbContext db, PlanAudience audience, Plan plan, CancellationToken cancellationToken) =>
        audience switch
        {
            PlanAudience.Caseworker => [plan.CaseworkerId],
            PlanAudience.LocalityManagers => await InRoleAsync(db, StaffRole.LocalityManager, plan.LocalityId, cancellationToken),
            _ => [.. await InRoleAsync(db, StaffRole.LocalityManager, plan.LocalityId, cancellationToken), .. await InRoleAsync(db, StaffRole.QaLead, null, cancellationToken)],
        };

    /// <summary>The active users in a role (in a locality, where one is given).</summary>
    private static Task<List<string>> InRoleAsync(EhcpQaDbContext db, string role, int? localityId, CancellationToken cancellationToken) =>
        (from user in db.Users
         where user.DisabledAt == null && (localityId == null || user.LocalityId == localityId)
         join userRole in db.UserRoles on user.Id equals userRole.UserId
         join held in db.Roles on userRole.RoleId equals held.Id
         where held.Name == role
         select user.Id).ToListAsync(cancellationToken);
}
