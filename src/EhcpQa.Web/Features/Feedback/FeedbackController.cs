using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Plans;
using EhcpQa.Web.Features.Drafts;
using EhcpQa.Web.Features.Gradings;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Infrastructure.Security;
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
[ChildRecordPages]
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

        var names = await NamesAsync(context, cancellationToken);
        var others = SharedOthersOf(context, names);
        return View(new FeedbackPage(
            new GradingReadout(context.Grading, names.Of(context.Grading.GraderId), context.Plan.Reference, context.Plan.Id, number, context.Framework),
            context.Version,
            DecisionOf(context.Version, names),
            FeedbackFormReading.WithOtherWording(FeedbackFormReading.SectionsOf(context.Grading, context.Framework), context.Grading, others, context.Framework)
                .Where(s => s.OtherWording.Count > 0)
                .ToList()));
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
        var names = await NamesAsync(context, cancellationToken);
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
            OutcomeOf(version.Status),
            plan.StatutoryDeadline,
            FeedbackFormReading.WithOtherWording(FeedbackFormReading.SectionsOf(grading, context.Framework), grading, SharedOthersOf(context, names), context.Framework),
            clock.GetUtcNow(),
            DecisionOf(version, names));
        var pdf = FeedbackFormPdf.Render(data);
        return File(pdf, "application/pdf", $"feedback-{plan.Reference}-v{version.Number}.pdf");
    }

    /// <summary>The names of everyone the feedback names: the caseworker, every grader of the draft and who decided.</summary>
    private Task<StaffNames> NamesAsync(FeedbackContext context, CancellationToken cancellationToken) =>
        StaffNames.LoadAsync(
            db,
            [context.Plan.CaseworkerId, .. context.Gradings.Select(g => g.GraderId), .. context.Version.DecidedById is { } by ? new[] { by } : []],
            cancellationToken);

    /// <summary>The draft's other submitted gradings, each with who made it and in what part: "Jordan Price, second opinion".</summary>
    private static IEnumerable<(string Who, Grading Grading)> OthersOf(FeedbackContext context, StaffNames names) =>
        context.Gradings
            .Where(g => g.IsSubmitted && g.Id != context.Grading.Id)
            .OrderBy(g => g.SubmittedAt)
            .Select(g => ($"{names.Of(g.GraderId)}, {g.Purpose.Name().ToLowerInvariant()}", g));

    private static FeedbackDecision? DecisionOf(PlanVersion version, StaffNames names) =>
        version is { DecidedById: { } by, DecidedAt: { } at }
            ? new FeedbackDecision(OutcomeOf(version.Status), names.Of(by), at, version.DecisionNote)
            : null;

    private static string OutcomeOf(DraftStatus status) => status switch
    {
        DraftStatus.Returned => "Returned for changes",
        DraftStatus.SignedOff => "Signed off",
        _ => "Awaiting decision",
    };

    /// <summary>Everyone's suggestions reach the caseworker with the decision; before it, each grader keeps to their own view.</summary>
    private static IEnumerable<(string Who, Grading Grading)> SharedOthersOf(FeedbackContext context, StaffNames names) =>
        context.Version.DecidedAt is null ? [] : OthersOf(context, names);

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
        return (new FeedbackContext(plan, version, decisive, framework, gradings), null);
    }

    private sealed record FeedbackContext(Plan Plan, PlanVersion Version, Grading Grading, FrameworkVersion Framework, IReadOnlyList<Grading> Gradings);
}

/// <param name="OtherWording">The sections for which the draft's other graders suggested wording, with what they suggested.</param>
public sealed record FeedbackPage(GradingReadout Readout, PlanVersion Version, FeedbackDecision? Decision, IReadOnlyList<FeedbackFormSection> OtherWording);
