using System.ComponentModel.DataAnnotations;
using EhcpQa.Domain;
using EhcpQa.Domain.Plans;
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
/// The texts of many plans issued before the service held them, at once: a QA lead uploads a zip of the plans' Word
/// documents, each named with its plan's reference, sees which are ready to add and why the others are refused,
/// and adds those ready in one transaction, each document kept with its plan's new version (as
/// <see cref="IssuedTextController"/> does for one plan). A document whose split is in doubt is left for its plan's
/// own page.
/// </summary>
[Authorize(Policy = Policies.RegisterImport)]
[ChildRecordPages]
[Route("plans/issued-texts")]
public sealed class IssuedTextsController(
    EhcpQaDbContext db,
    IssuedTextUploads uploads,
    TimeProvider clock,
    ILogger<IssuedTextsController> logger) : Controller
{
    private const string FileField = "Upload.File";

    [HttpGet("")]
    public IActionResult Index() => View("IssuedTexts", new IssuedTextsUploadPage());

    /// <summary>Checks the zip and every document in it; shows what adding them would do, keeping the zip until then.</summary>
    [HttpPost("")]
    [ValidateAntiForgeryToken]
    [EnableRateLimiting(RateLimits.Uploads)]
    [RequestSizeLimit(UploadLimits.RequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = UploadLimits.RequestBytes)]
    public async Task<IActionResult> Upload([Bind(Prefix = "Upload")] IssuedTextsUploadForm upload, CancellationToken cancellationToken)
    {
        if (upload.File is not { } file)
        {
            return Refused("Select the zip file");
        }

        if (file.Length <= 0)
        {
            return Refused(IssuedTextsZip.EmptyMessage);
        }

        if (file.Length > IssuedTextsZip.MaxBytes)
        {
            return Refused(IssuedTextsZip.TooLargeMessage);
        }

        byte[] content;
        await using (var stream = file.OpenReadStream())
        {
            using var buffer = new MemoryStream((int)file.Length);
            await stream.CopyToAsync(buffer, cancellationToken);
            content = buffer.ToArray();
        }

        var (preview, refusal) = await PreviewAsync(content, toBringIn: false, cancellationToken);
        if (preview is null)
        {
            return refusal!;
        }

        // A zip with nothing ready to add is not kept: there is nothing to come back to.
        Guid? id = preview.Ready.Count > 0 ? await uploads.AddAsync(content, cancellationToken) : null;
        logger.LogInformation("Zip of issued plans' texts {UploadId} uploaded by {UserId}: {Ready} ready, {Refused} refused",
            id, User.ToActor().UserId, preview.Ready.Count, preview.Refused);
        return View("IssuedTextsPreview", new IssuedTextsPreviewPage(id, file.FileName, preview));
    }

    /// <summary>What adding the texts of an uploaded zip would do now.</summary>
    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Show(Guid id, CancellationToken cancellationToken)
    {
        var (preview, refusal) = await PreviewKeptAsync(id, toBringIn: false, cancellationToken);
        return preview is null ? refusal! : View("IssuedTextsPreview", new IssuedTextsPreviewPage(id, null, preview));
    }

    /// <summary>Adds the texts of every document ready now, in one transaction; nothing is added if any cannot be.</summary>
    [HttpPost("{id:guid}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Add(Guid id, CancellationToken cancellationToken)
    {
        var (preview, refusal) = await PreviewKeptAsync(id, toBringIn: true, cancellationToken);
        if (preview is null)
        {
            return refusal!;
        }

        if (preview.Ready.Count == 0)
        {
            ModelState.AddModelError(string.Empty, "No document in the zip is ready to add, so nothing has been added");
            return View("IssuedTextsPreview", new IssuedTextsPreviewPage(id, null, preview));
        }

        var actor = User.ToActor();
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            if (!await uploads.ForgetAsync(id, cancellationToken))
            {
                throw new DbUpdateConcurrencyException("The zip was removed while its texts were being added.");
            }

            foreach (var ready in preview.Ready)
            {
                var stored = ready.Stored!;
                ready.Plan.BringInIssuedText(ready.Sections, new DraftDocument(stored.StorageKey, stored.OriginalFileName, stored.Length, stored.Sha256), actor.UserId, now);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Zip of issued plans' texts {UploadId}: {Count} texts brought in by {UserId}", id, preview.Ready.Count, actor.UserId);
            TempData["Success"] = preview.Ready.Count == 1
                ? "The text of 1 plan as issued has been added: it can now be sampled and moderated"
                : $"The texts of {preview.Ready.Count} plans as issued have been added: they can now be sampled and moderated";
            return RedirectToAction(nameof(Index));
        }
        catch (DomainRuleException refused)
        {
            ModelState.AddModelError(string.Empty, $"Nothing has been added. {refused.Message}");
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, "Someone else changed some of these plans, or added the texts of this zip, at the same time, so nothing has been added. Check the documents below as they are now.");
        }
        catch (DbUpdateException)
        {
            ModelState.AddModelError(string.Empty, "The texts could not be saved, so nothing has been added. Check the documents below, then add them again.");
        }

        await transaction.RollbackAsync(cancellationToken);
        db.ChangeTracker.Clear();
        await uploads.ForgetDocumentsAsync(preview.Ready);
        var (again, elsewhere) = await PreviewKeptAsync(id, toBringIn: false, cancellationToken);
        return again is null ? elsewhere! : View("IssuedTextsPreview", new IssuedTextsPreviewPage(id, null, again));
    }

    /// <summary>What the kept zip would do now; otherwise the upload page saying it is gone or cannot be read.</summary>
    private async Task<(IssuedTextsPreview? Preview, ViewResult? Refusal)> PreviewKeptAsync(Guid id, bool toBringIn, CancellationToken cancellationToken)
    {
        var content = await uploads.OpenAsync(id, cancellationToken);
        return content is null ? (null, Gone()) : await PreviewAsync(content, toBringIn, cancellationToken);
    }

    /// <summary>What a zip would do now; otherwise the upload page saying why it cannot be read.</summary>
    private async Task<(IssuedTextsPreview? Preview, ViewResult? Refusal)> PreviewAsync(byte[] content, bool toBringIn, CancellationToken cancellationToken)
    {
        using var zip = IssuedTextsZip.Open(content, out var problem);
        if (zip is null)
        {
            return (null, Refused(problem!));
        }

        try
        {
            return (await uploads.PreviewAsync(zip, User, toBringIn, cancellationToken), null);
        }
        catch (IssuedTextsZipDamagedException)
        {
            return (null, Refused(IssuedTextsZipDamagedException.UserMessage));
        }
    }

    private ViewResult Refused(string message)
    {
        ModelState.AddModelError(FileField, message);
        return View("IssuedTexts", new IssuedTextsUploadPage());
    }

    private ViewResult Gone() =>
        Refused("The zip is no longer kept: its texts have been added, or it was uploaded more than a day ago. Upload it again");
}

/// <summary>The page to upload a zip of issued plans' documents.</summary>
public sealed class IssuedTextsUploadPage
{
    public IssuedTextsUploadForm Upload { get; } = new();
}

/// <summary>The zip: Word documents named with their plans' references.</summary>
public sealed class IssuedTextsUploadForm
{
    [Display(Name = "Upload a zip file")]
    public IFormFile? File { get; set; }
}

/// <summary>What adding the texts of an uploaded zip would do.</summary>
/// <param name="Id">The zip as kept; null when it was not kept, having nothing ready to add.</param>
public sealed record IssuedTextsPreviewPage(Guid? Id, string? FileName, IssuedTextsPreview Preview)
{
    public bool CanAdd => Id is not null && Preview.Ready.Count > 0;

    public string Action => $"/plans/issued-texts/{Id:N}";
}
