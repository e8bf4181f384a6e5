using EhcpQa.Domain;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Plans;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Infrastructure.Forms;
using EhcpQa.Web.Infrastructure.Security;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Frameworks;
using EhcpQa.Web.Persistence.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.SignOff;

/// <summary>Locality managers' sign-off: the queue of drafts, and for one draft its gradings and the decision.</summary>
[Authorize(Policy = Policies.SignOff)]
[ChildRecordPages]
[Route("sign-off")]
public sealed class SignOffController(EhcpQaDbContext db, TimeProvider clock, ILogger<SignOffController> logger) : Controller
{
    private static readonly DraftStatus[] OpenStatuses =
        [DraftStatus.AwaitingSignOff, DraftStatus.BeingGraded, DraftStatus.AwaitingSecondOpinion, DraftStatus.AwaitingAgreement, DraftStatus.ReadyForDecision];

    private DateOnly Today => ServiceCalendar.DateOf(clock.GetUtcNow());

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        var rows = await (
            from version in db.PlanVersions
            where OpenStatuses.Contains(version.Status)
            join plan in db.Plans.Where(PlanAccess.VisibleTo(actor)) on version.PlanId equals plan.Id
            join caseworker in db.Users on plan.CaseworkerId equals caseworker.Id
            join locality in db.Localities on plan.LocalityId equals locality.Id
            orderby plan.StatutoryDeadline, plan.Reference
            select new SignOffQueueRow(plan.Id, plan.Reference, version.Number, version.SubmittedAt, version.Status, caseworker.DisplayName,
                locality.Name, plan.StatutoryDeadline))
            .ToListAsync(cancellationToken);

        // Plans that went round the loop: more than one version of them was graded.
        var regraded = await db.PlanVersions
            .Where(v => v.DecisiveResult != null)
            .Join(db.Plans.Where(PlanAccess.VisibleTo(actor)), v => v.PlanId, p => p.Id, (v, p) => v.PlanId)
            .GroupBy(planId => planId)
            .CountAsync(g => g.Count() > 1, cancellationToken);

        // Most urgent first: the soonest statutory deadline (the longest overdue) at the top.
        return View(new SignOffQueuePage(rows, Today, regraded, await db.SignOffPolicyAsync(cancellationToken),
            User.IsInRole(Domain.Staff.StaffRole.QaLead)));
    }

    [HttpGet("{planId:int}")]
    public async Task<IActionResult> Plan(int planId, CancellationToken cancellationToken)
    {
        var (plan, refusal) = await LoadAsync(planId, cancellationToken);
        return plan is null ? refusal! : View(await PageAsync(plan, new DecisionForm(), cancellationToken));
    }

    [HttpPost("{planId:int}/gradings")]
    public async Task<IActionResult> StartGrading(int planId, CancellationToken cancellationToken)
    {
        var (plan, refusal) = await LoadAsync(planId, cancellationToken);
        if (plan is null)
        {
            return refusal!;
        }

        var framework = await CurrentFrameworkAsync(cancellationToken);
        if (framework is null)
        {
            TempData["Notice"] = "No framework version is set for draft sign-off, so grading cannot start. Ask your QA lead.";
            return RedirectToAction(nameof(Plan), new { planId });
        }

        try
        {
            var grading = plan.StartGrading(User.ToActor(), framework, clock.GetUtcNow(), await db.SignOffPolicyAsync(cancellationToken));
            db.Gradings.Add(grading);
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Grading {GradingId} ({Purpose}) of plan {PlanId} started by {UserId}", grading.Id, grading.Purpose, plan.Id, grading.GraderId);
            return Redirect($"/gradings/{grading.Id}");
        }
        catch (DomainRuleException refused)
        {
            TempData["Notice"] = refused.Message;
            return RedirectToAction(nameof(Plan), new { planId });
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData["Notice"] = "Someone else started grading this draft at the same moment. Check the page as it is now.";
            return RedirectToAction(nameof(Plan), new { planId });
        }
    }

    [HttpPost("{planId:int}/decision")]
    public async Task<IActionResult> Decide(int planId, [Bind(Prefix = "Decision")] DecisionForm form, CancellationToken cancellationToken)
    {
        var (plan, refusal) = await LoadAsync(planId, cancellationToken);
        if (plan is null)
        {
            return refusal!;
        }

        if (ModelState.IsValid)
        {
            var version = plan.CurrentVersion!;
            db.ExpectConcurrencyToken(version, form.ConcurrencyToken);
            try
            {
                if (form.Outcome == DecisionForm.SignOff)
                {
                    plan.SignOff(User.ToActor(), form.Note, clock.GetUtcNow(), await db.SignOffPolicyAsync(cancellationToken));
                }
                else
                {
                    plan.Return(User.ToActor(), form.Note, clock.GetUtcNow());
                }

                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("Plan {PlanId} version {Version} {Outcome} by {UserId}", plan.Id, version.Number, version.Status, User.ToActor().UserId);
                TempData["Success"] = form.Outcome == DecisionForm.SignOff
                    ? version.Kind == PlanKind.Amended
                        ? $"Plan {plan.Reference} has been signed off and issued as amended"
                        : $"Plan {plan.Reference} has been signed off and issued as final"
                    : $"Version {version.Number} of plan {plan.Reference} has been returned to the caseworker with your feedback";
                return RedirectToAction(nameof(Plan), new { planId });
            }
            catch (DomainRuleException refused)
            {
                ModelState.AddProblems("Decision.", refused.Problems, "Outcome");
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError("Decision.Outcome", "Someone else decided on this draft while you were looking at it, so your decision has not been saved. Check the page as it is now.");
            }
        }

        (plan, _) = await LoadAsync(planId, cancellationToken);
        return View(nameof(Plan), await PageAsync(plan!, form, cancellationToken));
    }

    private async Task<(Plan? Plan, IActionResult? Refusal)> LoadAsync(int planId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var plan = await db.Plans.Include(p => p.Versions).SingleOrDefaultAsync(p => p.Id == planId, cancellationToken);
        if (plan is null || plan.CurrentVersion is null)
        {
            return (null, NotFound());
        }

        var actor = User.ToActor();
        return PlanAccess.CanView(actor, plan) && SignOffRules.CanGrade(actor, plan) ? (plan, null) : (null, Forbid());
    }

    private Task<Domain.Frameworks.FrameworkVersion?> CurrentFrameworkAsync(CancellationToken cancellationToken) =>
        db.VersionForAsync(Domain.Frameworks.FrameworkPurpose.DraftSignOff, cancellationToken);

    private async Task<SignOffPage> PageAsync(Plan plan, DecisionForm decision, CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        var version = plan.CurrentVersion!;
        var gradings = await db.Gradings.AsNoTracking().Where(g => g.PlanVersionId == version.Id && g.PanelSessionId == null).OrderBy(g => g.StartedAt).ToListAsync(cancellationToken);
        var graderIds = gradings.Select(g => g.GraderId).Append(plan.CaseworkerId).Distinct().ToList();
        var names = await StaffNames.LoadAsync(db, graderIds, cancellationToken);
        var summaries = gradings.Select(g => new GradingSummary(
            g.Id, g.Purpose, names.Of(g.GraderId), g.GraderId == actor.UserId, g.StartedAt, g.SubmittedAt,
            g.IsSubmitted && GradingAccess.MayRead(actor, g, plan, null, gradings) ? g.Result : null,
            GradingAccess.MayRead(actor, g, plan, null, gradings))).ToList();

        var myOpen = gradings.FirstOrDefault(g => g.GraderId == actor.UserId && !g.IsSubmitted)?.Id;
        var next = myOpen is null
            ? plan.NextGradingFor(actor) switch
            {
                GradingPurpose.SignOff => "Start grading",
                GradingPurpose.SecondOpinion => "Give a second opinion",
                GradingPurpose.SignOffAgreement => "Record the agreed grade",
                _ => null,
            }
            : null;

        ModelState.Remove("Decision.ConcurrencyToken");
        decision.ConcurrencyToken = db.ConcurrencyTokenOf(version);
        return new SignOffPage(plan, version, names.Of(plan.CaseworkerId), summaries, Today, next, myOpen,
            version.Status == DraftStatus.ReadyForDecision, decision, await db.SignOffPolicyAsync(cancellationToken));
    }
}
