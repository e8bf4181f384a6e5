using EhcpQa.Domain.Advice;
using EhcpQa.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Persistence.Queries;

/// <summary>
/// Reads the advice scorecard (<see cref="AdviceScorecard"/>) of one agency or of all, over the last months up to and
/// including this one: the dates of the advice due in them and the audits submitted in them. The scorecard page and an
/// agency lead's home page read it the same way.
/// </summary>
public static class AdviceScorecards
{
    /// <summary>The scorecard of the <paramref name="months"/> months ending with the month of <paramref name="today"/>.</summary>
    public static async Task<AdviceScorecard> ForMonthsAsync(EhcpQaDbContext db, Agency? agency, int months, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(months);
        var to = new DateOnly(today.Year, today.Month, 1).AddMonths(1).AddDays(-1);
        var from = new DateOnly(today.Year, today.Month, 1).AddMonths(1 - months);
        return AdviceScorecard.Of(
            await DatesAsync(db, agency, from, to, cancellationToken), await AdviceAuditScores.ReadAsync(db, agency, from, to, cancellationToken), from, to, today);
    }

    /// <summary>The dates of the advice due in the period, of one agency or of all.</summary>
    private static async Task<IReadOnlyList<AdviceDates>> DatesAsync(EhcpQaDbContext db, Agency? agency, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var query = db.AdviceRequests.AsNoTracking().Where(r => r.DueOn >= from && r.DueOn <= to);
        if (agency is { } only)
        {
            query = query.Where(r => r.Agency == only);
        }

        var rows = await query.Select(r => new { r.Agency, r.Service, r.ServiceName, r.RequestedOn, r.DueOn, r.ReceivedOn }).ToListAsync(cancellationToken);
        return rows.Select(r => new AdviceDates(r.Agency, AdviceRequest.WordsFor(r.Service, r.ServiceName), r.RequestedOn, r.DueOn, r.ReceivedOn)).ToList();
    }
}
