using System.ComponentModel.DataAnnotations;
using EhcpQa.Domain;
using EhcpQa.Domain.Plans;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Infrastructure.Forms;
using EhcpQa.Web.Infrastructure.Security;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Retention;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Options;

namespace EhcpQa.Web.Features.Plans;

/// <summary>
/// Recording that an issued plan has ceased to be maintained, by whoever may change the plan's record: its records are
/// kept from then until the authority's retention ends (<see cref="PlanRetention"/>), then removed.
/// </summary>
[Authorize(Policy = Policies.PlanRegister)]
[ChildRecordPages]
[Route("plans/{id:int}/ceased")]
public sealed class PlanCeasingController(
    EhcpQaDbContext db,
    IAuthorizationService authorization,
    IOptions<PlanRetentionOptions> retention,
    TimeProvider clock,
    ILogger<PlanCeasingController> logger) : Controller
{
    private DateOnly Today => ServiceCalendar.DateOf(clock.GetUtcNow());

    [HttpGet("")]
    public async Task<IActionResult> Cease(int id, CancellationToken cancellationToken)
    {
        var (plan, refusal) = await this.PlanToChangeAsync(db, authorization, id, cancellationToken);
        if (plan is null)
        {
            return refusal!;
        }

        return View(Shown(plan, new CeaseForm { ConcurrencyToken = db.ConcurrencyTokenOf(plan) }));
    }

    [HttpPost("")]
    public async Task<IActionResult> Cease(int id, CeaseForm form, CancellationToken cancellationToken)
    {
        var (plan, refusal) = await this.PlanToChangeAsync(db, authorization, id, cancellationToken);
        if (plan is null)
        {
            return refusal!;
        }

        if (ModelState.IsValid && form.CeasedOn.TryGetDate(out var ceasedOn))
        {
            ModelState.AddProblems(string.Empty, plan.CeaseProblems(ceasedOn, Today), nameof(CeaseForm.CeasedOn));
            if (ModelState.IsValid)
            {
                plan.Cease(ceasedOn, User.ToActor().UserId, clock.GetUtcNow());
                if (await this.NotSavedAsync(db, plan, form.ConcurrencyToken, "recording that it ceased", cancellationToken) is { } current)
                {
                    form.ConcurrencyToken = db.ConcurrencyTokenOf(current);
                    ModelState.Remove(nameof(CeaseForm.ConcurrencyToken));
                    return View(Shown(current, form));
                }

                logger.LogInformation("Plan {PlanId} recorded as ceased by {UserId}", plan.Id, User.ToActor().UserId);
                TempData["Success"] = $"Plan {plan.Reference} has been recorded as ceased";
                return Redirect($"/plans/{id}");
            }
        }

        return View(Shown(plan, form));
    }

    /// <summary>The form with what the page says about the plan and its keeping (never bound from a request).</summary>
    private CeaseForm Shown(Plan plan, CeaseForm form)
    {
        form.Show(plan);
        form.KeptUntil = retention.Value.Rule.KeptUntil(plan.DateOfBirth);
        form.YearsFromBirth = retention.Value.PlanYearsFromBirth;
        return form;
    }
}

public sealed class CeaseForm : PlanRecordForm
{
    [Display(Name = "Date the plan ceased")]
    public DateInput CeasedOn { get; set; } = new();

    [BindNever]
    public DateOnly KeptUntil { get; set; }

    [BindNever]
    public int YearsFromBirth { get; set; }
}

public sealed class CeaseFormValidator : AbstractValidator<CeaseForm>
{
    public CeaseFormValidator() => RuleFor(f => f.CeasedOn).SetValidator(new DateInputValidator("date the plan ceased"));
}
