using System.ComponentModel.DataAnnotations;
using EhcpQa.Domain.Advice;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Infrastructure.Forms;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Identity;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.Advice;

/// <summary>
/// The QA lead records when the authority's schools and colleges close for 4 weeks or more (<see cref="SchoolClosure"/>),
/// so that advice asked of a school in the weeks the law exempts is pointed out where the 20-week exception is recorded.
/// A closure recorded wrongly is removed, keeping who did it and when.
/// </summary>
[Authorize(Policy = Policies.QaLeadWork)]
[Route("advice/school-closures")]
public sealed class SchoolClosuresController(EhcpQaDbContext db, TimeProvider clock, ILogger<SchoolClosuresController> logger) : Controller
{
    private const string Page = "SchoolClosures";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(Page, await PageAsync(new SchoolClosureForm(), cancellationToken));

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Record([Bind(Prefix = "Form")] SchoolClosureForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (ModelState.IsValid)
        {
            var recorded = await db.SchoolClosures.Where(c => c.RemovedAt == null).ToListAsync(cancellationToken);
            ModelState.AddProblems("Form.", SchoolClosure.Problems(form.Name, form.ClosesDate, form.ReopensDate, recorded), nameof(SchoolClosureForm.Name));
            if (ModelState.IsValid)
            {
                var closure = SchoolClosure.Record(form.Name, form.ClosesDate, form.ReopensDate, recorded, User.ToActor().UserId, clock.GetUtcNow());
                db.SchoolClosures.Add(closure);
                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("School closure {ClosureId} recorded by {UserId}", closure.Id, User.ToActor().UserId);
                TempData["Success"] = $"{closure.Name} has been recorded";
                return RedirectToAction(nameof(Index));
            }
        }

        return View(Page, await PageAsync(form, cancellationToken));
    }

    [HttpPost("{id:int}/remove")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Remove(int id, CancellationToken cancellationToken)
    {
        var closure = await db.SchoolClosures.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (closure is null || closure.IsRemoved)
        {
            ModelState.AddModelError("Form.Name", "That closure has been removed already, or was never recorded: the list shows those recorded now");
            return View(Page, await PageAsync(new SchoolClosureForm(), cancellationToken));
        }

        closure.Remove(User.ToActor().UserId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("School closure {ClosureId} removed by {UserId}", closure.Id, User.ToActor().UserId);
        TempData["Success"] = $"{closure.Name} has been removed";
        return RedirectToAction(nameof(Index));
    }

    private async Task<SchoolClosuresPage> PageAsync(SchoolClosureForm form, CancellationToken cancellationToken)
    {
        var closures = await db.SchoolClosures.AsNoTracking().Where(c => c.RemovedAt == null).OrderByDescending(c => c.ClosesOn).ToListAsync(cancellationToken);
        return new SchoolClosuresPage(form, closures, await StaffNames.LoadAsync(db, closures.Select(c => c.RecordedById), cancellationToken));
    }
}

public sealed record SchoolClosuresPage(SchoolClosureForm Form, IReadOnlyList<SchoolClosure> Closures, StaffNames Names);

/// <summary>A closure as entered: its name and its two dates.</summary>
public sealed class SchoolClosureForm
{
    [Display(Name = "Name")]
    public string? Name { get; set; }

    [Display(Name = "First day the schools are closed")]
    public DateInput ClosesOn { get; set; } = new();

    [Display(Name = "Day the schools re-open")]
    public DateInput ReopensOn { get; set; } = new();

    public DateOnly? ClosesDate => ClosesOn.TryGetDate(out var date) ? date : null;

    public DateOnly? ReopensDate => ReopensOn.TryGetDate(out var date) ? date : null;
}

public sealed class SchoolClosureFormValidator : AbstractValidator<SchoolClosureForm>
{
    public SchoolClosureFormValidator()
    {
        RuleFor(f => f.ClosesOn).SetValidator(new DateInputValidator("first day the schools are closed"));
        RuleFor(f => f.ReopensOn).SetValidator(new DateInputValidator("day the schools re-open"));
    }
}
