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
        var to = new DateOnly(today.Year, today.Month, 1).AddMonths(1).AddDays(-1);
        var from = new DateOnly(today.Year, today.Month, 1).AddMonths(1 - span);
        var agency = AdviceAccess.AgencyLedBy(User.ToActor());
        var card = AdviceScorecard.Of(
            await DatesAsync(db, agency, from, to, cancellationToken), await Persistence.Queries.AdviceAuditScores.ReadAsync(db, agency, from, to, cancellationToken), from, to, today);
        return View("Scorecard", new AdviceScorecardPage(card, span, AdviceAccess.AgencyLedBy(User.ToActor())));
    }

    /// <summary>The dates of the advice due in the period, of one agency or of all.</summary>
    public static async Task<IReadOnlyList<AdviceDates>> DatesAsync(EhcpQaDbContext db, Domain.Staff.Agency? agency, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var query = db.AdviceRequests.AsNoTracking().Where(r => r.DueOn >= from && r.DueOn <= to);
        if (agency is { } only)
        {
            query = query.Where(r => r.Agency == only);
        }

        var rows = await query.Select(r => new { r.Agency, r.Service, r.ServiceName, r.RequestedOn, r.DueOn, r.ReceivedOn }).ToListAsync(cancellationToken);
        return rows.Select(r => new AdviceDates(r.Agency, AdviceRequest.WordsFor(r.Service, r.ServiceName), r.RequestedOn, r.DueOn, r.ReceivedOn)).ToList();
    }

}

public sealed record AdviceScorecardPage(AdviceScorecard Card, int Months, Domain.Staff.Agency? AgencyLed);
