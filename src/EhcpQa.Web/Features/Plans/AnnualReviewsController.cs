using System.ComponentModel.DataAnnotations;
using EhcpQa.Domain;
using EhcpQa.Domain.Plans;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Infrastructure.Forms;
using EhcpQa.Web.Infrastructure.Security;
using EhcpQa.Web.Persistence;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace EhcpQa.Web.Features.Plans;

/// <summary>
/// An issued plan's annual reviews, recorded by whoever may change the plan's record: the review meeting, then the
/// authority's decision within 4 weeks. A decision to amend opens the amended plan's drafting through sign-off.
/// </summary>
[Authorize(Policy = Policies.PlanRegister)]
[ChildRecordPages]
[Route("plans/{id:int}/reviews")]
public sealed class AnnualReviewsController(
    EhcpQaDbContext db,
    IAuthorizationService authorization,
    TimeProvider clock,
    ILogger<AnnualReviewsController> logger) : Controller
{
    private DateOnly Today => ServiceCalendar.DateOf(clock.GetUtcNow());

    [HttpGet("new")]
    public async Task<IActionResult> Review(int id, CancellationToken cancellationToken)
    {
        var (plan, refusal) = await this.PlanToChangeAsync(db, authorization, id, cancellationToken);
        return plan is null ? refusal! : View(Shown(plan, new ReviewMeetingForm { ConcurrencyToken = db.ConcurrencyTokenOf(plan) }));
    }

    [HttpPost("new")]
    public async Task<IActionResult> Review(int id, ReviewMeetingForm form, CancellationToken cancellationToken)
    {
        var (plan, refusal) = await this.PlanToChangeAsync(db, authorization, id, cancellationToken);
        if (plan is null)
        {
            return refusal!;
        }

        if (ModelState.IsValid && form.MeetingOn.TryGetDate(out var meetingOn))
        {
            ModelState.AddProblems(string.Empty, plan.AnnualReviewProblems(meetingOn, Today), nameof(ReviewMeetingForm.MeetingOn));
            if (ModelState.IsValid)
            {
                var review = plan.StartAnnualReview(meetingOn, User.ToActor().UserId, clock.GetUtcNow());
                if (await this.NotSavedAsync(db, plan, form.ConcurrencyToken, "recording the review meeting", cancellationToken) is { } current)
                {
                    form.ConcurrencyToken = db.ConcurrencyTokenOf(current);
                    ModelState.Remove(nameof(ReviewMeetingForm.ConcurrencyToken));
                    return View(Shown(current, form));
                }

                logger.LogInformation("Annual review {Review} of plan {PlanId} recorded by {UserId}", review.Number, plan.Id, User.ToActor().UserId);
                TempData["Success"] = $"The annual review of plan {plan.Reference} has been recorded: the decision is due by {review.DecisionDueBy:d MMMM yyyy}";
                return Redirect($"/plans/{id}#reviews");
            }
        }

        return View(Shown(plan, form));
    }

    [HttpGet("decision")]
    public async Task<IActionResult> Decision(int id, CancellationToken cancellationToken)
    {
        var (plan, refusal) = await this.PlanToChangeAsync(db, authorization, id, cancellationToken);
        if (plan is null)
        {
            return refusal!;
        }

        if (plan.LatestReview is not { AwaitsDecision: true })
        {
            TempData["Notice"] = $"Plan {plan.Reference} has no annual review waiting for a decision.";
            return Redirect($"/plans/{id}#reviews");
        }

        return View(Shown(plan, new ReviewDecisionForm { ConcurrencyToken = db.ConcurrencyTokenOf(plan) }));
    }

    [HttpPost("decision")]
    public async Task<IActionResult> Decision(int id, ReviewDecisionForm form, CancellationToken cancellationToken)
    {
        var (plan, refusal) = await this.PlanToChangeAsync(db, authorization, id, cancellationToken);
        if (plan is null)
        {
            return refusal!;
        }

        if (ModelState.IsValid && form.Decision is { } decision && form.DecidedOn.TryGetDate(out var decidedOn))
        {
            ModelState.AddProblems(string.Empty, plan.ReviewDecisionProblems(decision, decidedOn, Today), nameof(ReviewDecisionForm.DecidedOn));
            if (ModelState.IsValid)
            {
                plan.DecideAnnualReview(decision, decidedOn, User.ToActor().UserId, clock.GetUtcNow());
                if (await this.NotSavedAsync(db, plan, form.ConcurrencyToken, "recording the decision", cancellationToken) is { } current)
                {
                    form.ConcurrencyToken = db.ConcurrencyTokenOf(current);
                    ModelState.Remove(nameof(ReviewDecisionForm.ConcurrencyToken));
                    return View(Shown(current, form));
                }

                logger.LogInformation("Decision on annual review of plan {PlanId} recorded by {UserId}", plan.Id, User.ToActor().UserId);
                TempData["Success"] = decision switch
                {
                    ReviewDecision.Amend => $"The decision to amend plan {plan.Reference} has been recorded: its amended plan can now be sent for sign-off",
                    ReviewDecision.Cease => $"The decision to cease plan {plan.Reference} has been recorded: record the date it ceases once it does",
                    _ => $"The decision to keep plan {plan.Reference} as it is has been recorded",
                };
                return Redirect($"/plans/{id}#reviews");
            }
        }

        return View(Shown(plan, form));
    }

    private static ReviewMeetingForm Shown(Plan plan, ReviewMeetingForm form)
    {
        form.Show(plan);
        form.LastReviewedOn = plan.LastReviewedOn;
        return form;
    }

    private static ReviewDecisionForm Shown(Plan plan, ReviewDecisionForm form)
    {
        form.Show(plan);
        form.Review = plan.LatestReview;
        return form;
    }
}

public sealed class ReviewMeetingForm : PlanRecordForm
{
    [Display(Name = "Date of the review meeting")]
    public DateInput MeetingOn { get; set; } = new();

    [BindNever]
    public DateOnly? LastReviewedOn { get; set; }
}

public sealed class ReviewMeetingFormValidator : AbstractValidator<ReviewMeetingForm>
{
    public ReviewMeetingFormValidator() => RuleFor(f => f.MeetingOn).SetValidator(new DateInputValidator("date of the review meeting"));
}

public sealed class ReviewDecisionForm : PlanRecordForm
{
    [Display(Name = "What did the authority decide?")]
    public ReviewDecision? Decision { get; set; }

    [Display(Name = "Date the family was told the decision")]
    public DateInput DecidedOn { get; set; } = new();

    [BindNever]
    public AnnualReview? Review { get; set; }

    public static IReadOnlyList<SelectListItem> DecisionItems { get; } =
        Enum.GetValues<ReviewDecision>().Select(d => new SelectListItem(d.Name(), d.ToString())).ToList();
}

public sealed class ReviewDecisionFormValidator : AbstractValidator<ReviewDecisionForm>
{
    public ReviewDecisionFormValidator()
    {
        RuleFor(f => f.Decision).NotNull().WithMessage("Select what the authority decided").IsInEnum().WithMessage("Select what the authority decided");
        RuleFor(f => f.DecidedOn).SetValidator(new DateInputValidator("date the family was told the decision"));
    }
}
