using EhcpQa.Domain;
using EhcpQa.Domain.Staff;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Persistence;
using Microsoft.AspNetCore.Mvc;

namespace EhcpQa.Web.Features.Home;

/// <summary>The start page: what waits for this person, most urgent first, then what else they can do here, by role.</summary>
[Route("")]
public sealed class HomeController(EhcpQaDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        var hasWorkLists = WaitingWork.HasWorkLists(actor);
        var work = hasWorkLists
            ? await new WaitingWork(db, actor, ServiceCalendar.DateOf(clock.GetUtcNow())).ListsAsync(cancellationToken)
            : [];
        return View(new HomePage(User.DisplayNameOf(), actor.Roles.OrderBy(r => r, StringComparer.Ordinal).Select(StaffRole.Name).ToList(), actor, hasWorkLists, work));
    }
}
