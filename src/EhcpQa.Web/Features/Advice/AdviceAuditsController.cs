using System.ComponentModel.DataAnnotations;
using System.Globalization;
using EhcpQa.Domain;
using EhcpQa.Domain.Advice;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Staff;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Infrastructure.Forms;
using EhcpQa.Web.Infrastructure.Security;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Identity;
using EhcpQa.Web.Persistence.Queries;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.Advice;

/// <summary>
/// Agencies' audits of their own advice: an agency lead draws pieces of their agency's advice at random (or chooses one
/// from its page) and audits each on the authority's advice form; their audits in progress and those submitted are listed
/// here. QA leads read every agency's submitted audits.
/// </summary>
[Authorize(Policy = Policies.AdviceScorecard)]
[ChildRecordPages]
[Route("advice/audits")]
public sealed class AdviceAuditsController(EhcpQaDbContext db, TimeProvider clock, ILogger<AdviceAuditsController> logger) : Controller
{
    /// <summary>The most submitted audits the page lists; the count says how many there are.</summary>
    public const int Shown = 200;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View("Audits", await PageAsync(new AdviceDrawForm(), cancellationToken));

    [HttpPost("draw")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Draw([Bind(Prefix = "Form")] AdviceDrawForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var actor = User.ToActor();
        if (AdviceAccess.AgencyLedBy(actor) is not { } agency)
        {
            return Forbid();
        }

        var waiting = await WaitingAsync(agency).ToListAsync(cancellationToken);
        int? count = int.TryParse(form.Count?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
        ModelState.AddProblems("Form.", AdviceAuditDraw.Problems(count, waiting.Count), nameof(AdviceDrawForm.Count));
        if (ModelState.IsValid)
        {
            var drawn = AdviceAuditDraw.Draw(waiting, count!.Value, Random.Shared);
            var requests = await db.AdviceRequests.Where(r => drawn.Contains(r.Id)).ToListAsync(cancellationToken);
            var started = 0;
            foreach (var request in requests)
            {
                try
                {
                    await AdviceAudits.StartAsync(db, request, actor, clock.GetUtcNow(), cancellationToken);
                    started++;
                }
                catch (DomainRuleException)
                {
                    // Another audit of this piece was started meanwhile: it is audited already, so it is simply not drawn.
                }
            }

            logger.LogInformation("{UserId} drew {Count} pieces of {Agency} advice to audit", actor.UserId, started, agency);
            TempData["Success"] = started == 1 ? "1 piece of advice drawn: audit it below" : $"{started} pieces of advice drawn: audit them below";
            return RedirectToAction(nameof(Index));
        }

        return View("Audits", await PageAsync(form, cancellationToken));
    }

    /// <summary>The ids of the agency's advice received and not yet audited, oldest first.</summary>
    private IQueryable<int> WaitingAsync(Agency agency) =>
        db.AdviceRequests.AsNoTracking()
            .Where(r => r.Agency == agency && r.ReceivedOn != null && !db.Gradings.Any(g => g.AdviceRequestId == r.Id))
            .OrderBy(r => r.ReceivedOn).ThenBy(r => r.Id)
            .Select(r => r.Id);

    private async Task<AdviceAuditsPage> PageAsync(AdviceDrawForm form, CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        var agency = AdviceAccess.AgencyLedBy(actor);
        var audits = from grading in db.Gradings.AsNoTracking()
                     join request in db.AdviceRequests.AsNoTracking() on grading.AdviceRequestId equals request.Id
                     where grading.Purpose == GradingPurpose.AdviceAudit && (agency == null || request.Agency == agency)
                     select new { Grading = grading, Request = request };
        var inProgress = agency is null
            ? []
            : await audits.Where(a => a.Grading.SubmittedAt == null && a.Grading.GraderId == actor.UserId)
                .OrderBy(a => a.Grading.StartedAt).ThenBy(a => a.Grading.Id)
                .ToListAsync(cancellationToken);
        var submitted = audits.Where(a => a.Grading.SubmittedAt != null);
        var submittedCount = await submitted.CountAsync(cancellationToken);
        var shown = await submitted.OrderByDescending(a => a.Grading.SubmittedAt).ThenByDescending(a => a.Grading.Id).Take(Shown).ToListAsync(cancellationToken);
        var planIds = inProgress.Concat(shown).Select(a => a.Request.PlanId).Distinct().ToList();
        var references = await PlanReferences.OfAsync(db, planIds, cancellationToken);
        var names = await StaffNames.LoadAsync(db, shown.Select(a => a.Grading.GraderId), cancellationToken);
        AdviceAuditRow Row(Grading grading, AdviceRequest request) =>
            new(grading.Id, request.Id, references[request.PlanId], request.ServiceWords, request.Agency, request.ReceivedOn, request.ReceivedOnTime,
                names.Of(grading.GraderId), grading.SubmittedAt, grading.Result ?? (grading.PointsOnForm.Available > 0 ? grading.PointsOnForm.ToString() : null));
        var waiting = agency is { } led ? await WaitingAsync(led).CountAsync(cancellationToken) : 0;
        return new AdviceAuditsPage(
            agency,
            waiting,
            form,
            inProgress.Select(a => Row(a.Grading, a.Request)).ToList(),
            shown.Select(a => Row(a.Grading, a.Request)).ToList(),
            submittedCount);
    }
}

/// <summary>How many pieces of advice to draw, as typed.</summary>
public sealed class AdviceDrawForm
{
    [Display(Name = "How many pieces of advice do you want to audit?")]
    public string? Count { get; set; } = "5";
}

/// <summary>One audit as the list shows it.</summary>
public sealed record AdviceAuditRow(
    int GradingId,
    int AdviceId,
    string PlanReference,
    string Service,
    Agency Agency,
    DateOnly? ReceivedOn,
    bool? OnTime,
    string Grader,
    DateTimeOffset? SubmittedAt,
    string? Result);

/// <param name="AgencyLed">The agency the person leads; null for a QA lead, who reads every agency's audits and draws none.</param>
/// <param name="Waiting">The agency's advice received and not yet audited.</param>
public sealed record AdviceAuditsPage(
    Agency? AgencyLed,
    int Waiting,
    AdviceDrawForm Form,
    IReadOnlyList<AdviceAuditRow> InProgress,
    IReadOnlyList<AdviceAuditRow> Submitted,
    int SubmittedCount);
