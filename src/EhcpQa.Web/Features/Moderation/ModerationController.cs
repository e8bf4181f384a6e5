using EhcpQa.Domain.Plans;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.Moderation;

/// <summary>
/// A moderator's own work: the plans assigned to them in moderation sessions, pseudonymised (no initials,
/// no date of birth, no caseworker: the year group and phase stand in for the child's age).
/// </summary>
[Authorize(Policy = Policies.Moderation)]
[Route("moderation")]
public sealed class ModerationController(EhcpQaDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var me = User.ToActor().UserId;
        var sessions = await db.PanelSessions.AsNoTracking()
            .Where(s => s.Assignments.Any(a => a.ModeratorId == me))
            .OrderByDescending(s => s.HeldOn)
            .ToListAsync(cancellationToken);
        var planIds = sessions.SelectMany(s => s.PlansOf(me)).Distinct().ToList();
        var plans = await db.Plans.AsNoTracking().Where(p => planIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);

        var rows = sessions.SelectMany(s => s.PlansOf(me).Where(plans.ContainsKey).Select(id =>
        {
            var plan = plans[id];
            var on = plan.IssuedOn ?? s.HeldOn;
            return new AssignedPlanRow(s.Id, s.HeldOn, s.Theme, ModerationCode.For(s.Id, id), SchoolYear.YearGroupName(plan.YearGroupOn(on)),
                plan.PhaseOn(on), plan.PrimaryArea, plan.Setting);
        })).ToList();
        return View(rows);
    }
}

/// <summary>A plan as a moderator sees it in their list: pseudonymised.</summary>
public sealed record AssignedPlanRow(int SessionId, DateOnly HeldOn, string? Theme, string Code, string YearGroup, Phase Phase, BroadAreaOfNeed Need, SettingType Setting);

/// <summary>The pseudonym a plan carries in a moderation session, in place of its reference.</summary>
public static class ModerationCode
{
    public static string For(int sessionId, int planId) =>
        $"S{sessionId}-{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(((long)sessionId << 32) | (uint)planId)))[..6]}";
}
