using EhcpQa.Domain;
using EhcpQa.Domain.Advice;
using EhcpQa.Domain.Dashboards;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Frameworks.Forms;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Persistence.Queries;

/// <summary>
/// Reads what the advice quality figures count (<see cref="AdviceAuditScore"/>) for the scorecard, the dashboard and the
/// board summary: each audit of advice submitted in the days asked for (a range a day wider each side is read, then
/// narrowed by the UK date), with its score and whether it reached its form's bar.
/// </summary>
public static class AdviceAuditScores
{
    /// <summary>The audits of one agency's advice, or of all, submitted from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static async Task<IReadOnlyList<AdviceAuditScore>> ReadAsync(
        EhcpQaDbContext db, Agency? agency, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var (start, end) = ServiceCalendar.UtcRangeAround(from, to);
        var audits = Submitted(db, start, end).Where(a => agency == null || a.Agency == agency);
        return (await audits.ToListAsync(cancellationToken))
            .Select(a => a.Score())
            .Where(a => a.AuditedOn >= from && a.AuditedOn <= to)
            .ToList();
    }

    /// <summary>
    /// The dashboard's advice quality figures (<see cref="AdviceQualityFigures"/>): the audits submitted in the filter's
    /// period and trend, of advice for plans within its locality, need and setting (the domain applies the phase and kind).
    /// </summary>
    public static async Task<AdviceQualityFigures> DashboardAsync(EhcpQaDbContext db, DashboardFilter filter, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filter);
        var first = filter.FirstDayCounted;
        var (start, end) = ServiceCalendar.UtcRangeAround(first, filter.To);
        var audits = await (
                from audit in Submitted(db, start, end)
                join plan in TimelinessRecords.Cut(db.Plans.AsNoTracking(), filter) on audit.PlanId equals plan.Id
                select new { Score = audit, plan.LocalityId, plan.DateOfBirth, plan.PrimaryNeed, plan.Setting })
            .ToListAsync(cancellationToken);
        return AdviceQualityFigures.Compute(
            audits.Select(a => new AdviceAuditRecord(
                    new TimelinessPlan(a.LocalityId, a.DateOfBirth, a.PrimaryNeed, a.Setting),
                    a.Score.Occasion.PlanKind(),
                    a.Score.Score()))
                .Where(a => a.Score.AuditedOn >= first && a.Score.AuditedOn <= filter.To),
            filter,
            today);
    }

    /// <summary>The audits of advice submitted from <paramref name="start"/> to before <paramref name="end"/>, as the columns their scores need.</summary>
    private static IQueryable<ScoreColumns> Submitted(EhcpQaDbContext db, DateTimeOffset start, DateTimeOffset end) =>
        from grading in db.Gradings.AsNoTracking()
        join request in db.AdviceRequests.AsNoTracking() on grading.AdviceRequestId equals request.Id
        where grading.Purpose == GradingPurpose.AdviceAudit && grading.SubmittedAt >= start && grading.SubmittedAt < end
        select new ScoreColumns
        {
            PlanId = request.PlanId,
            Occasion = request.Occasion,
            Agency = request.Agency,
            Service = request.Service,
            ServiceName = request.ServiceName,
            SubmittedAt = grading.SubmittedAt!.Value,
            Awarded = grading.Parts.Sum(p => p.Awarded),
            Available = grading.Parts.Sum(p => p.Available),
            Overall = grading.Judgements.Where(j => j.Section == SectionCode.Overall).Select(j => (Grade?)j.Grade).FirstOrDefault(),
            PassesBarOnForm = grading.PassesBarOnForm,
        };

    /// <summary>
    /// What an audit's score is made of, read as columns (the points of its parts summed in the database, its overall
    /// grade and its form's bar) rather than as the whole grading with every judgement and answer; with the advice's plan
    /// and occasion for the dashboard's cuts.
    /// </summary>
    private sealed class ScoreColumns
    {
        public int PlanId { get; init; }

        public AdviceOccasion Occasion { get; init; }

        public Agency Agency { get; init; }

        public AdviceService Service { get; init; }

        public string? ServiceName { get; init; }

        public DateTimeOffset SubmittedAt { get; init; }

        public decimal Awarded { get; init; }

        public decimal Available { get; init; }

        public Grade? Overall { get; init; }

        public bool? PassesBarOnForm { get; init; }

        public AdviceAuditScore Score() => new(
            Agency,
            AdviceRequest.WordsFor(Service, ServiceName),
            ServiceCalendar.DateOf(SubmittedAt),
            new Points(Awarded, Available).Percentage,
            Grading.PassesBarOf(Overall, PassesBarOnForm));
    }
}
