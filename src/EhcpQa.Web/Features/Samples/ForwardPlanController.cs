using EhcpQa.Domain;
using EhcpQa.Domain.Sampling;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Infrastructure.Forms;
using EhcpQa.Web.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.Samples;

/// <summary>
/// The forward plan of themed audits: QA leads plan an audit's theme for a coming window (next term, say), optionally
/// for a schedule to draw, change or cancel it, and see each done with the sample drawn for it.
/// </summary>
[Authorize(Policy = Policies.QaLeadWork)]
[Route("samples/forward-plan")]
public sealed class ForwardPlanController(EhcpQaDbContext db, TimeProvider clock, ILogger<ForwardPlanController> logger) : Controller
{
    private const string Changed = "Someone else changed this audit while you were looking at it, so yours has not been saved. What you entered is still below: check the audit, then save again.";

    private DateOnly Today => ServiceCalendar.DateOf(clock.GetUtcNow());

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View("ForwardPlan", await RowsAsync(db, cancellationToken));

    [HttpGet("new")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken)
    {
        var form = new PlannedAuditForm { WindowFrom = DateInput.From(SampleWindow.TermOf(Today).Following().Start) };
        return View("PlannedAudit", await FormPageAsync(null, form, cancellationToken));
    }

    [HttpPost("new")]
    public async Task<IActionResult> Create([Bind(Prefix = "Form")] PlannedAuditForm form, CancellationToken cancellationToken)
    {
        var schedule = await ScheduleAsync(form, cancellationToken);
        if (ModelState.IsValid)
        {
            try
            {
                var audit = PlannedAudit.Plan(form.ThemeTitle!, form.Theme(), form.PlannedWindow(), schedule, form.Notes, User.ToActor().UserId, clock.GetUtcNow());
                db.PlannedAudits.Add(audit);
                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("Audit {AuditId} planned by {UserId}", audit.Id, audit.CreatedById);
                TempData["Success"] = $"{audit.ThemeTitle} is planned for {audit.Window.Words()}";
                return RedirectToAction(nameof(Index));
            }
            catch (DomainRuleException refused)
            {
                ModelState.AddProblems("Form.", refused.Problems, nameof(PlannedAuditForm.ThemeTitle));
            }
        }

        return View("PlannedAudit", await FormPageAsync(null, form, cancellationToken));
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var audit = await db.PlannedAudits.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        return audit is null
            ? NotFound()
            : View("PlannedAudit", await FormPageAsync(id, PlannedAuditForm.From(audit, db.ConcurrencyTokenOf(audit)), cancellationToken));
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Form")] PlannedAuditForm form, CancellationToken cancellationToken)
    {
        var audit = await db.PlannedAudits.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (audit is null)
        {
            return NotFound();
        }

        var schedule = await ScheduleAsync(form, cancellationToken);
        if (ModelState.IsValid)
        {
            try
            {
                audit.Change(form.ThemeTitle!, form.Theme(), form.PlannedWindow(), schedule, form.Notes, User.ToActor().UserId, clock.GetUtcNow());
                db.ExpectConcurrencyToken(audit, form.ConcurrencyToken);
                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("Planned audit {AuditId} changed by {UserId}", id, audit.ChangedById);
                TempData["Success"] = $"{audit.ThemeTitle} is planned for {audit.Window.Words()}";
                return RedirectToAction(nameof(Index));
            }
            catch (DomainRuleException refused)
            {
                ModelState.AddProblems("Form.", refused.Problems, nameof(PlannedAuditForm.ThemeTitle));
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError(string.Empty, Changed);
                ModelState.Remove($"Form.{nameof(PlannedAuditForm.ConcurrencyToken)}");
                db.ChangeTracker.Clear();
                form.ConcurrencyToken = db.ConcurrencyTokenOf(await db.PlannedAudits.SingleAsync(a => a.Id == id, cancellationToken));
            }
        }

        return View("PlannedAudit", await FormPageAsync(id, form, cancellationToken));
    }

    [HttpPost("{id:int}/cancel")]
    public async Task<IActionResult> Cancel(int id, Guid concurrencyToken, CancellationToken cancellationToken)
    {
        var audit = await db.PlannedAudits.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (audit is null)
        {
            return NotFound();
        }

        try
        {
            audit.Cancel(User.ToActor().UserId, clock.GetUtcNow());
            db.ExpectConcurrencyToken(audit, concurrencyToken);
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Planned audit {AuditId} cancelled by {UserId}", id, audit.ChangedById);
            TempData["Success"] = $"{audit.ThemeTitle} in {audit.Window.Words()} is cancelled";
        }
        catch (Exception refused) when (refused is DomainRuleException or DbUpdateConcurrencyException)
        {
            TempData["Error"] = "Someone else changed, cancelled or drew this audit while you were looking at it, so it has not been cancelled. Check it below.";
        }

        return RedirectToAction(nameof(Index));
    }

    /// <summary>The forward plan, by window (soonest first): every audit, planned, done or cancelled.</summary>
    public static async Task<IReadOnlyList<PlannedAuditRow>> RowsAsync(EhcpQaDbContext db, CancellationToken cancellationToken, DateOnly? endingFrom = null, int? take = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        var query = db.PlannedAudits.AsNoTracking();
        if (endingFrom is { } from)
        {
            query = query.Where(a => a.Status == PlannedAuditStatus.Planned && a.PeriodEnd >= from);
        }

        query = query.OrderBy(a => a.PeriodStart).ThenBy(a => a.Id);
        var audits = await (take is { } count ? query.Take(count) : query).ToListAsync(cancellationToken);
        var schedules = await db.SampleSchedules.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Title, cancellationToken);
        var localities = await db.Localities.AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.Name, cancellationToken);
        return audits.Select(a => new PlannedAuditRow(a.Id, a.Window.Words(), a.PeriodStart, a.ThemeTitle,
                a.Theme.Words(a.Theme.LocalityId is { } l ? localities.GetValueOrDefault(l) : null),
                a.SampleScheduleId is { } s ? schedules.GetValueOrDefault(s) : null, a.Status, a.Notes, a.DipSampleId))
            .ToList();
    }

    /// <summary>The schedule chosen on the form, or null; a schedule that does not exist is an error beside the field.</summary>
    private async Task<SampleSchedule?> ScheduleAsync(PlannedAuditForm form, CancellationToken cancellationToken)
    {
        if (form.SampleScheduleId is not { } scheduleId)
        {
            return null;
        }

        var schedule = await db.SampleSchedules.AsNoTracking().SingleOrDefaultAsync(s => s.Id == scheduleId, cancellationToken);
        if (schedule is null)
        {
            ModelState.AddModelError($"Form.{nameof(PlannedAuditForm.SampleScheduleId)}", "Select a schedule from the list");
        }

        return schedule;
    }

    private async Task<PlannedAuditFormPage> FormPageAsync(int? id, PlannedAuditForm form, CancellationToken cancellationToken)
    {
        var localities = await db.Localities.AsNoTracking().OrderBy(l => l.Name)
            .Select(l => new SelectListItem(l.Name, l.Id.ToString())).ToListAsync(cancellationToken);
        var schedules = (await db.SampleSchedules.AsNoTracking().OrderBy(s => s.Title).ToListAsync(cancellationToken))
            .Select(s => new SelectListItem($"{s.Title} ({s.RepeatWords().ToLowerInvariant()})", s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        return new PlannedAuditFormPage(id, form, localities, schedules);
    }
}
