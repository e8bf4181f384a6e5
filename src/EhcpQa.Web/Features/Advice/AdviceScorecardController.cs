using EhcpQa.Domain;
using EhcpQa.Domain.Advice;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.Advice;

/// <summary>
/// The advice scorecard: how much advice due in the last months came on time, and the median days it took, per agency,
/// per service and by month. QA leads see every agency; an agency lead sees their own.
/// </summary>
[Authorize(Policy = Policies.AdviceScorecard)]
[Route("advice/scorecard")]
public sealed class AdviceScorecardController(EhcpQaDbContext db, TimeProvider clock) : Controller
{
    /// <summary>The periods offered, in months up to and including this one.</summary>
    public static readonly IReadOnlyList<int> Periods = [3, 6, 12, 24];

    [HttpGet("")]
    public async Task<IActionResult> Index(int? months, CancellationToken cancellationToken)
    {
        var today = ServiceCalendar.DateOf(clock.GetUtcNow());
        var span = months is { } m && Periods.Contains(m) ? m : 12;
        var agency = AdviceAccess.AgencyLedBy(User.ToActor());
        var card = await Persistence.Queries.AdviceScorecards.ForMonthsAsync(db, agency, span, today, cancellationToken);
        return View("Scorecard", new AdviceScorecardPage(card, span, agency));
    }
}

public sealed record AdviceScorecardPage(AdviceScorecard Card, int Months, Domain.Staff.Agency? AgencyLed);
