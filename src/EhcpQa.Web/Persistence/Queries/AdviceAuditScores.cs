using EhcpQa.Domain;
using EhcpQa.Domain.Advice;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Persistence.Queries;

/// <summary>
/// Reads what the advice scorecard's quality figures count (<see cref="AdviceAuditScore"/>) for the scorecard and the
/// board summary: each audit of advice submitted in the days asked for (a range a day wider each side is read, then
/// narrowed by the UK date), of one agency or of all, with its score and whether it reached its form's bar.
/// </summary>
public static class AdviceAuditScores
{
    public static async Task<IReadOnlyList<AdviceAuditScore>> ReadAsync(
        EhcpQaDbContext db, Agency? agency, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var (start, end) = ServiceCalendar.UtcRangeAround(from, to);
        var audits = from grading in db.Gradings.AsNoTracking()
                     join request in db.AdviceRequests.AsNoTracking() on grading.AdviceRequestId equals request.Id
                     where grading.Purpose == GradingPurpose.AdviceAudit && grading.SubmittedAt >= start && grading.SubmittedAt < end
                     select new { Grading = grading, request.Agency, request.Service, request.ServiceName };
        if (agency is { } only)
        {
            audits = audits.Where(a => a.Agency == only);
        }

        return (await audits.ToListAsync(cancellationToken))
            .Select(a => new AdviceAuditScore(
                a.Agency,
                AdviceRequest.WordsFor(a.Service, a.ServiceName),
                ServiceCalendar.DateOf(a.Grading.SubmittedAt!.Value),
                a.Grading.PointsOnForm.Percentage,
                a.Grading.PassesBar))
            .Where(a => a.AuditedOn >= from && a.AuditedOn <= to)
            .ToList();
    }
}
