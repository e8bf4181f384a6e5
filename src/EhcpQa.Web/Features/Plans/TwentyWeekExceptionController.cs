using System.ComponentModel.DataAnnotations;
using EhcpQa.Domain.Advice;
using EhcpQa.Domain.Plans;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Infrastructure.Forms;
using EhcpQa.Web.Infrastructure.Security;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Identity;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.Plans;

/// <summary>
/// A lawful exception to a plan's 20-week timescale, recorded, changed or removed by whoever may change the plan's record
/// (a caseworker their own plans, a locality manager their locality's, a QA lead any): a plan issued late with one is
/// reported apart from the plans issued late.
/// </summary>
[Authorize(Policy = Policies.PlanRegister)]
[ChildRecordPages]
[Route("plans/{id:int}/twenty-week-exception")]
public sealed class TwentyWeekExceptionController(
    EhcpQaDbContext db,
    IAuthorizationService authorization,
    TimeProvider clock,
    ILogger<TwentyWeekExceptionController> logger) : Controller
{
    /// <summary>The one page: the exception as recorded, the form to record or change it, and the button to remove it.</summary>
    private const string Page = "TwentyWeekException";

    [HttpGet("")]
    public async Task<IActionResult> Exception(int id, CancellationToken cancellationToken)
    {
        var (plan, refusal) = await this.PlanToChangeAsync(db, authorization, id, cancellationToken);
        if (plan is null)
        {
            return refusal!;
        }

        var form = await ShownAsync(
            plan,
            new TwentyWeekExceptionForm
            {
                ConcurrencyToken = db.ConcurrencyTokenOf(plan),
                Reason = plan.TwentyWeekException?.Reason,
                Note = plan.TwentyWeekException?.Note,
            },
            cancellationToken);

        // Advice asked of the school in the weeks before a closure suggests the exception for a school closed for the holidays.
        if (form.Recorded is null && form.AskedInSchoolClosures.Count > 0)
        {
            form.Reason = TwentyWeekExceptionReason.SchoolOrCollegeClosed;
        }

        return View(Page, form);
    }

    [HttpPost("")]
    public async Task<IActionResult> Exception(int id, TwentyWeekExceptionForm form, CancellationToken cancellationToken)
    {
        var (plan, refusal) = await this.PlanToChangeAsync(db, authorization, id, cancellationToken);
        if (plan is null)
        {
            return refusal!;
        }

        if (ModelState.IsValid)
        {
            ModelState.AddProblems(string.Empty, plan.TwentyWeekExceptionProblems(form.Reason, form.Note), nameof(TwentyWeekExceptionForm.Reason));
        }

        if (ModelState.IsValid)
        {
            plan.RecordTwentyWeekException(form.Reason, form.Note, User.ToActor().UserId, clock.GetUtcNow());
            if (await this.NotSavedAsync(db, plan, form.ConcurrencyToken, "recording the exception", cancellationToken) is { } current)
            {
                form.ConcurrencyToken = db.ConcurrencyTokenOf(current);
                ModelState.Remove(nameof(TwentyWeekExceptionForm.ConcurrencyToken));
                return View(Page, await ShownAsync(current, form, cancellationToken));
            }

            logger.LogInformation("Exception to the 20-week timescale recorded on plan {PlanId} by {UserId}", plan.Id, User.ToActor().UserId);
            TempData["Success"] = $"The exception to the 20-week timescale has been recorded on plan {plan.Reference}";
            return Redirect($"/plans/{id}#timescale");
        }

        return View(Page, await ShownAsync(plan, form, cancellationToken));
    }

    [HttpPost("remove")]
    public async Task<IActionResult> Remove(int id, TwentyWeekExceptionRemoval removal, CancellationToken cancellationToken)
    {
        var (plan, refusal) = await this.PlanToChangeAsync(db, authorization, id, cancellationToken);
        if (plan is null)
        {
            return refusal!;
        }

        var form = new TwentyWeekExceptionForm { ConcurrencyToken = removal.ConcurrencyToken };
        if (plan.TwentyWeekException is null)
        {
            ModelState.AddModelError(string.Empty, $"Plan {plan.Reference} has no exception to the 20-week timescale recorded: someone may have removed it already");
            form.ConcurrencyToken = db.ConcurrencyTokenOf(plan);
            return View(Page, await ShownAsync(plan, form, cancellationToken));
        }

        plan.RemoveTwentyWeekException(User.ToActor().UserId, clock.GetUtcNow());
        if (await this.NotSavedAsync(db, plan, removal.ConcurrencyToken, "removing the exception", cancellationToken) is { } current)
        {
            form.ConcurrencyToken = db.ConcurrencyTokenOf(current);
            form.Reason = current.TwentyWeekException?.Reason;
            form.Note = current.TwentyWeekException?.Note;
            return View(Page, await ShownAsync(current, form, cancellationToken));
        }

        logger.LogInformation("Exception to the 20-week timescale removed from plan {PlanId} by {UserId}", plan.Id, User.ToActor().UserId);
        TempData["Success"] = $"The exception to the 20-week timescale has been removed from plan {plan.Reference}";
        return Redirect($"/plans/{id}#timescale");
    }

    /// <summary>The form with what the page says about the plan and its timescale (never bound from a request).</summary>
    private async Task<TwentyWeekExceptionForm> ShownAsync(Plan plan, TwentyWeekExceptionForm form, CancellationToken cancellationToken)
    {
        form.Show(plan);
        form.RequestDate = plan.RequestDate;
        form.Deadline = plan.StatutoryDeadline;
        form.IssuedOn = plan.IssuedOn;
        form.Recorded = plan.TwentyWeekException;
        var closures = await db.SchoolClosures.AsNoTracking().Where(c => c.RemovedAt == null).ToListAsync(cancellationToken);
        var asked = await db.AdviceRequests.AsNoTracking()
            .Where(r => r.PlanId == plan.Id && r.Occasion == AdviceOccasion.NewAssessment && r.Service == AdviceService.EducationSetting)
            .OrderBy(r => r.RequestedOn)
            .Select(r => new { r.Service, r.RequestedOn })
            .ToListAsync(cancellationToken);
        form.AskedInSchoolClosures = asked
            .Select(r => (r.RequestedOn, Closure: SchoolClosure.Covering(closures, r.Service, r.RequestedOn)))
            .Where(r => r.Closure is not null)
            .Select(r => new AdviceAskedInClosure(r.RequestedOn, r.Closure!))
            .ToList();
        form.RecordedBy = plan.TwentyWeekException is { } recorded
            ? await StaffNames.NameOfAsync(db, recorded.RecordedById, cancellationToken)
            : null;
        return form;
    }
}

public sealed class TwentyWeekExceptionForm : PlanRecordForm
{
    [Display(Name = "Why did the 20-week timescale not apply?")]
    public TwentyWeekExceptionReason? Reason { get; set; }

    [Display(Name = "What happened")]
    public string? Note { get; set; }

    [BindNever]
    public DateOnly RequestDate { get; set; }

    [BindNever]
    public DateOnly Deadline { get; set; }

    [BindNever]
    public DateOnly? IssuedOn { get; set; }

    /// <summary>The exception recorded on the plan now, if any.</summary>
    [BindNever]
    public TwentyWeekException? Recorded { get; set; }

    [BindNever]
    public string? RecordedBy { get; set; }

    /// <summary>Advice for the assessment asked of the education setting in the weeks a school closure lets the timescale go.</summary>
    [BindNever]
    public IReadOnlyList<AdviceAskedInClosure> AskedInSchoolClosures { get; set; } = [];

    public static IReadOnlyList<SelectListItem> ReasonItems { get; } =
        Enum.GetValues<TwentyWeekExceptionReason>().Select(r => new SelectListItem(r.Name(), r.ToString())).ToList();
}

/// <summary>Advice asked of a school on a day in a closure's window (<see cref="SchoolClosure.Covers"/>).</summary>
public sealed record AdviceAskedInClosure(DateOnly RequestedOn, SchoolClosure Closure);

/// <summary>Removing the recorded exception: the version of the plan's record the page was shown with.</summary>
public sealed class TwentyWeekExceptionRemoval
{
    public Guid ConcurrencyToken { get; set; }
}

public sealed class TwentyWeekExceptionFormValidator : AbstractValidator<TwentyWeekExceptionForm>
{
    public TwentyWeekExceptionFormValidator() =>
        RuleFor(f => f).Custom((form, context) => context.AddProblems(TwentyWeekException.Problems(form.Reason, form.Note), nameof(TwentyWeekExceptionForm.Reason)));
}
