using EhcpQa.Domain;
using EhcpQa.Domain.Advice;
using EhcpQa.Domain.Plans;
using EhcpQa.Web.Features.Drafts;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Infrastructure.Forms;
using EhcpQa.Web.Infrastructure.Security;
using EhcpQa.Web.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.Advice;

/// <summary>
/// Professional advice for plans: whoever may change a plan's record records the advice requested (from whom, when,
/// due when) and, once it arrives, the advice itself, uploaded or pasted; caseworkers, managers and QA leads see the advice
/// of the plans they may see, and each agency's lead the advice of their agency, overdue advice first.
/// </summary>
[Authorize(Policy = Policies.Advice)]
[ChildRecordPages]
public sealed class AdviceController(
    EhcpQaDbContext db,
    IDraftFileStore files,
    DraftDocumentTokens documentTokens,
    TimeProvider clock,
    ILogger<AdviceController> logger) : Controller
{
    private const string FormPrefix = "Form.";
    private const string ReceiptPrefix = "Receipt.";

    private DateOnly Today => ServiceCalendar.DateOf(clock.GetUtcNow());

    [HttpGet("advice")]
    public async Task<IActionResult> Index(string? show, CancellationToken cancellationToken)
    {
        var list = AdviceLists.Parse(show);
        var today = Today;
        var visible = db.AdviceRequests.AsNoTracking().Where(AdviceAccess.VisibleTo(User.ToActor(), db.Plans));
        var counts = new Dictionary<AdviceList, int>
        {
            [AdviceList.Overdue] = await visible.Where(AdviceRequest.OverdueOn(today)).CountAsync(cancellationToken),
            [AdviceList.Awaited] = await visible.Where(r => r.ReceivedOn == null && r.DueOn >= today).CountAsync(cancellationToken),
            [AdviceList.Received] = await visible.Where(r => r.ReceivedOn != null).CountAsync(cancellationToken),
        };
        var shown = list switch
        {
            AdviceList.Overdue => visible.Where(AdviceRequest.OverdueOn(today)).OrderBy(r => r.DueOn).ThenBy(r => r.Id),
            AdviceList.Awaited => visible.Where(r => r.ReceivedOn == null && r.DueOn >= today).OrderBy(r => r.DueOn).ThenBy(r => r.Id),
            _ => visible.Where(r => r.ReceivedOn != null).OrderByDescending(r => r.ReceivedOn).ThenByDescending(r => r.Id),
        };
        var rows = await AdviceRows.ReadAsync(db, shown.Take(AdviceListPage.Shown), today, cancellationToken);
        return View(new AdviceListPage(list, counts, rows, AdviceAccess.AgencyLedBy(User.ToActor())));
    }

    [HttpGet("plans/{planId:int}/advice/new")]
    public async Task<IActionResult> RequestAdvice(int planId, CancellationToken cancellationToken)
    {
        var (plan, refusal) = await PlanToRecordAsync(planId, cancellationToken);
        if (plan is null)
        {
            return refusal!;
        }

        var form = new AdviceRequestForm
        {
            Occasion = plan.Stage == PlanStage.Draft ? AdviceOccasion.NewAssessment : AdviceOccasion.AnnualReview,
            RequestedOn = DateInput.From(Today),
        };
        return View("Request", await RequestPageAsync(plan, form, cancellationToken));
    }

    [HttpPost("plans/{planId:int}/advice/new")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> RequestAdvice(int planId, [Bind(Prefix = "Form")] AdviceRequestForm form, CancellationToken cancellationToken)
    {
        var (plan, refusal) = await PlanToRecordAsync(planId, cancellationToken);
        if (plan is null)
        {
            return refusal!;
        }

        if (ModelState.IsValid)
        {
            try
            {
                var policy = await db.AdvicePolicyAsync(cancellationToken);
                var request = AdviceRequest.Request(plan.Id, form.Occasion!.Value, form.Service!.Value, form.ServiceName, form.Agency,
                    form.RequestedDate!.Value, form.DueDate, policy.DueWeeks, Today, User.ToActor().UserId, clock.GetUtcNow());
                db.AdviceRequests.Add(request);
                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("Advice {AdviceId} requested for plan {PlanId} by {UserId}", request.Id, plan.Id, request.RequestedById);
                TempData["Success"] = $"Advice from {request.ServiceWords.ToLowerInvariant()} is recorded as requested on {request.RequestedOn:d MMMM yyyy}, due by {request.DueOn:d MMMM yyyy}";
                return Redirect($"/plans/{plan.Id}#advice");
            }
            catch (DomainRuleException refused)
            {
                ModelState.AddProblems(FormPrefix, refused.Problems, nameof(AdviceRequestForm.Service));
            }
        }

        return View("Request", await RequestPageAsync(plan, form, cancellationToken));
    }

    [HttpGet("advice/{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var (request, plan, refusal) = await AdviceToCorrectAsync(id, cancellationToken);
        return request is null
            ? refusal!
            : View("Request", await RequestPageAsync(plan!, AdviceRequestForm.From(request, db.ConcurrencyTokenOf(request)), cancellationToken) with { AdviceId = id });
    }

    [HttpPost("advice/{id:int}/edit")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Form")] AdviceRequestForm form, CancellationToken cancellationToken)
    {
        var (request, plan, refusal) = await AdviceToCorrectAsync(id, cancellationToken);
        if (request is null)
        {
            return refusal!;
        }

        if (ModelState.IsValid)
        {
            try
            {
                var policy = await db.AdvicePolicyAsync(cancellationToken);
                request.Correct(form.Occasion!.Value, form.Service!.Value, form.ServiceName, form.Agency,
                    form.RequestedDate!.Value, form.DueDate, policy.DueWeeks, Today, User.ToActor().UserId, clock.GetUtcNow());
                db.ExpectConcurrencyToken(request, form.ConcurrencyToken);
                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("Advice {AdviceId} for plan {PlanId} corrected by {UserId}", request.Id, request.PlanId, request.ChangedById);
                TempData["Success"] = $"The request for advice from {request.ServiceWords.ToLowerInvariant()} has been changed: due by {request.DueOn:d MMMM yyyy}";
                return Redirect($"/advice/{request.Id}");
            }
            catch (DomainRuleException refused)
            {
                ModelState.AddProblems(FormPrefix, refused.Problems, nameof(AdviceRequestForm.Service));
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError(FormPrefix + nameof(AdviceRequestForm.Service),
                    "Someone else changed this advice while you were correcting it, so nothing has been saved. What you entered is still below: check the advice, then save again.");
                db.ChangeTracker.Clear();
                form.ConcurrencyToken = db.ConcurrencyTokenOf(await db.AdviceRequests.SingleAsync(r => r.Id == id, cancellationToken));
                ModelState.Remove(FormPrefix + nameof(AdviceRequestForm.ConcurrencyToken));
            }
        }

        return View("Request", await RequestPageAsync(plan!, form, cancellationToken) with { AdviceId = id });
    }

    [HttpGet("advice/{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var (request, plan, refusal) = await AdviceToViewAsync(id, cancellationToken);
        if (request is null)
        {
            return refusal!;
        }

        return View("Advice", await AdvicePageAsync(request, plan!, new AdviceReceiptForm
        {
            ConcurrencyToken = db.ConcurrencyTokenOf(request),
            ReceivedOn = DateInput.From(Today),
        }, cancellationToken));
    }

    [HttpPost("advice/{id:int}/received")]
    [ValidateAntiForgeryToken]
    [EnableRateLimiting(RateLimits.Uploads)]
    [RequestSizeLimit(UploadLimits.RequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = UploadLimits.RequestBytes)]
    public async Task<IActionResult> Received(int id, [Bind(Prefix = "Receipt")] AdviceReceiptForm form, CancellationToken cancellationToken)
    {
        var (request, plan, refusal) = await AdviceToViewAsync(id, cancellationToken);
        if (request is null)
        {
            return refusal!;
        }

        if (!AdviceAccess.CanRecord(User.ToActor(), plan!))
        {
            return Forbid();
        }

        var document = await DocumentOfAsync(plan!, form, cancellationToken);
        if (ModelState.IsValid)
        {
            ModelState.AddProblems(ReceiptPrefix, request.ReceiptProblems(form.ReceivedDate, document, form.PastedText, Today), nameof(AdviceReceiptForm.ReceivedOn));
        }

        if (ModelState.IsValid)
        {
            try
            {
                request.RecordReceipt(form.ReceivedDate!.Value, document, form.PastedText, Today, User.ToActor().UserId, clock.GetUtcNow());
                db.ExpectConcurrencyToken(request, form.ConcurrencyToken);
                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("Advice {AdviceId} for plan {PlanId} recorded as received by {UserId}", request.Id, request.PlanId, request.ChangedById);
                TempData["Success"] = $"The advice from {request.ServiceWords.ToLowerInvariant()} is recorded as received on {request.ReceivedOn:d MMMM yyyy}"
                    + (request.ReceivedOnTime == true ? ", on time" : $", {request.DaysLate} days after it was due");
                return Redirect($"/advice/{request.Id}");
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError(ReceiptPrefix + nameof(AdviceReceiptForm.ReceivedOn),
                    "Someone else changed this advice while you were recording it, so nothing has been saved. What you entered is still below: check the advice, then record it again.");
                db.ChangeTracker.Clear();
                (request, plan, _) = await AdviceToViewAsync(id, cancellationToken);
                form.ConcurrencyToken = db.ConcurrencyTokenOf(request!);
                ModelState.Remove(ReceiptPrefix + nameof(AdviceReceiptForm.ConcurrencyToken));
            }
        }

        return View("Advice", await AdvicePageAsync(request!, plan!, form, cancellationToken));
    }

    /// <summary>The lead of the advice's agency starts auditing it on the advice form in use, and goes on to the audit's first page.</summary>
    [HttpPost("advice/{id:int}/audit")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> StartAudit(int id, CancellationToken cancellationToken)
    {
        var (request, plan, refusal) = await AdviceToViewAsync(id, cancellationToken);
        if (request is null)
        {
            return refusal!;
        }

        if (!AdviceAccess.CanAudit(User.ToActor(), request))
        {
            return Forbid();
        }

        try
        {
            var audit = await AdviceAudits.StartAsync(db, request, User.ToActor(), clock.GetUtcNow(), cancellationToken);
            logger.LogInformation("Audit {GradingId} of advice {AdviceId} started by {UserId}", audit.Id, request.Id, audit.GraderId);
            return Redirect($"/gradings/{audit.Id}");
        }
        catch (DomainRuleException refused)
        {
            ModelState.AddProblems(string.Empty, refused.Problems, string.Empty);
        }

        return View("Advice", await AdvicePageAsync(request, plan!, new AdviceReceiptForm { ConcurrencyToken = db.ConcurrencyTokenOf(request) }, cancellationToken));
    }

    [HttpGet("advice/{id:int}/document")]
    public async Task<IActionResult> Document(int id, CancellationToken cancellationToken)
    {
        var (request, _, refusal) = await AdviceToViewAsync(id, cancellationToken);
        if (request is null)
        {
            return refusal!;
        }

        if (request.Document is not { } document)
        {
            return NotFound();
        }

        try
        {
            var content = await files.OpenReadAsync(document.StorageKey, cancellationToken);
            return File(content, AdviceDocumentCheck.KindOf(document).ContentType, document.FileName);
        }
        catch (FileNotFoundException)
        {
            return NotFound();
        }
    }

    /// <summary>
    /// The advice the form brings: a new upload, checked and kept (the form then carries it as a token, so a second try
    /// need not choose it again), or one kept from an earlier try; null when neither. Problems go beside the upload.
    /// </summary>
    private async Task<Domain.Plans.DraftDocument?> DocumentOfAsync(Plan plan, AdviceReceiptForm form, CancellationToken cancellationToken)
    {
        const string field = ReceiptPrefix + nameof(AdviceReceiptForm.Document);

        // The page shows the upload as now kept (or not), not as posted.
        ModelState.Remove(ReceiptPrefix + nameof(AdviceReceiptForm.DocumentToken));
        ModelState.Remove(ReceiptPrefix + nameof(AdviceReceiptForm.DocumentName));
        if (form.Document is { } upload)
        {
            string? problem;
            await using (var uploaded = upload.OpenReadStream())
            {
                problem = AdviceDocumentCheck.Check(upload.FileName, upload.Length, uploaded);
            }

            if (problem is not null)
            {
                ModelState.AddModelError(field, problem);
                form.DocumentToken = null;
                form.DocumentName = null;
                return null;
            }

            await using var content = upload.OpenReadStream();
            var stored = await files.SaveAsync(plan.Id, upload.FileName, content, cancellationToken);
            logger.LogInformation("Advice document stored for plan {PlanId} ({Length} bytes)", plan.Id, stored.Length);
            form.DocumentToken = documentTokens.Protect(plan.Id, stored);
            form.DocumentName = stored.OriginalFileName;
            return new Domain.Plans.DraftDocument(stored.StorageKey, stored.OriginalFileName, stored.Length, stored.Sha256);
        }

        if (!string.IsNullOrEmpty(form.DocumentToken))
        {
            var kept = documentTokens.Read(form.DocumentToken, plan.Id);
            if (kept is null)
            {
                ModelState.AddModelError(field, "The uploaded advice could not be found: upload it again");
                form.DocumentToken = null;
                form.DocumentName = null;
            }
            else
            {
                form.DocumentName = kept.FileName;
            }

            return kept;
        }

        return null;
    }

    private async Task<(Plan? Plan, IActionResult? Refusal)> PlanToRecordAsync(int planId, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == planId, cancellationToken);
        if (plan is null)
        {
            return (null, NotFound());
        }

        return AdviceAccess.CanRecord(User.ToActor(), plan) ? (plan, null) : (null, Forbid());
    }

    private async Task<(AdviceRequest? Request, Plan? Plan, IActionResult? Refusal)> AdviceToViewAsync(int id, CancellationToken cancellationToken)
    {
        var request = await db.AdviceRequests.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return (null, null, NotFound());
        }

        var plan = await db.Plans.AsNoTracking().SingleAsync(p => p.Id == request.PlanId, cancellationToken);
        return AdviceAccess.CanView(User.ToActor(), request, plan) ? (request, plan, null) : (null, null, Forbid());
    }

    /// <summary>The request, tracked for a correction; or the answer instead: not found, or forbidden to whoever may not record the plan's advice.</summary>
    private async Task<(AdviceRequest? Request, Plan? Plan, IActionResult? Refusal)> AdviceToCorrectAsync(int id, CancellationToken cancellationToken)
    {
        var (request, plan, refusal) = await AdviceToViewAsync(id, cancellationToken);
        return request is null ? (null, null, refusal) : AdviceAccess.CanRecord(User.ToActor(), plan!) ? (request, plan, null) : (null, null, Forbid());
    }

    private async Task<AdviceRequestPage> RequestPageAsync(Plan plan, AdviceRequestForm form, CancellationToken cancellationToken) =>
        new(plan.Id, plan.Reference, form, (await db.AdvicePolicyAsync(cancellationToken)).DueWeeks);

    private async Task<AdvicePage> AdvicePageAsync(AdviceRequest request, Plan plan, AdviceReceiptForm form, CancellationToken cancellationToken)
    {
        var audit = await AdviceAudits.OfAsync(db, request, User.ToActor(), cancellationToken);
        var names = await Persistence.Identity.StaffNames.LoadAsync(
            db, new[] { request.RequestedById, request.ReceivedRecordedById, audit?.Grading?.GraderId }.OfType<string>(), cancellationToken);
        return new AdvicePage(request, plan.Reference, Today, form, AdviceAccess.CanRecord(User.ToActor(), plan), PlanAccess.CanView(User.ToActor(), plan), names)
        {
            Audit = audit,
        };
    }
}
