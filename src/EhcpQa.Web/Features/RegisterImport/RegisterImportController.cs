using System.Globalization;
using EhcpQa.Domain;
using EhcpQa.Domain.Register;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Infrastructure.Forms;
using EhcpQa.Web.Infrastructure.Security;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.RegisterImport;

/// <summary>
/// Importing the register exported from the authority's case-management system (docs/register-import.md): a QA lead
/// or administrator uploads the file, chooses which column holds each field (offered the columns chosen last time),
/// sees what importing would add, update and refuse, and imports it in one transaction.
/// </summary>
[Authorize(Policy = Policies.RegisterImport)]
[ChildRecordPages]
[Route("plans/import")]
public sealed class RegisterImportController(
    EhcpQaDbContext db,
    RegisterImports imports,
    RegisterImportProgress progress,
    TimeProvider clock,
    ILogger<RegisterImportController> logger) : Controller
{
    private const string FileField = "Upload.File";

    /// <summary>How many refusals the preview lists on the page; all of them are in its CSV.</summary>
    public const int RefusalsShown = 200;

    /// <summary>How many additions and updates the preview lists on the page.</summary>
    public const int ChangesShown = 50;

    private DateOnly Today => ServiceCalendar.DateOf(clock.GetUtcNow());

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await UploadPageAsync(cancellationToken));

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    [EnableRateLimiting(RateLimits.Uploads)]
    [RequestSizeLimit(UploadLimits.RequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = UploadLimits.RequestBytes)]
    public async Task<IActionResult> Upload([Bind(Prefix = "Upload")] RegisterUploadForm upload, CancellationToken cancellationToken)
    {
        if (upload.File is not { } file)
        {
            ModelState.AddModelError(FileField, "Select the register file");
            return View(nameof(Index), await UploadPageAsync(cancellationToken));
        }

        byte[] content;
        await using (var stream = file.OpenReadStream())
        {
            var problem = RegisterFileCheck.Check(file.FileName, file.Length, stream);
            if (problem is not null)
            {
                ModelState.AddModelError(FileField, problem);
                return View(nameof(Index), await UploadPageAsync(cancellationToken));
            }

            using var buffer = new MemoryStream();
            stream.Position = 0;
            await stream.CopyToAsync(buffer, cancellationToken);
            content = buffer.ToArray();
        }

        int rowCount;
        try
        {
            rowCount = RegisterFile.Open(file.FileName, content).CountRows();
        }
        catch (RegisterFileUnreadableException unreadable)
        {
            ModelState.AddModelError(FileField, unreadable.Message);
            return View(nameof(Index), await UploadPageAsync(cancellationToken));
        }

        var import = await imports.AddAsync(file.FileName, content, rowCount, User.ToActor().UserId, cancellationToken);
        logger.LogInformation("Register file {ImportId} of {RowCount} rows uploaded by {UserId}", import.Id, rowCount, import.UploadedById);
        return RedirectToAction(nameof(Columns), new { id = import.Id });
    }

    [HttpGet("{id:int}/columns")]
    public async Task<IActionResult> Columns(int id, CancellationToken cancellationToken)
    {
        var (opened, elsewhere) = await OpenWaitingAsync(id, cancellationToken);
        if (opened is null)
        {
            return elsewhere!;
        }

        var headings = opened.File.Headings;
        var mapping = opened.Import.Mapping ?? RegisterColumnMapping.Suggest(headings, await imports.LastMappingAsync(id, cancellationToken));
        return View(ColumnsPage(opened, RegisterColumnsForm.From(mapping, db.ConcurrencyTokenOf(opened.Import))));
    }

    [HttpPost("{id:int}/columns")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Columns(int id, [Bind(Prefix = "Form")] RegisterColumnsForm form, CancellationToken cancellationToken)
    {
        var (opened, elsewhere) = await OpenWaitingAsync(id, cancellationToken);
        if (opened is null)
        {
            return elsewhere!;
        }

        var headings = opened.File.Headings;
        try
        {
            opened.Import.ChooseColumns(form.ToMapping(headings), headings);
            db.ExpectConcurrencyToken(opened.Import, form.ConcurrencyToken);
            await db.SaveChangesAsync(cancellationToken);
            return RedirectToAction(nameof(Show), new { id });
        }
        catch (DomainRuleException refused)
        {
            foreach (var problem in refused.Problems)
            {
                ModelState.AddModelError(form.KeyOf(problem.Field), problem.Message);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, "Someone else chose the columns for this file or imported it while you were choosing, so your choices have not been saved. They are still below: check the file, then save again.");
            ModelState.Remove($"Form.{nameof(RegisterColumnsForm.ConcurrencyToken)}");
            await db.Entry(opened.Import).ReloadAsync(cancellationToken);
            form.ConcurrencyToken = db.ConcurrencyTokenOf(opened.Import);
        }

        return View(ColumnsPage(opened, form));
    }

    /// <summary>The preview of an import whose columns are chosen, or what an import did.</summary>
    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken cancellationToken)
    {
        var import = await db.RegisterImports.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (import is null)
        {
            return NotFound();
        }

        if (import.IsImported)
        {
            var names = await StaffNames.LoadAsync(db, [import.UploadedById, import.ImportedById], cancellationToken);
            return View("Imported", new RegisterImportedPage(import, names.Of(import.UploadedById), names.Of(import.ImportedById)));
        }

        if (import.Mapping is null)
        {
            return RedirectToAction(nameof(Columns), new { id });
        }

        var opened = await imports.OpenAsync(id, cancellationToken);
        if (opened is null)
        {
            return NotFound();
        }

        if (opened.IsRemoved)
        {
            return await RemovedAsync(opened, cancellationToken);
        }

        return View("Preview", await PreviewPageAsync(opened, cancellationToken));
    }

    /// <summary>Imports the file as its preview is now (the register may have changed since it was shown), in one transaction.</summary>
    [HttpPost("{id:int}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Import(int id, [Bind(Prefix = "Confirm")] RegisterImportConfirmForm confirm, CancellationToken cancellationToken)
    {
        var (opened, elsewhere) = await OpenWaitingAsync(id, cancellationToken);
        if (opened is null)
        {
            return elsewhere!;
        }

        if (opened.Import.Mapping is null)
        {
            return RedirectToAction(nameof(Columns), new { id });
        }

        var actor = User.ToActor();
        progress.Report(id, ImportStep.CheckingRows);
        try
        {
            return await ImportAsync(opened, confirm, actor.UserId, cancellationToken);
        }
        finally
        {
            progress.Finished(id);
        }
    }

    /// <summary>How far the import of the file has gone, for its page to show while it waits (JSON; no step when none is under way here).</summary>
    [HttpGet("{id:int}/progress")]
    public IActionResult Progress(int id) =>
        Json(progress.Of(id) is { } report
            ? new ImportProgressReply(report.Step.ToString(), report.Done, report.Total, report.Text)
            : new ImportProgressReply(null, 0, 0, null));

    private async Task<IActionResult> ImportAsync(OpenedRegister opened, RegisterImportConfirmForm confirm, string userId, CancellationToken cancellationToken)
    {
        var id = opened.Import.Id;
        var preview = await imports.PreviewAsync(opened, Today, toImport: true, cancellationToken);
        db.ExpectConcurrencyToken(opened.Import, confirm.ConcurrencyToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            progress.Report(id, ImportStep.UpdatingPlans, 0, preview.Updates.Count);
            var added = opened.Import.Import(preview, userId, clock.GetUtcNow());
            await imports.ForgetFileAsync(opened.Import, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            var toAdd = opened.Import.Added;
            progress.Report(id, ImportStep.AddingPlans, 0, toAdd);
            await imports.AddInBatchesAsync(added, saved => progress.Report(id, ImportStep.AddingPlans, saved, toAdd), cancellationToken);
            progress.Report(id, ImportStep.Finishing);
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation(
                "Register file {ImportId} imported by {UserId}: {Added} added, {Updated} updated, {Unchanged} unchanged, {Refused} refused",
                id, userId, opened.Import.Added, opened.Import.Updated, opened.Import.Unchanged, opened.Import.Refused);
            TempData["Success"] = $"{opened.Import.FileName} is imported";
            return RedirectToAction(nameof(Show), new { id });
        }
        catch (DomainRuleException refused)
        {
            ModelState.AddModelError(string.Empty, $"Nothing has been imported. {refused.Message}");
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, "Someone else imported this file, changed its columns or changed one of its plans at the same time, so nothing has been imported. Check the preview below as it is now, then import again.");
        }
        catch (DbUpdateException)
        {
            ModelState.AddModelError(string.Empty, "Someone else added plans with some of these references at the same time, so nothing has been imported. Check the preview below, then import again.");
        }

        await transaction.RollbackAsync(cancellationToken);
        db.ChangeTracker.Clear();
        var reopened = await imports.OpenAsync(id, cancellationToken);
        if (reopened is null || reopened.Import.IsImported || reopened.IsRemoved)
        {
            return RedirectToAction(nameof(Show), new { id });
        }

        return View("Preview", await PreviewPageAsync(reopened, cancellationToken));
    }

    /// <summary>An example register with every field the service reads, under headings it recognises, to start from.</summary>
    [HttpGet("example.csv")]
    public IActionResult Example() => File(RegisterExampleCsv.Write(), "text/csv", "example-register.csv");

    /// <summary>Every refused row of the preview, as a CSV to put right in the case-management system.</summary>
    [HttpGet("{id:int}/refusals.csv")]
    public async Task<IActionResult> Refusals(int id, CancellationToken cancellationToken)
    {
        var opened = await imports.OpenAsync(id, cancellationToken);
        if (opened is null || opened.Import.Mapping is null || opened.Import.IsImported || opened.IsRemoved)
        {
            return NotFound();
        }

        var preview = await imports.PreviewAsync(opened, Today, toImport: false, cancellationToken);
        var name = Path.GetFileNameWithoutExtension(opened.Import.FileName);
        return File(RegisterRefusalsCsv.Write(preview.Refusals), "text/csv", $"{name}-refused-rows.csv");
    }

    /// <summary>
    /// An upload still waiting to be imported, with its file; otherwise where to go instead: not found, what the
    /// import did, or the upload page saying its file was removed.
    /// </summary>
    private async Task<(OpenedRegister? Opened, IActionResult? Elsewhere)> OpenWaitingAsync(int id, CancellationToken cancellationToken)
    {
        var opened = await imports.OpenAsync(id, cancellationToken);
        if (opened is null)
        {
            return (null, NotFound());
        }

        if (opened.Import.IsImported)
        {
            return (null, RedirectToAction(nameof(Show), new { id }));
        }

        return opened.IsRemoved ? (null, await RemovedAsync(opened, cancellationToken)) : (opened, null);
    }

    /// <summary>The upload page, saying that this upload's file was removed unimported and must be uploaded again.</summary>
    private async Task<IActionResult> RemovedAsync(OpenedRegister opened, CancellationToken cancellationToken)
    {
        ModelState.AddModelError(FileField,
            $"{opened.Import.FileName} was uploaded on {opened.Import.UploadedAt:d MMMM yyyy} and not imported within a day, so it has been removed: upload the register again");
        return View(nameof(Index), await UploadPageAsync(cancellationToken));
    }

    private async Task<RegisterUploadPage> UploadPageAsync(CancellationToken cancellationToken)
    {
        var earlier = await db.RegisterImports.AsNoTracking()
            .OrderByDescending(i => i.UploadedAt)
            .Take(20)
            .ToListAsync(cancellationToken);
        var names = await StaffNames.LoadAsync(db, earlier.Select(i => i.ImportedById ?? i.UploadedById).Distinct().ToList(), cancellationToken);
        var removedBefore = clock.GetUtcNow() - UploadLimits.UnusedKept;
        return new RegisterUploadPage(earlier
            .Select(i => new EarlierImport(i, names.Of(i.ImportedById ?? i.UploadedById), !i.IsImported && i.UploadedAt < removedBefore))
            .ToList());
    }

    private static RegisterColumnsPage ColumnsPage(OpenedRegister opened, RegisterColumnsForm form) =>
        new(opened.Import, form, opened.File.Headings);

    private async Task<RegisterPreviewPage> PreviewPageAsync(OpenedRegister opened, CancellationToken cancellationToken)
    {
        var preview = await imports.PreviewAsync(opened, Today, toImport: false, cancellationToken);
        var localities = await db.Localities.AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.Name, cancellationToken);
        return new RegisterPreviewPage(
            opened.Import,
            preview,
            opened.Import.Mapping!,
            localities,
            new RegisterImportConfirmForm { ConcurrencyToken = db.ConcurrencyTokenOf(opened.Import) });
    }

    internal static string Count(int count, string one, string many) =>
        count == 1 ? $"1 {one}" : $"{count.ToString("N0", CultureInfo.InvariantCulture)} {many}";
}
