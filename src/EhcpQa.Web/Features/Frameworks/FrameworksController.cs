using EhcpQa.Domain;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Infrastructure.Forms;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Frameworks;
using EhcpQa.Web.Persistence.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.Frameworks;

/// <summary>
/// The authority's frameworks: every framework and version with what each purpose uses; a version in full
/// as graders see it. A QA lead publishes, retires or discards a version and starts a new one from the
/// current version.
/// </summary>
[Authorize(Policy = Policies.FrameworkReader)]
[Route("frameworks")]
public sealed class FrameworksController(
    EhcpQaDbContext db, IAuthorizationService authorization, TimeProvider clock, ILogger<FrameworksController> logger) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var frameworks = await db.Frameworks.AsNoTracking().Include(f => f.Versions).OrderBy(f => f.Name).ToListAsync(cancellationToken);
        if (frameworks.Count == 0)
        {
            return View("NoFramework", await MayManageAsync());
        }

        var uses = await db.FrameworkUses.AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? new FrameworkUses();
        return View(new FrameworkListPage(frameworks, uses, await MayManageAsync()));
    }

    [HttpGet("versions/{id:int}")]
    public async Task<IActionResult> Version(int id, CancellationToken cancellationToken) =>
        await PageAsync(id, new ReviseForm(), cancellationToken) is { } page ? View("Version", page) : NotFound();

    [HttpPost("versions/{id:int}/publish")]
    [Authorize(Policy = Policies.QaLeadWork)]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Publish(int id, Guid concurrencyToken, CancellationToken cancellationToken) =>
        ChangeAsync(id, concurrencyToken, (version, _) => version.Publish(clock.GetUtcNow(), User.ToActor().UserId),
            version => $"Version {version.Number} of {version.Framework.Name} is published. Choose it for a purpose to put it to use", cancellationToken);

    [HttpPost("versions/{id:int}/retire")]
    [Authorize(Policy = Policies.QaLeadWork)]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Retire(int id, Guid concurrencyToken, CancellationToken cancellationToken) =>
        ChangeAsync(id, concurrencyToken, (version, uses) => uses.Retire(version, User.ToActor().UserId, clock.GetUtcNow()),
            version => $"Version {version.Number} of {version.Framework.Name} is retired. Gradings made on it keep it", cancellationToken);

    [HttpPost("versions/{id:int}/discard")]
    [Authorize(Policy = Policies.QaLeadWork)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Discard(int id, Guid concurrencyToken, CancellationToken cancellationToken)
    {
        var version = await db.FrameworkVersions.Include(v => v.Framework).ThenInclude(f => f.Versions).SingleOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (version is null)
        {
            return NotFound();
        }

        var framework = version.Framework;
        try
        {
            db.ExpectConcurrencyToken(version, concurrencyToken);
            framework.Discard(version);
            db.FrameworkVersions.Remove(version);
            if (framework.Versions.Count == 0)
            {
                db.Frameworks.Remove(framework);
            }

            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Framework version {VersionId} discarded by {UserId}", id, User.ToActor().UserId);
            TempData["Success"] = $"The draft version {version.Number} of {framework.Name} has been discarded";
            return Redirect("/frameworks");
        }
        catch (DomainRuleException refused)
        {
            ModelState.AddProblems(string.Empty, refused.Problems, string.Empty);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, Changed);
        }

        db.ChangeTracker.Clear();
        return await PageAsync(id, new ReviseForm(), cancellationToken) is { } page ? View("Version", page) : Redirect("/frameworks");
    }

    /// <summary>Starts a new draft version of the framework: a copy of its current version under a new title.</summary>
    [HttpPost("versions/{id:int}/revise")]
    [Authorize(Policy = Policies.QaLeadWork)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Revise(int id, [Bind(Prefix = "Revision")] ReviseForm form, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var version = await db.FrameworkVersions.Include(v => v.Framework).ThenInclude(f => f.Versions).SingleOrDefaultAsync(v => v.Id == id, cancellationToken);
            if (version is null)
            {
                return NotFound();
            }

            try
            {
                var draft = version.Framework.Revise(form.Title!, User.ToActor().UserId, clock.GetUtcNow());
                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("Framework version {VersionId} started from {FromVersionId} by {UserId}", draft.Id, id, User.ToActor().UserId);
                TempData["Success"] = $"Version {draft.Number} is a draft copy of version {version.Framework.CurrentVersion?.Number}. Check it, then publish it";
                return RedirectToAction(nameof(Version), new { id = draft.Id });
            }
            catch (DomainRuleException refused)
            {
                ModelState.AddProblems("Revision.", refused.Problems, nameof(ReviseForm.Title));
            }
            catch (DbUpdateException) when (db.ChangeTracker.Entries<FrameworkVersion>().Any(e => e.State == EntityState.Added))
            {
                // Someone else started a version of this framework at the same moment: its number is taken.
                ModelState.AddModelError("Revision.Title", "Someone else started a new version of this framework at the same time. Check the versions as they are now.");
            }

            db.ChangeTracker.Clear();
        }

        return await PageAsync(id, form, cancellationToken) is { } page ? View("Version", page) : NotFound();
    }

    private const string Changed = "Someone else changed this version while you were looking at it, so nothing has been saved. Check the version as it is now.";

    private async Task<IActionResult> ChangeAsync(
        int id, Guid concurrencyToken, Action<FrameworkVersion, FrameworkUses> change, Func<FrameworkVersion, string> done, CancellationToken cancellationToken)
    {
        var version = await db.FrameworkVersions.Whole(tracked: true).SingleOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (version is null)
        {
            return NotFound();
        }

        var uses = await db.FrameworkUses.SingleOrDefaultAsync(cancellationToken) ?? new FrameworkUses();
        try
        {
            db.ExpectConcurrencyToken(version, concurrencyToken);
            change(version, uses);
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Framework version {VersionId} changed by {UserId}", id, User.ToActor().UserId);
            TempData["Success"] = done(version);
            return RedirectToAction(nameof(Version), new { id });
        }
        catch (DomainRuleException refused)
        {
            ModelState.AddProblems(string.Empty, refused.Problems, string.Empty);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, Changed);
        }

        db.ChangeTracker.Clear();
        return await PageAsync(id, new ReviseForm(), cancellationToken) is { } page ? View("Version", page) : NotFound();
    }

    private async Task<FrameworkVersionPage?> PageAsync(int id, ReviseForm revision, CancellationToken cancellationToken)
    {
        var version = await db.FrameworkVersions.Whole(tracked: true).SingleOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (version is null)
        {
            return null;
        }

        var token = db.ConcurrencyTokenOf(version);
        db.Entry(version).State = EntityState.Detached;
        var versions = await db.FrameworkVersions.AsNoTracking()
            .Where(v => v.FrameworkId == version.FrameworkId)
            .OrderByDescending(v => v.Number)
            .Select(v => new FrameworkVersionSummary(v.Id, v.Number, v.Title, v.PublishedAt, v.FirstUsedAt, v.RetiredAt))
            .ToListAsync(cancellationToken);
        var uses = await db.FrameworkUses.AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? new FrameworkUses();
        var names = await StaffNames.LoadAsync(db, [version.AddedBy, version.PublishedBy, version.RetiredBy], cancellationToken);
        if (string.IsNullOrEmpty(revision.Title))
        {
            revision.Title = $"{version.Title} (revised)";
        }

        return new FrameworkVersionPage(
            version,
            versions,
            FrameworkPurposes.All.Where(p => uses.VersionFor(p) == version.Id).ToList(),
            names,
            await MayManageAsync(),
            token,
            revision,
            versions.Any(v => v.PublishedAt is null));
    }

    private async Task<bool> MayManageAsync() => (await authorization.AuthorizeAsync(User, Policies.QaLeadWork)).Succeeded;
}
