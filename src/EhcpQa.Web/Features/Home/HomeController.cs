using EhcpQa.Domain;
using EhcpQa.Domain.Advice;
using EhcpQa.Domain.Staff;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Queries;
using Microsoft.AspNetCore.Mvc;

namespace EhcpQa.Web.Features.Home;

/// <summary>The start page: what waits for this person, most urgent first, then what else they can do here, by role.</summary>
[Route("")]
public sealed class HomeController(EhcpQaDbContext db, TimeProvider clock) : Controller
{
    /// <summary>The months of an agency lead's advice figures on their home page.</summary>
    public const int AgencyAdviceMonths = 12;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        var today = ServiceCalendar.DateOf(clock.GetUtcNow());
        var hasWorkLists = WaitingWork.HasWorkLists(actor);
        var work = hasWorkLists
            ? await new WaitingWork(db, actor, today).ListsAsync(cancellationToken)
            : [];
        return View(new HomePage(User.DisplayNameOf(), actor.Roles.OrderBy(r => r, StringComparer.Ordinal).Select(StaffRole.Name).ToList(), actor, hasWorkLists, work)
        {
            AgencyAdvice = AdviceAccess.AgencyLedBy(actor) is { } agency
                ? await AdviceScorecards.ForMonthsAsync(db, agency, AgencyAdviceMonths, today, cancellationToken)
                : null,
        });
    }
}
