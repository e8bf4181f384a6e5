using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Moderation;
using EhcpQa.Domain.Notifications;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Persistence.Notifications;

/// <summary>
/// Writes the notifications a save tells of into the same save, so they exist exactly when the change does:
/// each change to a plan that someone must hear of (<see cref="NotificationRules.ForPlanEvent"/>) becomes a
/// notification for each person of its audience (never the person who made the change); plans given to a panel
/// member tell them once for the save; a plan's last moderation submitted tells the session's chair that the
/// panel can agree. Each is e-mailed unless its recipient chose otherwise.
/// </summary>
internal static class PlanNotifier
{
    public static async Task AddNotificationsAsync(EhcpQaDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        var notifications = new List<(string Recipient, NotificationKind Kind, string Reference, string Path, DateTimeOffset At)>();
        await FromPlanEventsAsync(db, notifications, cancellationToken);
        FromAssignments(db, notifications, now);
        await FromModerationsAsync(db, notifications, now, cancellationToken);
        FromSignOffGradings(db, notifications, now);
        if (notifications.Count == 0)
        {
            return;
        }

        var recipients = notifications.Select(n => n.Recipient).Distinct().ToList();
        var optedOut = (await db.EmailOptOuts
                .Where(o => recipients.Contains(o.UserId))
                .Select(o => new { o.UserId, o.Kind })
                .ToListAsync(cancellationToken))
            .Select(o => (o.UserId, o.Kind))
            .ToHashSet();
        foreach (var (recipient, kind, reference, path, at) in notifications)
        {
            db.Notifications.Add(Notification.For(recipient, kind, reference, path, !optedOut.Contains((recipient, kind)), at));
        }
    }

    private static async Task FromPlanEventsAsync(
        EhcpQaDbContext db, List<(string, NotificationKind, string, string, DateTimeOffset)> notifications, CancellationToken cancellationToken)
    {
        var events = db.ChangeTracker.Entries<PlanEvent>()
            .Where(e => e.State == EntityState.Added && NotificationRules.ForPlanEvent(e.Entity.Kind) is not null)
            .Select(e => e.Entity)
            .ToList();
        if (events.Count == 0)
        {
            return;
        }

        // Plans being added have no key yet (many at once in a register import), and nothing anyone waits to hear of.
        var plans = db.ChangeTracker.Entries<Plan>().Where(e => e.State != EntityState.Added).Select(e => e.Entity).ToDictionary(p => p.Id);
        foreach (var planEvent in events)
        {
            if (!plans.TryGetValue(planEvent.PlanId, out var plan))
            {
                continue;
            }

            var notice = NotificationRules.ForPlanEvent(planEvent.Kind)!;
            var audience = notice.Audience switch
            {
                PlanAudience.Caseworker => [plan.CaseworkerId],
                PlanAudience.LocalityManagers => await InRoleAsync(db, StaffRole.LocalityManager, plan.LocalityId, cancellationToken),
                _ => [.. await InRoleAsync(db, StaffRole.LocalityManager, plan.LocalityId, cancellationToken), .. await InRoleAsync(db, StaffRole.QaLead, null, cancellationToken)],
            };
            foreach (var recipient in audience.Where(id => !string.Equals(id, planEvent.ActorId, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal))
            {
                notifications.Add((recipient, notice.Kind, plan.Reference, NotificationRules.PathFor(notice.Kind, plan.Id), planEvent.At));
            }
        }
    }

    /// <summary>Plans given to a member in this save: one notification for each member of each session.</summary>
    private static void FromAssignments(EhcpQaDbContext db, List<(string, NotificationKind, string, string, DateTimeOffset)> notifications, DateTimeOffset now)
    {
        var added = db.ChangeTracker.Entries<PanelAssignment>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        if (added.Count == 0)
        {
            return;
        }

        foreach (var session in db.ChangeTracker.Entries<PanelSession>().Select(e => e.Entity))
        {
            var reference = NotificationRules.SessionReference(session.HeldOn);
            foreach (var moderator in session.Assignments.Where(a => added.Any(n => ReferenceEquals(n, a))).Select(a => a.ModeratorId).Distinct(StringComparer.Ordinal))
            {
                notifications.Add((moderator, NotificationKind.ModerationAssigned, reference, "/moderation", now));
            }
        }
    }

    /// <summary>A moderation submitted in this save that was the plan's last: the chair can now lead the panel to agree it.</summary>
    private static async Task FromModerationsAsync(
        EhcpQaDbContext db, List<(string, NotificationKind, string, string, DateTimeOffset)> notifications, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var submitted = db.ChangeTracker.Entries<Grading>()
            .Where(e => e.State == EntityState.Modified && e.Entity is { Purpose: GradingPurpose.Moderation, PanelSessionId: not null, IsSubmitted: true })
            .Where(e => e.Property(g => g.SubmittedAt).OriginalValue is null)
            .Select(e => e.Entity)
            .ToList();
        foreach (var moderation in submitted)
        {
            var sessionId = moderation.PanelSessionId!.Value;
            var session = await db.PanelSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
            if (session is null)
            {
                continue;
            }

            var assigned = session.Assignments.Where(a => a.PlanId == moderation.PlanId).Select(a => a.ModeratorId).ToHashSet(StringComparer.Ordinal);
            var done = (await db.Gradings.AsNoTracking()
                    .Where(g => g.PanelSessionId == sessionId && g.PlanId == moderation.PlanId && g.Purpose == GradingPurpose.Moderation && g.SubmittedAt != null)
                    .Select(g => g.GraderId)
                    .ToListAsync(cancellationToken))
                .Append(moderation.GraderId)
                .ToHashSet(StringComparer.Ordinal);
            if (assigned.Count > 0 && assigned.IsSubsetOf(done))
            {
                notifications.Add((session.ChairId, NotificationKind.ReadyToAgree, NotificationRules.SessionReference(session.HeldOn),
                    $"/moderation/sessions/{sessionId}/plans/{moderation.PlanId}", now));
            }
        }
    }

    /// <summary>A sign-off grading submitted in this save whose submission someone must hear of (<see cref="NotificationRules.ForSubmittedGrading"/>): after a second opinion, the first grader.</summary>
    private static void FromSignOffGradings(EhcpQaDbContext db, List<(string, NotificationKind, string, string, DateTimeOffset)> notifications, DateTimeOffset now)
    {
        var submitted = db.ChangeTracker.Entries<Grading>()
            .Where(e => e.State == EntityState.Modified && e.Entity is { PanelSessionId: null, IsSubmitted: true })
            .Where(e => e.Property(g => g.SubmittedAt).OriginalValue is null && NotificationRules.ForSubmittedGrading(e.Entity.Purpose) is not null)
            .Select(e => e.Entity)
            .ToList();
        if (submitted.Count == 0)
        {
            return;
        }

        var plans = db.ChangeTracker.Entries<Plan>().Where(e => e.State != EntityState.Added).Select(e => e.Entity).ToDictionary(p => p.Id);
        foreach (var grading in submitted)
        {
            if (plans.TryGetValue(grading.PlanId, out var plan)
                && plan.Versions.SingleOrDefault(v => v.Id == grading.PlanVersionId)?.FirstGraderId is { } firstGrader
                && !string.Equals(firstGrader, grading.GraderId, StringComparison.Ordinal))
            {
                var kind = NotificationRules.ForSubmittedGrading(grading.Purpose)!.Value;
                notifications.Add((firstGrader, kind, plan.Reference, NotificationRules.PathFor(kind, plan.Id), now));
            }
        }
    }

    /// <summary>The active users in a role (in a locality, where one is given).</summary>
    private static Task<List<string>> InRoleAsync(EhcpQaDbContext db, string role, int? localityId, CancellationToken cancellationToken) =>
        (from user in db.Users
         where user.DisabledAt == null && (localityId == null || user.LocalityId == localityId)
         join userRole in db.UserRoles on user.Id equals userRole.UserId
         join held in db.Roles on userRole.RoleId equals held.Id
         where held.Name == role
         select user.Id).ToListAsync(cancellationToken);
}
