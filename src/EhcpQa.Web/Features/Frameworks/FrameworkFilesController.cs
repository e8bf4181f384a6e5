using System.ComponentModel.DataAnnotations;
using EhcpQa.Domain;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Frameworks.Forms;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Infrastructure.Forms;
using EhcpQa.Web.Infrastructure.Security;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Frameworks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.Frameworks;

/// <summary>
/// Framework files (docs/frameworks.md): a QA lead checks a file, seeing every problem with its place in
/// the file or the form it describes, and downloads any version as a file.
/// </summary>
[Authorize(Policy = Policies.QaLeadWork)]
[Route("frameworks")]
public sealed class FrameworkFilesController(EhcpQaDbContext db, TimeProvider clock, ILogger<FrameworkFilesController> logger) : Controller
{
    private const string FileField = "Upload.File";

    [HttpGet("check")]
    public IActionResult Check() => View(new FrameworkCheckPage(null, null, []));

    [HttpGet("import")]
    public IActionResult Import() => View(nameof(Check), new FrameworkCheckPage(null, null, []));

    [HttpPost("check")]
    [ValidateAntiForgeryToken]
    [EnableRateLimiting(RateLimits.Uploads)]
    [RequestSizeLimit(UploadLimits.RequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = UploadLimits.RequestBytes)]
    public async Task<IActionResult> Check([Bind(Prefix = "Upload")] FrameworkUploadForm upload, CancellationToken cancellationToken)
    {
        var (page, _) = await ReadAsync(upload, cancellationToken);
        return View(page);
    }

    /// <summary>
    /// Imports a file as a new draft version: of the framework with the file's key, or of a new framework.
    /// A file with any problem imports nothing.
    /// </summary>
    [HttpPost("import")]
    [ValidateAntiForgeryToken]
    [EnableRateLimiting(RateLimits.Uploads)]
    [RequestSizeLimit(UploadLimits.RequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = UploadLimits.RequestBytes)]
    public async Task<IActionResult> Import([Bind(Prefix = "Upload")] FrameworkUploadForm upload, CancellationToken cancellationToken)
    {
        var (page, form) = await ReadAsync(upload, cancellationToken);
        if (form is null)
        {
            return View(nameof(Check), page);
        }

        var framework = await db.Frameworks.Include(f => f.Versions).SingleOrDefaultAsync(f => f.Key == form.Key, cancellationToken);
        var by = User.ToActor().UserId;
        try
        {
            FrameworkVersion draft;
            if (framework is null)
            {
                framework = Framework.FromForm(form, by, clock.GetUtcNow());
                db.Frameworks.Add(framework);
                draft = framework.Versions[0];
            }
            else
            {
                draft = framework.AddDraft(form, by, clock.GetUtcNow());
            }

            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Framework file imported as version {VersionId} by {UserId}", draft.Id, by);
            TempData["Success"] = $"{upload.File!.FileName} is imported as version {draft.Number} of {framework.Name}, a draft. Check it, then publish it";
            return RedirectToAction(nameof(FrameworksController.Version), "Frameworks", new { id = draft.Id });
        }
        catch (DomainRuleException refused)
        {
            ModelState.AddModelError(FileField, $"The file has not been imported. {refused.Message}");
        }
        catch (DbUpdateException)
        {
            ModelState.AddModelError(FileField, "Someone else imported a version of this framework at the same time, so this file has not been imported. Check the frameworks as they are now.");
        }

        return View(nameof(Check), page with { Form = null });
    }

    private async Task<(FrameworkCheckPage Page, FrameworkForm? Form)> ReadAsync(FrameworkUploadForm upload, CancellationToken cancellationToken)
    {
        if (upload.File is not { Length: > 0 } file)
        {
            ModelState.AddModelError(FileField, upload.File is null ? "Select a framework file" : "The selected file is empty");
            return (new FrameworkCheckPage(null, null, []), null);
        }

        if (file.Length > FrameworkFile.MaxBytes)
        {
            ModelState.AddModelError(FileField, $"The selected file must be smaller than {FrameworkFile.MaxBytes / 1024 / 1024} MB: a framework file is far smaller");
            return (new FrameworkCheckPage(file.FileName, null, []), null);
        }

        FrameworkFileReading reading;
        await using (var stream = file.OpenReadStream())
        {
            reading = await FrameworkFile.ReadAsync(stream, cancellationToken);
        }

        if (!reading.Succeeded)
        {
            logger.LogInformation("A framework file was checked and refused with {ProblemCount} problems", reading.Problems.Count);
            ModelState.AddModelError(FileField, reading.Problems.Count == 1
                ? $"The file has a problem: {Describe(reading.Problems[0])}"
                : $"The file has {reading.Problems.Count} problems, listed below. Correct them all, then check the file again");
            return (new FrameworkCheckPage(file.FileName, null, reading.Problems), null);
        }

        return (new FrameworkCheckPage(file.FileName, reading.Form, []), reading.Form);
    }

    [HttpGet("versions/{id:int}/file")]
    public async Task<IActionResult> Download(int id, CancellationToken cancellationToken)
    {
        var version = await db.FrameworkVersions.Whole().SingleOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (version is null)
        {
            return NotFound();
        }

        var form = version.WholeForm();
        return File(FrameworkFile.Write(form), "application/json", FrameworkFile.FileNameFor(form, version.Number));
    }

    [HttpGet("examples/{name}")]
    public IActionResult Example(string name) =>
        FrameworkExamples.PathOf(name) is { } path ? PhysicalFile(path, "application/json", name) : NotFound();

    /// <summary>"sections[3].items[2].answers: …", or the message alone for a problem with the whole file.</summary>
    private static string Describe(Problem problem) =>
        problem.Field.Length == 0 ? problem.Message : $"{problem.Field}: {problem.Message}";
}

/// <summary>The file chosen on the check page.</summary>
public sealed class FrameworkUploadForm
{
    [Display(Name = "Framework file")]
    public IFormFile? File { get; set; }
}

/// <summary>The check page: the file's name once one is chosen, and either the form it describes or its problems.</summary>
public sealed record FrameworkCheckPage(string? FileName, FrameworkForm? Form, IReadOnlyList<Problem> Problems)
{
    public FrameworkUploadForm Upload { get; } = new();
}
