using EhcpQa.Domain;
using EhcpQa.Domain.Dashboards;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Moderation;
using EhcpQa.Domain.Plans;
using EhcpQa.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.Dashboard;

/// <summary>
/// Reads the decisive grades of one level of QA given between two dates from the database, as the
/// dashboards and the board report count them: for sign-off, the grade each draft's decision rests on
/// (the agreed grade after a second opinion, else a sign-off grade of at least Good); for moderation,
/// the grade each session agreed for each plan.
/// </summary>
public sealed class AssuredGradings(EhcpQaDbContext db)
{
    public async Task<List<AssuredGrading>> LoadAsync(AssuranceLevel level, DateOnly from, DateOnly to, int? localityId, CancellationToken cancellationToken)
    {
        var (fromUtc, toUtc) = ServiceCalendar.UtcRangeAround(from, to);
        var purposes = level == AssuranceLevel.SignOff
            ? new[] { GradingPurpose.SignOff, GradingPurpose.SignOffAgreement }
            : [GradingPurpose.PanelAgreement];
        var gradings = await db.Gradings.AsNoTracking()
            .Where(g => purposes.Contains(g.Purpose) && g.SubmittedAt != null && g.SubmittedAt >= fromUtc && g.SubmittedAt < toUtc)
            .ToListAsync(cancellationToken);

        List<(Grading Grading, bool Regraded)> decisive;
        if (level == AssuranceLevel.SignOff)
        {
            var versionIds = gradings.Select(g => g.PlanVersionId).Distinct().ToList();
            var numbers = await db.PlanVersions.AsNoTracking().Where(v => versionIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.Number, cancellationToken);
            decisive = gradings
                .GroupBy(g => g.PlanVersionId)
                .Select(version => version.FirstOrDefault(g => g.Purpose == GradingPurpose.SignOffAgreement)
                    ?? version.FirstOrDefault(g => g.Purpose == GradingPurpose.SignOff && g.OverallGrade is { IsAtLeastGood: true }))
                .OfType<Grading>()
                .Select(g => (g, numbers.GetValueOrDefault(g.PlanVersionId) > 1))
                .ToList();
        }
        else
        {
            var panelLevel = level == AssuranceLevel.LeadershipDipSample ? PanelLevel.LeadershipDipSample : PanelLevel.MultiAgencyPanel;
            var sessionIds = await db.PanelSessions.AsNoTracking().Where(s => s.Level == panelLevel).Select(s => s.Id).ToListAsync(cancellationToken);
            var agreed = gradings.Where(g => g.PanelSessionId is { } id && sessionIds.Contains(id)).ToList();
            var planIds = agreed.Select(g => g.PlanId).Distinct().ToList();
            var signedOff = (await db.PlanVersions.AsNoTracking()
                    .Where(v => planIds.Contains(v.PlanId) && v.Status == DraftStatus.SignedOff)
                    .Select(v => new { v.PlanId, v.Number, v.DecisiveGrade })
                    .ToListAsync(cancellationToken))
                .GroupBy(v => v.PlanId)
                .ToDictionary(g => g.Key, g => g.OrderByDescending(v => v.Number).First().DecisiveGrade);
            decisive = agreed
                .Select(g => (g, signedOff.GetValueOrDefault(g.PlanId) is { } grade && grade != g.OverallGrade))
                .ToList();
        }

        var ids = decisive.Select(d => d.Grading.PlanId).Distinct().ToList();
        var plans = await db.Plans.AsNoTracking()
            .Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.LocalityId, p.DateOfBirth, p.PrimaryNeed, p.Setting })
            .ToDictionaryAsync(p => p.Id, cancellationToken);

        return decisive
            .Where(d => plans.ContainsKey(d.Grading.PlanId) && (localityId is null || plans[d.Grading.PlanId].LocalityId == localityId))
            .Select(d =>
            {
                var plan = plans[d.Grading.PlanId];
                var on = ServiceCalendar.DateOf(d.Grading.SubmittedAt!.Value);
                return new AssuredGrading(
                    plan.Id,
                    level,
                    on,
                    plan.LocalityId,
                    SchoolYear.PhaseOn(plan.DateOfBirth, on),
                    plan.PrimaryNeed.AreaOf(),
                    plan.Setting,
                    d.Grading.OverallGrade!.Value,
                    d.Regraded,
                    d.Grading.Judgements.Where(j => j.Section != Domain.Frameworks.SectionCode.Overall).ToDictionary(j => j.Section, j => j.Grade));
            })
            .Where(g => g.On >= from && g.On <= to)
            .ToList();
    }
}
