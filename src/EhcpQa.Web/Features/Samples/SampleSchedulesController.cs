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
/// QA leads set repeating samples: a composed rule drawn every month, 6 weeks, term or quarter by the service once each
/// window closes (<see cref="ScheduledSampling"/>). They list, change, pause and resume them.
/// </summary>
[Authorize(Policy = Policies.QaLeadWork)]
[Route("samples/schedules")]
public sealed class SampleSchedulesController(EhcpQaDbContext db, TimeProvider clock, ILogger<SampleSchedulesController> logger) : Controller
{
    private const string Changed = "Someone else changed this schedule while you were looking at it, so yours has not been saved. What you entered is still below: check the schedule, then save again.";

    private DateOnly Today => ServiceCalendar.DateOf(clock.GetUtcNow());

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var schedules = await db.SampleSchedules.AsNoTracking().OrderBy(s => s.Title).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        var localities = await db.Localities.AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.Name, cancellationToken);
        var rows = schedules.Select(s =>
        {
            var next = s.NextWindow();
            return new ScheduleRow(s.Id, s.Title, s.RepeatWords(), string.Join("; ", s.Rules.Words()),
                s.Theme.Words(s.Theme.LocalityId is { } l ? localities.GetValueOrDefault(l) : null), s.IsPaused, next.Words(), next.ClosedOn,
                s.Draws.OrderByDescending(d => d.PeriodStart).Select(d => (SampleWindow.Of(s.Repeat, d.PeriodStart, d.PeriodEnd).Words(), d.DipSampleId)).ToList());
        }).ToList();
        return View("Schedules", rows);
    }

    [HttpGet("new")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken)
    {
        var form = new ScheduleForm
        {
            Title = "Monthly dip sample",
            FirstWindowStart = DateInput.From(SampleWindow.Month(Today).Start),
            Size = "20",
        };
        return View("Schedule", await FormPageAsync(null, form, null, cancellationToken));
    }

    [HttpPost("new")]
    public async Task<IActionResult> Create([Bind(Prefix = "Form")] ScheduleForm form, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var schedule = SampleSchedule.Make(form.Title!, form.Repeat!.Value, form.FirstWindowFrom(), form.Theme(), form.Rules(), User.ToActor().UserId, clock.GetUtcNow());
                db.SampleSchedules.Add(schedule);
                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("Sample schedule {ScheduleId} made by {UserId}", schedule.Id, schedule.CreatedById);
                TempData["Success"] = $"The schedule is saved. Its first sample is drawn on {Day(schedule.NextWindow().ClosedOn)}";
                return RedirectToAction(nameof(Index));
            }
            catch (DomainRuleException refused)
            {
                ModelState.AddProblems("Form.", refused.Problems, nameof(ScheduleForm.Title));
            }
        }

        return View("Schedule", await FormPageAsync(null, form, null, cancellationToken));
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var schedule = await db.SampleSchedules.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        return schedule is null
            ? NotFound()
            : View("Schedule", await FormPageAsync(id, ScheduleForm.From(schedule, db.ConcurrencyTokenOf(schedule)), schedule, cancellationToken));
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Form")] ScheduleForm form, CancellationToken cancellationToken)
    {
        var schedule = await db.SampleSchedules.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (schedule is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            try
            {
                schedule.Change(form.Title!, form.Repeat!.Value, form.FirstWindowFrom(), form.Theme(), form.Rules(), User.ToActor().UserId, clock.GetUtcNow());
                db.ExpectConcurrencyToken(schedule, form.ConcurrencyToken);
                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("Sample schedule {ScheduleId} changed by {UserId}", id, schedule.ChangedById);
                TempData["Success"] = "The schedule is saved. Samples drawn from now follow it";
                return RedirectToAction(nameof(Index));
            }
            catch (DomainRuleException refused)
            {
                ModelState.AddProblems("Form.", refused.Problems, nameof(ScheduleForm.Title));
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError(string.Empty, Changed);
                ModelState.Remove($"Form.{nameof(ScheduleForm.ConcurrencyToken)}");
                db.ChangeTracker.Clear();
                schedule = await db.SampleSchedules.SingleAsync(s => s.Id == id, cancellationToken);
                form.ConcurrencyToken = db.ConcurrencyTokenOf(schedule);
            }
        }

        return View("Schedule", await FormPageAsync(id, form, schedule, cancellationToken));
    }

    /// <summary>Pauses a schedule, or resumes a paused one.</summary>
    [HttpPost("{id:int}/pause")]
    public async Task<IActionResult> Pause(int id, Guid concurrencyToken, CancellationToken cancellationToken)
    {
        var schedule = await db.SampleSchedules.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (schedule is null)
        {
            return NotFound();
        }

        try
        {
            if (schedule.IsPaused)
            {
                schedule.Resume(User.ToActor().UserId, clock.GetUtcNow());
            }
            else
            {
                schedule.Pause(User.ToActor().UserId, clock.GetUtcNow());
            }

            db.ExpectConcurrencyToken(schedule, concurrencyToken);
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Sample schedule {ScheduleId} {Paused} by {UserId}", id, schedule.IsPaused ? "paused" : "resumed", schedule.ChangedById);
            TempData["Success"] = schedule.IsPaused
                ? $"{schedule.Title} is paused: it draws nothing until you resume it"
                : $"{schedule.Title} is resumed: its next sample is drawn on {Day(schedule.NextWindow().ClosedOn)}";
        }
        catch (Exception refused) when (refused is DomainRuleException or DbUpdateConcurrencyException)
        {
            TempData["Error"] = "Someone else paused, resumed or changed this schedule while you were looking at it, so nothing has changed. Check it below.";
        }

        return RedirectToAction(nameof(Index));
    }

    private static string Day(DateOnly day) => day.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));

    private async Task<ScheduleFormPage> FormPageAsync(int? id, ScheduleForm form, SampleSchedule? schedule, CancellationToken cancellationToken)
    {
        var localities = await db.Localities.AsNoTracking().OrderBy(l => l.Name)
            .Select(l => new SelectListItem(l.Name, l.Id.ToString())).ToListAsync(cancellationToken);
        return new ScheduleFormPage(id, form, localities, schedule?.IsPaused ?? false, schedule?.Draws.Count > 0);
    }
}
