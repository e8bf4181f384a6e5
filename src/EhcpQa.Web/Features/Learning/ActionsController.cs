using EhcpQa.Domain;
using EhcpQa.Domain.Moderation;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.Learning;

/// <summary>QA leads follow up the actions arising from every moderation session: one list, and each action's page to change or close it.</summary>
[Authorize(Policy = Policies.QaLeadWork)]
[Route("actions")]
public sealed class ActionsController(EhcpQaDbContext db, TimeProvider clock, ILogger<ActionsController> logger) : Controller
{
    private const string FormPrefix = "Form.";

    private DateOnly Today => ServiceCalendar.DateOf(clock.GetUtcNow());

    /// <summary>Every action, filtered by <c>?show=open|overdue|done</c> (read straight from the query, so a stray value simply shows all).</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var show = ActionListPage.Parse(Request.Query["show"]);
        var today = Today;
        var actions = db.ImprovementActions.AsNoTracking();
        var filtered = show switch
        {
            ActionFilter.Open => actions.Where(a => a.Status != ActionStatus.Done),
            ActionFilter.Overdue => actions.Where(ImprovementAction.OverdueOn(today)),
            ActionFilter.Done => actions.Where(a => a.Status == ActionStatus.Done),
            _ => actions,
        };

        var byStatus = await actions.GroupBy(a => a.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var counts = new Dictionary<ActionFilter, int>
        {
            [ActionFilter.All] = byStatus.Sum(s => s.Count),
            [ActionFilter.Open] = byStatus.Where(s => s.Key != ActionStatus.Done).Sum(s => s.Count),
            [ActionFilter.Overdue] = await actions.CountAsync(ImprovementAction.OverdueOn(today), cancellationToken),
            [ActionFilter.Done] = byStatus.Where(s => s.Key == ActionStatus.Done).Sum(s => s.Count),
        };
        return View("ActionList", new ActionListPage(show, await ActionList.RowsAsync(db, filtered, today, cancellationToken), counts));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var action = await db.ImprovementActions.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        return action is null ? NotFound() : View("ActionEdit", await PageAsync(action, ActionForm.From(action, db.ConcurrencyTokenOf(action)), cancellationToken));
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Form")] ActionForm form, CancellationToken cancellationToken)
    {
        var action = await db.ImprovementActions.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (action is null)
        {
            return NotFound();
        }

        var heldOn = await SessionDateAsync(action, cancellationToken);

        // The validator has checked everything but the one rule that needs the session: not due before it.
        if (form.DueOn.TryGetDate(out _))
        {
            foreach (var problem in form.ToDetails().Problems(heldOn).Where(p => p.Detail == nameof(ActionDetails.DueOn)))
            {
                ModelState.AddModelError(FormPrefix + problem.Detail, problem.Message);
            }
        }

        if (ModelState.IsValid)
        {
            try
            {
                var userId = User.ToActor().UserId;
                var wasDone = action.Status == ActionStatus.Done;
                action.Update(form.ToDetails(), form.Status!.Value, form.ClosingNote, heldOn, userId, clock.GetUtcNow());
                db.ExpectConcurrencyToken(action, form.ConcurrencyToken);
                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("Action {ActionId} updated by {UserId}: status {Status}", id, userId, action.Status);
                TempData["Success"] = action.Status == ActionStatus.Done && !wasDone ? "The action has been marked as done" : "The action has been updated";
                return RedirectToAction(nameof(Edit), new { id });
            }
            catch (DomainRuleException refused)
            {
                ModelState.AddModelError(FormPrefix + nameof(ActionForm.Status), refused.Message);
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError(string.Empty,
                    "Someone else changed this action while you were editing it, so your changes have not been saved. " +
                    "Your changes are still below: check the action as it is now, then save again to keep them.");

                // Keep what they typed; a second save is made against the action as it now is.
                db.ChangeTracker.Clear();
                action = await db.ImprovementActions.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
                if (action is null)
                {
                    return NotFound();
                }

                ModelState.Remove(FormPrefix + nameof(ActionForm.ConcurrencyToken));
                form.ConcurrencyToken = db.ConcurrencyTokenOf(action);
            }
        }

        if (db.Entry(action).State != EntityState.Unchanged)
        {
            db.ChangeTracker.Clear();
            action = await db.ImprovementActions.SingleAsync(a => a.Id == id, cancellationToken);
        }

        return View("ActionEdit", await PageAsync(action, form, cancellationToken));
    }

    private Task<DateOnly> SessionDateAsync(ImprovementAction action, CancellationToken cancellationToken) =>
        db.PanelSessions.Where(s => s.Id == action.PanelSessionId).Select(s => s.HeldOn).SingleAsync(cancellationToken);

    private async Task<ActionPage> PageAsync(ImprovementAction action, ActionForm form, CancellationToken cancellationToken)
    {
        var people = action.History.Select(c => c.ById).Append(action.RaisedById).Distinct().ToList();
        var names = await db.DisplayNamesAsync(people, cancellationToken);
        var history = action.History
            .Select(c => new ActionHistoryRow(c.At, ActionList.Describe(c), names.GetValueOrDefault(c.ById, "Unknown"), c.Note))
            .Reverse()
            .ToList();
        return new ActionPage(
            action,
            await SessionDateAsync(action, cancellationToken),
            names.GetValueOrDefault(action.RaisedById, "Unknown"),
            action.ClosedById is null ? null : names.GetValueOrDefault(action.ClosedById, "Unknown"),
            action.IsOverdueOn(Today),
            history,
            form);
    }
}
