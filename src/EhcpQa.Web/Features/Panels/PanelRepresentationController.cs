using EhcpQa.Domain;
using EhcpQa.Domain.Moderation;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.Panels;

/// <summary>
/// The QA lead sets how the authority runs its panels: the agencies a panel must include, the authority's name for
/// each agency and the fewest plans a session moderates; every setting is kept with who made it and when.
/// </summary>
[Authorize(Policy = Policies.QaLeadWork)]
[Route("panels/representation")]
public sealed class PanelRepresentationController(EhcpQaDbContext db, TimeProvider clock, ILogger<PanelRepresentationController> logger) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View("Representation", await PageAsync(PanelRepresentationForm.From(await db.LatestPanelRepresentationAsync(cancellationToken)), cancellationToken));

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Index([Bind(Prefix = "Representation")] PanelRepresentationForm form, CancellationToken cancellationToken)
    {
        form.Tidy();
        if (ModelState.IsValid)
        {
            var latest = await db.LatestPanelRepresentationAsync(cancellationToken);
            try
            {
                var userId = User.ToActor().UserId;
                db.PanelRepresentationChanges.Add(PanelRepresentationChange.Make(form.ToRepresentation(), form.ReadFrom, latest, userId, clock.GetUtcNow()));
                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("Panel representation set by {UserId}", userId);
                TempData["Success"] = "The panel representation is saved. Sessions are checked against it from now on";
                return RedirectToAction(nameof(Index));
            }
            catch (DomainRuleException refused)
            {
                ModelState.AddModelError($"Representation.{nameof(PanelRepresentationForm.Required)}", refused.Message);
                form.ReadFrom = latest?.Id;
            }
        }

        return View("Representation", await PageAsync(form, cancellationToken));
    }

    private async Task<PanelRepresentationPage> PageAsync(PanelRepresentationForm form, CancellationToken cancellationToken)
    {
        var changes = await db.PanelRepresentationChanges.AsNoTracking().OrderByDescending(c => c.Id).ToListAsync(cancellationToken);
        return new PanelRepresentationPage(form, changes, await StaffNames.LoadAsync(db, changes.Select(c => c.ChangedBy), cancellationToken));
    }
}
