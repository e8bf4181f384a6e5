using System.Globalization;
using EhcpQa.Domain;
using EhcpQa.Domain.Moderation;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Infrastructure.Forms;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.Learning;

/// <summary>QA leads follow up the actions arising from every moderation session: one list, and each action's page to change or close it.</summary>
[Authorize(Policy = Policies.QaLeadWork)]
[Route("actions")]
public sealed class ActionsController(EhcpQaDbContext db, TimeProvider clock, ILogger<ActionsController> logger) : Controller
{
    private const string FormPrefix = "Form.";
    private const string ReauditPrefix = "Reaudit.";
    private const string ReauditSamplePrefix = "ReauditSample.";

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
            ModelState.AddProblems(FormPrefix, form.ToDetails().Problems(heldOn).Where(p => p.Field == nameof(ActionDetails.DueOn)), nameof(ActionForm.Description));
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
                ModelState.AddProblems(FormPrefix, refused.Problems, nameof(ActionForm.Status));
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

    /// <summary>Names the action's re-audit, or changes it: the theme of the later sample, when it is due and what it looks for.</summary>
    [HttpPost("{id:int}/reaudit")]
    public async Task<IActionResult> Reaudit(int id, [Bind(Prefix = "Reaudit")] ReauditForm form, CancellationToken cancellationToken)
    {
        var action = await db.ImprovementActions.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (action is null)
        {
            return NotFound();
        }

        // The validator has checked everything but the one rule that needs the action: not due before it was raised.
        if (form.DueBy.TryGetDate(out var dueBy))
        {
            ModelState.AddProblems(ReauditPrefix, ImprovementAction.ReauditProblems(form.Focus, dueBy, action.RaisedOn).Where(p => p.Field == "DueBy"), nameof(ReauditForm.Focus));
        }

        if (ModelState.IsValid)
        {
            try
            {
                var userId = User.ToActor().UserId;
                var named = action.HasReaudit;
                action.PlanReaudit(form.Theme(), dueBy, userId, clock.GetUtcNow(), form.Focus);
                db.ExpectConcurrencyToken(action, form.ConcurrencyToken);
                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("Re-audit of action {ActionId} {What} by {UserId}", id, named ? "changed" : "named", userId);
                TempData["Success"] = named ? "The re-audit has been changed" : "The re-audit has been named";
                return RedirectToAction(nameof(Edit), new { id });
            }
            catch (DomainRuleException refused)
            {
                ModelState.AddProblems(ReauditPrefix, refused.Problems, nameof(ReauditForm.Focus));
                db.ChangeTracker.Clear();
                action = await db.ImprovementActions.SingleAsync(a => a.Id == id, cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // What they typed stays on the page; a second try is made against the action as it now is.
                ModelState.AddModelError(ReauditPrefix + nameof(ReauditForm.Kind),
                    "Someone else changed this action while you were looking at it, so the re-audit has not been changed. " +
                    "The page shows the action as it is now: check it, then make your change again.");
                action = await ReloadAsync(id, cancellationToken);
                ModelState.Remove(ReauditPrefix + nameof(ReauditForm.ConcurrencyToken));
                form.ConcurrencyToken = db.ConcurrencyTokenOf(action);
            }
        }

        return View("ActionEdit", await PageAsync(action, ActionForm.From(action, db.ConcurrencyTokenOf(action)), cancellationToken, reaudit: form));
    }

    /// <summary>Chooses the later sample that re-audits the action, among those the domain allows.</summary>
    [HttpPost("{id:int}/reaudit/sample")]
    public async Task<IActionResult> ReauditSample(int id, [Bind(Prefix = "ReauditSample")] ReauditSampleForm form, CancellationToken cancellationToken)
    {
        var action = await db.ImprovementActions.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (action is null)
        {
            return NotFound();
        }

        var sample = form.SampleId is { } sampleId ? await db.DipSamples.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sampleId, cancellationToken) : null;
        if (form.SampleId is not null && sample is null)
        {
            ModelState.AddModelError(ReauditSamplePrefix + nameof(ReauditSampleForm.SampleId), "Select the sample that re-audits the action");
        }

        if (ModelState.IsValid)
        {
            try
            {
                var userId = User.ToActor().UserId;
                action.LinkReauditSample(sample!, userId, clock.GetUtcNow());
                db.ExpectConcurrencyToken(action, form.ConcurrencyToken);
                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("Sample {SampleId} chosen as the re-audit of action {ActionId} by {UserId}", sample!.Id, id, userId);
                TempData["Success"] = "The re-audit sample has been chosen";
                return RedirectToAction(nameof(Edit), new { id });
            }
            catch (DomainRuleException refused)
            {
                ModelState.AddProblems(ReauditSamplePrefix, refused.Problems, nameof(ReauditSampleForm.SampleId));
                db.ChangeTracker.Clear();
                action = await db.ImprovementActions.SingleAsync(a => a.Id == id, cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError(ReauditSamplePrefix + nameof(ReauditSampleForm.SampleId),
                    "Someone else changed this action while you were looking at it, so the re-audit has not been changed. " +
                    "The page shows the action as it is now: check it, then make your change again.");
                action = await ReloadAsync(id, cancellationToken);
                ModelState.Remove(ReauditSamplePrefix + nameof(ReauditSampleForm.ConcurrencyToken));
                form.ConcurrencyToken = db.ConcurrencyTokenOf(action);
            }
        }

        return View("ActionEdit", await PageAsync(action, ActionForm.From(action, db.ConcurrencyTokenOf(action)), cancellationToken, reauditSample: form));
    }

    /// <summary>Removes the action's re-audit; its history keeps that there was one.</summary>
    [HttpPost("{id:int}/reaudit/remove")]
    public async Task<IActionResult> RemoveReaudit(int id, Guid concurrencyToken, CancellationToken cancellationToken)
    {
        var action = await db.ImprovementActions.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (action is null)
        {
            return NotFound();
        }

        if (action.HasReaudit)
        {
            var userId = User.ToActor().UserId;
            action.ClearReaudit(userId, clock.GetUtcNow());
            db.ExpectConcurrencyToken(action, concurrencyToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                action = await ReloadAsync(id, cancellationToken);
                ModelState.AddModelError(string.Empty,
                    "Someone else changed this action while you were looking at it, so the re-audit has not been removed. " +
                    "The page shows the action as it is now: check it, then remove the re-audit again if you still mean to.");
                return View("ActionEdit", await PageAsync(action, ActionForm.From(action, db.ConcurrencyTokenOf(action)), cancellationToken));
            }

            logger.LogInformation("Re-audit of action {ActionId} removed by {UserId}", id, userId);
            TempData["Success"] = "The re-audit has been removed";
        }

        return RedirectToAction(nameof(Edit), new { id });
    }

    /// <summary>The action as it now is, after a save refused because someone else changed it meanwhile.</summary>
    private async Task<ImprovementAction> ReloadAsync(int id, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.ImprovementActions.SingleAsync(a => a.Id == id, cancellationToken);
    }

    private Task<DateOnly> SessionDateAsync(ImprovementAction action, CancellationToken cancellationToken) =>
        db.PanelSessions.Where(s => s.Id == action.PanelSessionId).Select(s => s.HeldOn).SingleAsync(cancellationToken);

    private async Task<ActionPage> PageAsync(
        ImprovementAction action, ActionForm form, CancellationToken cancellationToken, ReauditForm? reaudit = null, ReauditSampleForm? reauditSample = null)
    {
        var people = action.History.Select(c => c.ById).Append(action.RaisedById).Distinct().ToList();
        var names = await StaffNames.LoadAsync(db, people, cancellationToken);
        var history = action.History
            .Select(c => new ActionHistoryRow(c.At, ActionList.Describe(c), names.Of(c.ById), c.Note))
            .Reverse()
            .ToList();
        return new ActionPage(
            action,
            await SessionDateAsync(action, cancellationToken),
            names.Of(action.RaisedById),
            action.ClosedById is null ? null : names.Of(action.ClosedById),
            action.IsOverdueOn(Today),
            history,
            form,
            reaudit ?? ReauditForm.From(action, db.ConcurrencyTokenOf(action)),
            reauditSample ?? new ReauditSampleForm { SampleId = action.ReauditSampleId, ConcurrencyToken = db.ConcurrencyTokenOf(action) },
            await ReauditSectionAsync(action, cancellationToken),
            db.ConcurrencyTokenOf(action));
    }

    /// <summary>
    /// The action's re-audit section: the samples that may be its re-audit (by the domain's rule), the sample chosen,
    /// and the result: what the panels of the chosen sample agreed, beside what the action's session agreed for its
    /// plans of the theme, both read from the assured grades the panels recorded.
    /// </summary>
    private async Task<ReauditSection> ReauditSectionAsync(ImprovementAction action, CancellationToken cancellationToken)
    {
        var localities = await db.Localities.AsNoTracking().OrderBy(l => l.Name).Select(l => new { l.Id, l.Name }).ToListAsync(cancellationToken);
        var localityItems = localities.Select(l => new SelectListItem(l.Name, l.Id.ToString(CultureInfo.InvariantCulture))).ToList();
        var theme = action.ReauditTheme;
        var themeWords = theme.Words(theme.LocalityId is { } localityId ? localities.FirstOrDefault(l => l.Id == localityId)?.Name : null);

        var samples = action.HasReaudit
            ? await db.DipSamples.AsNoTracking().Select(s => new { s.Id, s.Title, s.DrawnAt, s.Theme }).ToListAsync(cancellationToken)
            : [];
        var english = CultureInfo.GetCultureInfo("en-GB");
        var eligible = samples
            .Where(s => action.MayBeReauditedBy(s.DrawnAt, s.Theme))
            .OrderByDescending(s => s.DrawnAt)
            .Select(s => new SelectListItem($"{s.Title} (drawn {ServiceCalendar.DateOf(s.DrawnAt).ToString("d MMMM yyyy", english)})", s.Id.ToString(CultureInfo.InvariantCulture)))
            .ToList();

        ReauditSampleLink? chosen = null;
        ReauditResult? result = null;
        if (action.ReauditSampleId is { } sampleId)
        {
            var sample = await db.DipSamples.AsNoTracking().SingleAsync(s => s.Id == sampleId, cancellationToken);
            chosen = new ReauditSampleLink(sample.Id, sample.Title);
            var sessionIds = await db.PanelSessions.Where(s => s.DipSampleId == sampleId).Select(s => s.Id).ToListAsync(cancellationToken);
            var reaudited = await AgreedAsync(db.AssuredGrades.Where(a => a.PanelSessionId != null && sessionIds.Contains(a.PanelSessionId.Value)), cancellationToken);
            var inSession = await AgreedAsync(db.AssuredGrades.Where(a => a.PanelSessionId == action.PanelSessionId), cancellationToken);
            var planIds = inSession.Select(r => r.PlanId).Distinct().ToList();
            var plans = await db.Plans.AsNoTracking().Where(p => planIds.Contains(p.Id)).ToListAsync(cancellationToken);
            var ofTheTheme = plans.Where(p => theme.Admits(p, p.InForceSince ?? p.RequestDate)).Select(p => p.Id).ToHashSet();
            result = ReauditResult.Of(sample.Items.Count, reaudited, inSession.Where(r => ofTheTheme.Contains(r.PlanId)));
        }

        var query = new Dictionary<string, string?>
        {
            ["kind"] = theme.Kind?.ToString(),
            ["cohort"] = theme.Cohort?.ToString(),
            ["phase"] = theme.Phase?.ToString(),
            ["need"] = theme.Need?.ToString(),
            ["setting"] = theme.Setting?.ToString(),
            ["localityId"] = theme.LocalityId?.ToString(CultureInfo.InvariantCulture),
        }.Where(p => p.Value is not null);
        var drawUrl = QueryHelpers.AddQueryString("/samples/new", query);

        return new ReauditSection(localityItems, eligible, themeWords, chosen, result, action.IsReauditOverdueOn(Today), drawUrl);
    }

    private static Task<List<AgreedGradeRecord>> AgreedAsync(IQueryable<Domain.Plans.AssuredGrade> grades, CancellationToken cancellationToken) =>
        grades.AsNoTracking()
            .Select(a => new AgreedGradeRecord(a.PlanId, a.Overall, a.GradeOnForm, a.PassesBar, a.GivenAt))
            .ToListAsync(cancellationToken);
}
