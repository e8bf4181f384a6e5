using EhcpQa.Domain;
using EhcpQa.Domain.DraftChecks;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Plans;
using EhcpQa.Web.Features.DraftChecks;
using EhcpQa.Web.Features.Drafts.Documents;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Infrastructure.Forms;
using EhcpQa.Web.Infrastructure.Security;
using EhcpQa.Web.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.Drafts;

/// <summary>A caseworker submits a plan's draft for sign-off (pasting the sections or uploading the document) and resubmits it after feedback.</summary>
[Authorize(Policy = Policies.Drafts)]
[ChildRecordPages]
[Route("plans/{planId:int}/draft")]
public sealed class DraftsController(
    EhcpQaDbContext db,
    IDraftFileStore files,
    DraftDocumentTokens documentTokens,
    DraftCheckWordingStore wording,
    TimeProvider clock,
    ILogger<DraftsController> logger) : Controller
{
    private const string FormPrefix = "Form.";
    private const string UploadField = "Upload.Document";

    [HttpGet("")]
    public async Task<IActionResult> Submit(int planId, CancellationToken cancellationToken)
    {
        var (plan, refusal) = await LoadAsync(planId, cancellationToken);
        if (plan is null)
        {
            return refusal!;
        }

        return View(await PageForAsync(plan, DraftForm.From(plan.CurrentVersion), fromUpload: false, null, cancellationToken));
    }

    /// <summary>Sends the draft for sign-off; with <paramref name="check"/>, shows the checker's warnings on it instead and sends nothing.</summary>
    [HttpPost("")]
    public async Task<IActionResult> Submit(int planId, [Bind(Prefix = "Form")] DraftForm form, [FromForm(Name = "check")] bool check, CancellationToken cancellationToken)
    {
        var (plan, refusal) = await LoadAsync(planId, cancellationToken);
        if (plan is null)
        {
            return refusal!;
        }

        DraftDocument? document = null;
        if (!string.IsNullOrEmpty(form.DocumentToken))
        {
            document = documentTokens.Read(form.DocumentToken, planId);
            if (document is null)
            {
                ModelState.AddModelError(UploadField, "The uploaded document could not be found: upload it again");
                form.DocumentToken = null;
            }
        }

        if (!ModelState.IsValid || check)
        {
            return View(await PageForAsync(plan, form, fromUpload: document is not null, null, cancellationToken));
        }

        try
        {
            var version = plan.SubmitDraft(form.ToSections(), document, User.ToActor(), clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Plan {PlanId} version {Version} submitted for sign-off by {UserId}", plan.Id, version.Number, User.ToActor().UserId);
            TempData["Success"] = $"Version {version.Number} of plan {plan.Reference} has been sent for sign-off";
            return Redirect($"/plans/{plan.Id}");
        }
        catch (DomainRuleException refused)
        {
            ModelState.AddProblems(FormPrefix, refused.Problems, nameof(DraftForm.A));
            return View(await PageForAsync(plan, form, fromUpload: document is not null, null, cancellationToken));
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(FormPrefix + nameof(DraftForm.A), "Someone else changed this plan at the same time, so the draft was not sent. Your text is still below: check the plan's page, then send it again.");
            return View(await PageForAsync(plan, form, fromUpload: document is not null, null, cancellationToken));
        }
    }

    [HttpPost("upload")]
    [EnableRateLimiting(RateLimits.Uploads)]
    [RequestSizeLimit(UploadLimits.RequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = UploadLimits.RequestBytes)]
    public async Task<IActionResult> Upload(int planId, [Bind(Prefix = "Upload")] DraftUploadForm upload, CancellationToken cancellationToken)
    {
        var (plan, refusal) = await LoadAsync(planId, cancellationToken);
        if (plan is null)
        {
            return refusal!;
        }

        var existing = DraftForm.From(plan.CurrentVersion);
        var document = upload.Document;
        if (document is null)
        {
            ModelState.AddModelError(UploadField, "Select the draft document");
            return View(nameof(Submit), await PageForAsync(plan, existing, fromUpload: false, null, cancellationToken));
        }

        // Checked where the upload arrived (a file too big is refused before any of it is read into memory).
        DraftDocumentProblem? problem;
        await using (var uploaded = document.OpenReadStream())
        {
            problem = DraftDocumentCheck.Check(document.FileName, document.Length, uploaded);
        }

        if (problem is not null)
        {
            ModelState.AddModelError(UploadField, problem.Message);
            return View(nameof(Submit), await PageForAsync(plan, existing, fromUpload: false, null, cancellationToken));
        }

        await using var content = new MemoryStream();
        await document.CopyToAsync(content, cancellationToken);

        content.Position = 0;
        var split = DraftDocumentReader.Read(content);
        content.Position = 0;
        var stored = await files.SaveAsync(plan.Id, document.FileName, content, cancellationToken);
        logger.LogInformation("Draft document stored for plan {PlanId} ({Length} bytes)", plan.Id, stored.Length);

        var form = new DraftForm
        {
            DocumentToken = documentTokens.Protect(plan.Id, stored),
            DocumentName = stored.OriginalFileName,
        };
        foreach (var (code, text) in split.Sections)
        {
            form.Set(code, text);
        }

        ModelState.Clear();
        return View(nameof(Submit), await PageForAsync(plan, form, fromUpload: true, split, cancellationToken));
    }

    private async Task<(Plan? Plan, IActionResult? Refusal)> LoadAsync(int planId, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.Include(p => p.Versions).SingleOrDefaultAsync(p => p.Id == planId, cancellationToken);
        if (plan is null)
        {
            return (null, NotFound());
        }

        var actor = User.ToActor();
        if (!PlanAccess.CanView(actor, plan) || !SignOffRules.CanSubmit(actor, plan))
        {
            return (null, Forbid());
        }

        if (!plan.IsBeingDrafted || plan.CurrentVersion?.Status.IsOpen() == true)
        {
            TempData["Notice"] = !plan.IsBeingDrafted
                ? "This plan has been issued: there is no draft to submit until an annual review decides to amend it."
                : $"Version {plan.CurrentVersion!.Number} is with the sign-off team ({plan.CurrentVersion.Status.Name().ToLowerInvariant()}).";
            return (null, Redirect($"/plans/{plan.Id}"));
        }

        return (plan, null);
    }

    private async Task<DraftPage> PageForAsync(Plan plan, DraftForm form, bool fromUpload, DraftDocumentSplit? split, CancellationToken cancellationToken) => new(
        plan.Id,
        plan.Reference,
        plan.Versions.Count + 1,
        form,
        fromUpload,
        split,
        plan.CurrentVersion?.Status == DraftStatus.Returned ? plan.CurrentVersion.DecisionNote : null,
        // The checks read a draft that has some text (never an empty form): their warnings never stop the draft being sent.
        await wording.ReadAsync(db, form.ToSections(), DraftContext.Of(plan, ServiceCalendar.DateOf(clock.GetUtcNow())), cancellationToken),
        plan.AmendingReview);
}
