using EhcpQa.Domain.Dashboards;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Sampling;
using EhcpQa.Domain.Staff;
using EhcpQa.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.Samples;

/// <summary>One caseworker's standing on the new-officer rule.</summary>
public sealed record CaseworkerStanding(string CaseworkerId, string Name, int? LocalityId, DateOnly? InPostSince, NewOfficerStanding Standing);

/// <summary>Reads the new-officer rule in force and every active caseworker's standing on it.</summary>
public static class NewOfficerStandings
{
    /// <summary>The latest setting of the rule; null while none has been made.</summary>
    public static Task<NewOfficerRuleChange?> LatestNewOfficerRuleAsync(this EhcpQaDbContext db, CancellationToken cancellationToken) =>
        db.NewOfficerRuleChanges.AsNoTracking().OrderByDescending(c => c.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Each active caseworker's standing on <paramref name="rule"/> on <paramref name="today"/>, by name.</summary>
    public static async Task<IReadOnlyList<CaseworkerStanding>> OfCaseworkersAsync(
        EhcpQaDbContext db, NewOfficerRule rule, DateOnly today, CancellationToken cancellationToken)
    {
        var caseworkers = await db.Users.AsNoTracking()
            .Where(u => u.DisabledAt == null
                && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == StaffRole.Caseworker)))
            .Select(u => new { u.Id, u.DisplayName, u.LocalityId, u.InPostSince })
            .ToListAsync(cancellationToken);

        // Only the newest grades count, and only as many as the rule reads: at most that many a caseworker.
        var wanted = rule.LastGradesAtBar ?? 0;
        var grades = wanted == 0
            ? []
            : await db.AssuredGrades.AsNoTracking()
                .Where(g => g.Level == AssuranceLevel.SignOff)
                .Join(db.Plans, g => g.PlanId, p => p.Id, (g, p) => new { p.CaseworkerId, g.GivenAt, g.Id, g.Overall, g.PassesBar })
                .ToListAsync(cancellationToken);
        var byCaseworker = grades
            .GroupBy(g => g.CaseworkerId, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.OrderByDescending(x => x.GivenAt).ThenByDescending(x => x.Id).Take(wanted)
                    .Select(x => AssuredGrade.Reaches(x.Overall, x.PassesBar)).ToList(),
                StringComparer.Ordinal);

        return caseworkers
            .Select(c => new CaseworkerStanding(c.Id, c.DisplayName, c.LocalityId, c.InPostSince,
                rule.StandingOf(c.InPostSince, byCaseworker.GetValueOrDefault(c.Id) ?? [], today)))
            .OrderByDescending(c => c.Standing.OnTheRule)
            .ThenBy(c => c.Name, StringComparer.CurrentCulture)
            .ToList();
    }
}
