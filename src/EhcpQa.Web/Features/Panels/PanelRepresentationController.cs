using EhcpQa.Domain.Moderation;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Infrastructure.Forms;
using EhcpQa.Web.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

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
        View("Representation", await PageAsync(PanelRepresentationForm.From(await db.LatestSettingAsync<PanelRepresentationChange>(cancellationToken)), cancellationToken));

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Index([Bind(Prefix = "Representation")] PanelRepresentationForm form, CancellationToken cancellationToken)
    {
        form.Tidy();
        if (ModelState.IsValid)
        {
            var userId = User.ToActor().UserId;
            if (await this.TrySaveSettingAsync<PanelRepresentationChange>(
                db,
                latest => PanelRepresentationChange.Make(form.ToRepresentation(), form.ReadFrom, latest, userId, clock.GetUtcNow()),
                $"Representation.{nameof(PanelRepresentationForm.Required)}",
                readFrom => form.ReadFrom = readFrom,
                cancellationToken))
            {
                logger.LogInformation("Panel representation set by {UserId}", userId);
                TempData["Success"] = "The panel representation is saved. Sessions are checked against it from now on";
                return RedirectToAction(nameof(Index));
            }
        }

        return View("Representation", await PageAsync(form, cancellationToken));
    }

    private async Task<PanelRepresentationPage> PageAsync(PanelRepresentationForm form, CancellationToken cancellationToken)
    {
        var history = await db.SettingHistoryAsync<PanelRepresentationChange>(cancellationToken);
        return new PanelRepresentationPage(form, history.Changes, history.Names);
    }
}
