using EhcpQa.Domain;
using EhcpQa.Domain.Dashboards;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Quality;
using EhcpQa.Domain.Staff;
using EhcpQa.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.Quality;

/// <summary>The records the quality figures are counted from, read from the plans the person may see (<see cref="PlanAccess.VisibleTo"/>) only.</summary>
public sealed class QualityRecordsQuery(EhcpQaDbContext db, Actor actor)
{
    public async Task<QualityRecords> LoadAsync(QualityPeriod period, string? caseworkerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var plans = db.Plans.AsNoTracking().Where(PlanAccess.VisibleTo(actor));
        if (caseworkerId is not null)
        {
            plans = plans.Where(p => p.CaseworkerId == caseworkerId);
        }

        var (first, last) = (period.From, period.To);
        var grades = await (
                from assured in db.AssuredGrades.AsNoTracking()
                where assured.Level == AssuranceLevel.SignOff && assured.GivenOn >= first && assured.GivenOn <= last
                join plan in plans on assured.PlanId equals plan.Id
                join version in db.PlanVersions on assured.PlanVersionId equals version.Id
                select new { assured.PlanId, plan.CaseworkerId, version.Number, assured.GivenOn, version.DecisiveResult, assured.Overall, assured.GradeOnForm, assured.PassesBar, assured.Regraded })
            .ToListAsync(cancellationToken);

        // Decisions are kept as instants: read those within a day either side, and count each on its UK day.
        var (after, before) = (Instant(first.AddDays(-1)), Instant(last.AddDays(2)));
        var decisions = await (
                from version in db.PlanVersions.AsNoTracking()
                where (version.Status == DraftStatus.Returned || version.Status == DraftStatus.SignedOff)
                    && version.DecidedAt != null && version.DecidedAt >= after && version.DecidedAt < before
                join plan in plans on version.PlanId equals plan.Id
                select new { version.PlanId, plan.CaseworkerId, version.Number, version.DecidedAt, version.Status, version.DecisiveResult, version.DecisiveGrade, version.DecisivePassesBar })
            .ToListAsync(cancellationToken);

        var agreements = await (
                from assured in db.AssuredGrades.AsNoTracking()
                where assured.PanelSessionId != null && assured.GivenOn >= first && assured.GivenOn <= last
                join plan in plans on assured.PlanId equals plan.Id
                join grading in db.Gradings on new { PlanId = (int?)assured.PlanId, assured.PanelSessionId } equals new { PlanId = (int?)grading.PlanId, grading.PanelSessionId }
                where grading.Purpose == Domain.Grades.GradingPurpose.PanelAgreement && grading.SubmittedAt != null
                select new
                {
                    assured.PlanId,
                    plan.CaseworkerId,
                    assured.Level,
                    assured.GivenOn,
                    assured.Overall,
                    grading.ResultOnForm,
                    SignedOffAt = plan.Versions.Where(v => v.Status == DraftStatus.SignedOff).OrderByDescending(v => v.Number).Select(v => v.DecisiveResult).FirstOrDefault(),
                    assured.Regraded,
                })
            .ToListAsync(cancellationToken);

        return new QualityRecords(
            grades.Select(g => new SignOffGradeRecord(g.PlanId, g.CaseworkerId, g.Number, g.GivenOn,
                g.DecisiveResult ?? g.Overall?.ToString() ?? g.GradeOnForm ?? "Graded", g.Overall?.IsAtLeastGood ?? g.PassesBar, g.Regraded)).ToList(),
            decisions.Select(d => new SignOffDecisionRecord(d.PlanId, d.CaseworkerId, d.Number, ServiceCalendar.DateOf(d.DecidedAt!.Value),
                d.Status == DraftStatus.SignedOff, d.DecisiveResult, d.DecisiveGrade?.IsAtLeastGood ?? d.DecisivePassesBar)).ToList(),
            agreements.Select(a => new PanelAgreementRecord(a.PlanId, a.CaseworkerId, a.Level, a.GivenOn,
                a.Overall?.ToString() ?? a.ResultOnForm ?? "Agreed", a.SignedOffAt, a.Regraded)).ToList());
    }

    private static DateTimeOffset Instant(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}

public sealed record QualityRecords(
    IReadOnlyList<SignOffGradeRecord> Grades,
    IReadOnlyList<SignOffDecisionRecord> Decisions,
    IReadOnlyList<PanelAgreementRecord> Agreements);
