using EhcpQa.Domain.Frameworks;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.Frameworks;

/// <summary>The QA framework: the current version in full, and every older version as it was.</summary>
[Authorize(Policy = Policies.FrameworkReader)]
[Route("frameworks")]
public sealed class FrameworksController(EhcpQaDbContext db, IAuthorizationService authorization) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var frameworks = await db.Frameworks.AsNoTracking().Include(f => f.Versions).OrderBy(f => f.Name).ToListAsync(cancellationToken);
        var current = frameworks.Select(f => f.CurrentVersion).OfType<FrameworkVersion>().FirstOrDefault();
        if (current is null)
        {
            return View("NoFramework");
        }

        return await Version(current.Id, cancellationToken);
    }

    [HttpGet("versions/{id:int}")]
    public async Task<IActionResult> Version(int id, CancellationToken cancellationToken)
    {
        var version = await db.FrameworkVersions.Whole().SingleOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (version is null)
        {
            return NotFound();
        }

        var versions = await db.FrameworkVersions.AsNoTracking()
            .Where(v => v.FrameworkId == version.FrameworkId)
            .OrderByDescending(v => v.Number)
            .Select(v => new FrameworkVersionSummary(v.Id, v.Number, v.Title, v.PublishedAt, v.FirstUsedAt))
            .ToListAsync(cancellationToken);
        var currentId = versions.FirstOrDefault(v => v.PublishedAt is not null)?.Id;
        var worksWithFiles = (await authorization.AuthorizeAsync(User, Policies.QaLeadWork)).Succeeded;
        return View("Version", new FrameworkVersionPage(version, versions, version.Id == currentId, worksWithFiles));
    }
}

public sealed record FrameworkVersionSummary(int Id, int Number, string Title, DateTimeOffset? PublishedAt, DateTimeOffset? FirstUsedAt);

/// <param name="WorksWithFiles">Whether the reader may download versions as framework files and check files (QA leads).</param>
public sealed record FrameworkVersionPage(FrameworkVersion Version, IReadOnlyList<FrameworkVersionSummary> Versions, bool IsCurrent, bool WorksWithFiles);
