using EhcpQa.Domain.Plans;

namespace EhcpQa.Domain.Dashboards;

/// <summary>
/// What a dashboard shows: the months from <see cref="FromMonth"/> to <see cref="ToMonth"/> (whole calendar
/// months, inclusive), one level of QA, and optionally one locality, phase, area of need or setting, and new plans or
/// plans amended after an annual review.
/// </summary>
public sealed record DashboardFilter(
    DateOnly FromMonth,
    DateOnly ToMonth,
    AssuranceLevel Level,
    int? LocalityId = null,
    Phase? Phase = null,
    BroadAreaOfNeed? Need = null,
    SettingType? Setting = null,
    PlanKind? Kind = null)
{
    /// <summary>The first day of the first month.</summary>
    public DateOnly From => new(FromMonth.Year, FromMonth.Month, 1);

    /// <summary>The last day of the last month.</summary>
    public DateOnly To => new DateOnly(ToMonth.Year, ToMonth.Month, 1).AddMonths(1).AddDays(-1);

    /// <summary>The first day of the 12-month trend ending with the period's last month.</summary>
    public DateOnly TrendFrom => new DateOnly(ToMonth.Year, ToMonth.Month, 1).AddMonths(-11);

    /// <summary>The first day any figure counts: the period's or the trend's, whichever is sooner.</summary>
    public DateOnly FirstDayCounted => From < TrendFrom ? From : TrendFrom;

    /// <summary>
    /// Whether the filter's figures are the whole authority's (no locality, phase, area of need or setting
    /// chosen; new or amended plans alone single out no one) or a cut's, which could single out a child or a caseworker (<see cref="Suppression.For(FigureScope)"/>).
    /// </summary>
    public FigureScope Scope => LocalityId is null && Phase is null && Need is null && Setting is null ? FigureScope.WholeAuthority : FigureScope.Cut;

    /// <summary>Whether a grading falls within the filter's cuts (any date).</summary>
    public bool Matches(AssuredGrading grading)
    {
        ArgumentNullException.ThrowIfNull(grading);
        return grading.Level == Level
            && (LocalityId is null || grading.LocalityId == LocalityId)
            && (Phase is null || grading.Phase == Phase)
            && (Need is null || grading.Need == Need)
            && (Setting is null || grading.Setting == Setting)
            && (Kind is null || grading.Kind == Kind);
    }

    public bool InPeriod(AssuredGrading grading) => Matches(grading) && grading.On >= From && grading.On <= To;
}
