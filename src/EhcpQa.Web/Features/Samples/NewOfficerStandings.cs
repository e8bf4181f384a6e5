using EhcpQa.Domain.Dashboards;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Sampling;
using EhcpQa.Domain.Staff;
using EhcpQa.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.Samples;

/// <summary>One caseworker's standing on the new-officer rule.</summary>
public sealed record CaseworkerStanding(string CaseworkerId, string Name, int? LocalityId, DateOnly? InPostSince, NewOfficerStanding Standing);

/// <summary>Reads every active caseworker's standing on the new-officer rule.</summary>
public static class NewOfficerStandings
{
    /// <summary>Each active caseworker's standing on <paramref name="rule"/> on <paramref name="today"/>, by name.</summary>
    public static async Task<IReadOnlyList<CaseworkerStanding>> OfCaseworkersAsync(
        EhcpQaDbContext db, NewOfficerRule rule, DateOnly today, CancellationToken cancellationToken)
    {
        var caseworkers = await db.Users.AsNoTracking()
            .Where(u => u.DisabledAt == null
                && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == StaffRole.Caseworker)))
            .Select(u => new { u.Id, u.DisplayName, u.LocalityId, u.InPostSince })
            .ToListAsync(cancellationToken);

        // Only the newest grades count, and only as many as the rule reads: they alone are read, a caseworker at
        // a time, rather than every sign-off grade of the authority.
        var wanted = rule.LastGradesAtBar ?? 0;
        var byCaseworker = new Dictionary<string, List<bool>>(StringComparer.Ordinal);
        if (wanted > 0)
        {
            foreach (var caseworker in caseworkers)
            {
                var newest = await db.AssuredGrades.AsNoTracking()
                    .Where(g => g.Level == AssuranceLevel.SignOff && db.Plans.Any(p => p.Id == g.PlanId && p.CaseworkerId == caseworker.Id))
                    .OrderByDescending(g => g.GivenAt).ThenByDescending(g => g.Id)
                    .Take(wanted)
                    .Select(g => new { g.Overall, g.PassesBar })
                    .ToListAsync(cancellationToken);
                byCaseworker[caseworker.Id] = [.. newest.Select(g => AssuredGrade.Reaches(g.Overall, g.PassesBar))];
            }
        }

        return caseworkers
            .Select(c => new CaseworkerStanding(c.Id, c.DisplayName, c.LocalityId, c.InPostSince,
                rule.StandingOf(c.InPostSince, byCaseworker.GetValueOrDefault(c.Id) ?? [], today)))
            .OrderByDescending(c => c.Standing.OnTheRule)
            .ThenBy(c => c.Name, StringComparer.CurrentCulture)
            .ToList();
    }
}
