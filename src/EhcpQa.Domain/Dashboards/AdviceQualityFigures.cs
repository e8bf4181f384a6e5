using EhcpQa.Domain.Advice;
using EhcpQa.Domain.Plans;

namespace EhcpQa.Domain.Dashboards;

/// <summary>An audit of advice (<see cref="AdviceAuditScore"/>) with the plan the advice was for, so the dashboard's cuts can be applied.</summary>
public sealed record AdviceAuditRecord(TimelinessPlan Plan, PlanKind Kind, AdviceAuditScore Score);

/// <summary>
/// The quality of advice beside its timeliness on the dashboard: the agencies' own audits submitted in the period (all
/// advice, by agency and by service) and in each month of the 12-month trend, within the dashboard's cuts (the phase
/// taken on the day of the audit). The counting is the scorecard's own (<see cref="AdviceScorecard"/>), so the dashboard,
/// the scorecard and the board summary agree.
/// </summary>
public sealed record AdviceQualityFigures(AdviceScorecard Period, IReadOnlyList<AdviceMonth> Trend)
{
    /// <summary>The figures of the audits within the filter's cuts, as they stood on <paramref name="today"/>.</summary>
    public static AdviceQualityFigures Compute(IEnumerable<AdviceAuditRecord> audits, DashboardFilter filter, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(audits);
        ArgumentNullException.ThrowIfNull(filter);
        var scores = audits
            .Where(a => (filter.Kind is null || a.Kind == filter.Kind)
                && Timeliness.Matches(filter, a.Plan, SchoolYear.PhaseOn(a.Plan.DateOfBirth, a.Score.AuditedOn)))
            .Select(a => a.Score)
            .ToList();
        return new AdviceQualityFigures(
            AdviceScorecard.Of([], scores, filter.From, filter.To, today),
            AdviceScorecard.Of([], scores, filter.TrendFrom, filter.To, today).Months);
    }
}
