using EhcpQa.Domain.Plans;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.Plans;

/// <summary>
/// How a page that records something on a plan's record (a review, its decision, an exception to the timescale) loads the
/// plan and saves the change: one way, so every such page refuses the same people and detects a change made meanwhile alike.
/// </summary>
public static class PlanRecordChanges
{
    /// <summary>The plan, tracked for a change; or the answer instead: not found, or forbidden to whoever may not change its record.</summary>
    public static async Task<(Plan? Plan, IActionResult? Refusal)> PlanToChangeAsync(
        this Controller controller, EhcpQaDbContext db, IAuthorizationService authorization, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(authorization);
        var plan = await db.Plans.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (plan is null)
        {
            return (null, controller.NotFound());
        }

        return (await authorization.AuthorizeAsync(controller.User, plan, PlanOperations.EditRecord)).Succeeded ? (plan, null) : (null, controller.Forbid());
    }

    /// <summary>
    /// Saves the change unless someone else changed the plan's record since the form was shown (<paramref name="concurrencyToken"/>):
    /// then says so on the page, saves nothing, and returns the plan as it now is; null once saved.
    /// </summary>
    /// <param name="doing">What the person was doing, as the message says it ("recording the review meeting").</param>
    public static async Task<Plan?> NotSavedAsync(
        this Controller controller, EhcpQaDbContext db, Plan plan, Guid concurrencyToken, string doing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(plan);
        db.ExpectConcurrencyToken(plan, concurrencyToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            controller.ModelState.AddModelError(string.Empty,
                $"Someone else changed this plan's record while you were {doing}, so nothing has been saved. " +
                "What you entered is still below: check the plan as it is now, then save again to keep it.");
            db.ChangeTracker.Clear();
            return await db.Plans.SingleAsync(p => p.Id == plan.Id, cancellationToken);
        }
    }
}
