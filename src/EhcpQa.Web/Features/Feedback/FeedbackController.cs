using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Plans;
using EhcpQa.Web.Features.Drafts;
using EhcpQa.Web.Features.Gradings;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Frameworks;
using EhcpQa.Web.Persistence.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.Feedback;

/// <summary>
/// The feedback on a graded draft, for its caseworker (once the draft is decided) and for its graders:
/// section by section on screen, as a PDF feedback form, and the original uploaded document.
/// </summary>
[Authorize(Policy = Policies.PlanRegister)]
[Route("plans/{planId:int}/versions/{number:int}")]
public sealed class FeedbackController(EhcpQaDbContext db, LockedFrameworkVersions frameworks, IDraftFileStore files, TimeProvider clock) : Controller
{
    [HttpGet("feedback")]
    public async Task<IActionResult> Feedback(int planId, int number, CancellationToken cancellationToken)
    {
        var (context, refusal) = await LoadAsync(planId, number, cancellationToken);
        if (context is null)
        {
            return refusal!;
        }

        var grader = await StaffNames.NameOfAsync(db, context.Grading.GraderId, cancellationToken);
        return View(new FeedbackPage(new GradingReadout(context.Grading, grader, context.Plan.Reference, context.Plan.Id, number, context.Framework), context.Version));
    }

    [HttpGet("feedback.pdf")]
    public async Task<IActionResult> FeedbackPdf(int planId, int number, CancellationToken cancellationToken)
    {
        var (context, refusal) = await LoadAsync(planId, number, cancellationToken);
        if (context is null)
        {
            return refusal!;
        }

        var plan = context.Plan;
        var version = context.Version;
        var grading = context.Grading;
        var names = await StaffNames.LoadAsync(db, [plan.CaseworkerId, grading.GraderId], cancellationToken);
        var locality = await db.Localities.Where(l => l.Id == plan.LocalityId).Select(l => l.Name).SingleAsync(cancellationToken);
        var data = new FeedbackFormData(
            plan.Reference,
            plan.ChildIdentifier,
            names.Of(plan.CaseworkerId),
            locality,
            version.Number,
            version.SubmittedAt,
            names.Of(grading.GraderId),
            grading.SubmittedAt,
            grading.Purpose.Name(),
            context.Framework.Title,
            context.Framework.Number,
            FeedbackFormReading.OverallOf(grading, context.Framework),
            grading.PassesBar,
            (await db.SignOffPolicyAsync(cancellationToken)).IssueOnlyAtPassBar,
            FeedbackFormReading.ScaleOf(context.Framework),
            version.Status switch
            {
                DraftStatus.Returned => "Returned for changes",
                DraftStatus.SignedOff => "Signed off",
                _ => "Awaiting decision",
            },
            plan.StatutoryDeadline,
            FeedbackFormReading.SectionsOf(grading, context.Framework),
            clock.GetUtcNow());
        var pdf = FeedbackFormPdf.Render(data);
        return File(pdf, "application/pdf", $"feedback-{plan.Reference}-v{version.Number}.pdf");
    }

    [HttpGet("document")]
    public async Task<IActionResult> Document(int planId, int number, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.Include(p => p.Versions).SingleOrDefaultAsync(p => p.Id == planId, cancellationToken);
        var version = plan?.Versions.SingleOrDefault(v => v.Number == number);
        if (plan is null || version?.Document is null)
        {
            return NotFound();
        }

        if (!PlanAccess.CanView(User.ToActor(), plan))
        {
            return Forbid();
        }

        Stream content;
        try
        {
            content = await files.OpenReadAsync(version.Document.StorageKey, cancellationToken);
        }
        catch (FileNotFoundException)
        {
            return NotFound();
        }

        return File(content, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", version.Document.FileName);
    }

    /// <summary>
    /// The grading the feedback comes from: the one the draft's decision rests on (<see cref="PlanVersion.DecisiveGrading"/>).
    /// Who may read it is <see cref="GradingAccess.MayReadFeedback"/>.
    /// </summary>
    private async Task<(FeedbackContext? Context, IActionResult? Refusal)> LoadAsync(int planId, int number, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.Include(p => p.Versions).AsNoTracking().SingleOrDefaultAsync(p => p.Id == planId, cancellationToken);
        var version = plan?.Versions.SingleOrDefault(v => v.Number == number);
        if (plan is null || version is null)
        {
            return (null, NotFound());
        }

        var actor = User.ToActor();
        if (!PlanAccess.CanView(actor, plan))
        {
            return (null, Forbid());
        }

        var gradings = await db.Gradings.AsNoTracking().Where(g => g.PlanVersionId == version.Id && g.PanelSessionId == null).ToListAsync(cancellationToken);
        var decisive = version.DecisiveGrading(gradings);
        if (!GradingAccess.MayReadFeedback(actor, plan, version, decisive, gradings))
        {
            return (null, Forbid());
        }

        if (decisive is null)
        {
            return (null, NotFound());
        }

        var framework = await frameworks.FindAsync(db, decisive.FrameworkVersionId, cancellationToken)
            ?? throw new InvalidOperationException($"Grading {decisive.Id} names framework version {decisive.FrameworkVersionId}, which is not in the database.");
        return (new FeedbackContext(plan, version, decisive, framework), null);
    }

    private sealed record FeedbackContext(Plan Plan, PlanVersion Version, Grading Grading, FrameworkVersion Framework);
}

public sealed record FeedbackPage(GradingReadout Readout, PlanVersion Version);
