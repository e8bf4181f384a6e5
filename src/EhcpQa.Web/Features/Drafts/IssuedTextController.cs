using EhcpQa.Domain;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Plans;
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

/// <summary>
/// The text of a plan issued before the service held it (brought in by the register import, or registered as final):
/// whoever may change the plan's record pastes each section or uploads the issued document and checks the split, so
/// that the plan can be drawn into a dip sample and moderated. It is never graded for sign-off.
/// </summary>
[Authorize(Policy = Policies.PlanRegister)]
[ChildRecordPages]
[Route("plans/{planId:int}/issued-text")]
public sealed class IssuedTextController(
    EhcpQaDbContext db,
    IDraftFileStore files,
    DraftDocumentTokens documentTokens,
    IAuthorizationService authorization,
    TimeProvider clock,
    ILogger<IssuedTextController> logger) : Controller
{
    private const string FormPrefix = "Form.";
    private const string UploadField = "Upload.Document";

    [HttpGet("")]
    public async Task<IActionResult> Edit(int planId, CancellationToken cancellationToken)
    {
        var (plan, refusal) = await LoadAsync(planId, cancellationToken);
        if (plan is null)
        {
            return refusal!;
        }

        return View("IssuedText", PageFor(plan, DraftForm.From(plan.BroughtInVersion), null));
    }

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit(int planId, [Bind(Prefix = "Form")] DraftForm form, CancellationToken cancellationToken)
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

        if (ModelState.IsValid)
        {
            try
            {
                var version = plan.BringInIssuedText(form.ToSections(), document, User.ToActor().UserId, clock.GetUtcNow());
                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("Plan {PlanId} issued text brought in as version {Version} by {UserId}", plan.Id, version.Number, User.ToActor().UserId);
                TempData["Success"] = $"The text of plan {plan.Reference} as issued has been added: it can now be sampled and moderated";
                return Redirect($"/plans/{plan.Id}");
            }
            catch (DomainRuleException refused)
            {
                ModelState.AddProblems(FormPrefix, refused.Problems, nameof(DraftForm.A));
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError(FormPrefix + nameof(DraftForm.A), "Someone else changed this plan at the same time, so the text was not added. It is still below: check the plan's page, then add it again.");
            }
        }

        return View("IssuedText", PageFor(plan, form, null));
    }

    [HttpPost("upload")]
    [ValidateAntiForgeryToken]
    [EnableRateLimiting(RateLimits.Uploads)]
    [RequestSizeLimit(UploadLimits.RequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = UploadLimits.RequestBytes)]
    public async Task<IActionResult> Upload(int planId, [Bind(Prefix = "Upload")] IssuedTextUploadForm upload, CancellationToken cancellationToken)
    {
        var (plan, refusal) = await LoadAsync(planId, cancellationToken);
        if (plan is null)
        {
            return refusal!;
        }

        if (upload.Document is not { } document)
        {
            ModelState.AddModelError(UploadField, "Select the plan's document");
            return View("IssuedText", PageFor(plan, new DraftForm(), null));
        }

        DraftDocumentProblem? problem;
        await using (var uploaded = document.OpenReadStream())
        {
            problem = DraftDocumentCheck.Check(document.FileName, document.Length, uploaded);
        }

        if (problem is not null)
        {
            ModelState.AddModelError(UploadField, problem.Message);
            return View("IssuedText", PageFor(plan, new DraftForm(), null));
        }

        await using var content = new MemoryStream();
        await document.CopyToAsync(content, cancellationToken);
        content.Position = 0;
        var split = DraftDocumentReader.Read(content);
        content.Position = 0;
        var stored = await files.SaveAsync(plan.Id, document.FileName, content, cancellationToken);
        logger.LogInformation("Issued plan document stored for plan {PlanId} ({Length} bytes)", plan.Id, stored.Length);

        var form = new DraftForm { DocumentToken = documentTokens.Protect(plan.Id, stored), DocumentName = stored.OriginalFileName };
        foreach (var (code, text) in split.Sections)
        {
            form.Set(code, text);
        }

        ModelState.Clear();
        return View("IssuedText", PageFor(plan, form, split));
    }

    private async Task<(Plan? Plan, IActionResult? Refusal)> LoadAsync(int planId, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.Include(p => p.Versions).SingleOrDefaultAsync(p => p.Id == planId, cancellationToken);
        if (plan is null)
        {
            return (null, NotFound());
        }

        if (!(await authorization.AuthorizeAsync(User, plan, PlanOperations.EditRecord)).Succeeded)
        {
            return (null, Forbid());
        }

        if (plan.WhyNotBringInIssuedText() is { } reason)
        {
            TempData["Notice"] = reason;
            return (null, Redirect($"/plans/{plan.Id}"));
        }

        return (plan, null);
    }

    private static IssuedTextPage PageFor(Plan plan, DraftForm form, DraftDocumentSplit? split) =>
        new(plan.Id, plan.Reference, plan.IssuedOn, plan.BroughtInVersion?.Number, form, split);
}

/// <summary>The page that brings in the text of a plan as issued.</summary>
public sealed record IssuedTextPage(int PlanId, string PlanReference, DateOnly? IssuedOn, int? ReplacesVersion, DraftForm Form, DraftDocumentSplit? Split)
{
    public IssuedTextUploadForm Upload { get; } = new();

    public IReadOnlyList<SectionCode> MissingFromUpload => Split?.Missing ?? [];
}

/// <summary>The upload form: the issued plan as a Word file.</summary>
public sealed class IssuedTextUploadForm
{
    [System.ComponentModel.DataAnnotations.Display(Name = "Upload the plan document")]
    public IFormFile? Document { get; set; }
}
