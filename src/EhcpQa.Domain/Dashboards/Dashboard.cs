using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Plans;

namespace EhcpQa.Domain.Dashboards;

/// <summary>One month of the trend.</summary>
public sealed record TrendMonth(DateOnly Month, GradeDistribution Grades);

/// <summary>The grades of one section of the plans (or the plan overall).</summary>
public sealed record SectionDistribution(PlanSection Section, GradeDistribution Grades);

/// <summary>The figures for one value of a cut (a locality, a phase, an area of need or a setting).</summary>
public sealed record CutRow(string Label, GradeDistribution Grades, int Regraded);

/// <summary>
/// The dashboard's figures for a filter: plans assured, the overall and section grade distributions, the
/// share at least Good, plans re-graded, the 12-month trend, and the same cut by locality, phase, area of
/// need and setting. Computed from decisive grades only; every figure is a count of grades (or of plans)
/// in the period.
/// </summary>
public sealed class Dashboard
{
    private Dashboard(
        DashboardFilter filter, int plansAssured, GradeDistribution overall, IReadOnlyList<SectionDistribution> bySection, int regraded,
        IReadOnlyList<TrendMonth> trend, IReadOnlyList<CutRow> byLocality, IReadOnlyList<CutRow> byPhase, IReadOnlyList<CutRow> byNeed,
        IReadOnlyList<CutRow> bySetting)
    {
        Filter = filter;
        PlansAssured = plansAssured;
        Overall = overall;
        BySection = bySection;
        Regraded = regraded;
        Trend = trend;
        ByLocality = byLocality;
        ByPhase = byPhase;
        ByNeed = byNeed;
        BySetting = bySetting;
    }

    public DashboardFilter Filter { get; }

    /// <summary>Different plans with a decisive grade in the period (a plan graded twice counts once).</summary>
    public int PlansAssured { get; }

    /// <summary>The overall grades given in the period (one per decisive grading).</summary>
    public GradeDistribution Overall { get; }

    public IReadOnlyList<SectionDistribution> BySection { get; }

    /// <summary>Decisive grades in the period that were re-grades (see <see cref="AssuredGrading.Regraded"/>).</summary>
    public int Regraded { get; }

    /// <summary>The 12 months ending with the period's last month, oldest first, each with its overall grades.</summary>
    public IReadOnlyList<TrendMonth> Trend { get; }

    public IReadOnlyList<CutRow> ByLocality { get; }

    public IReadOnlyList<CutRow> ByPhase { get; }

    public IReadOnlyList<CutRow> ByNeed { get; }

    public IReadOnlyList<CutRow> BySetting { get; }

    /// <param name="gradings">Decisive grades of any dates, levels and cuts; the filter picks its own.</param>
    /// <param name="filter">The period, level and cuts.</param>
    /// <param name="localityNames">Names for the locality cut; a locality missing here shows as "Locality n".</param>
    public static Dashboard Compute(IEnumerable<AssuredGrading> gradings, DashboardFilter filter, IReadOnlyDictionary<int, string> localityNames)
    {
        ArgumentNullException.ThrowIfNull(gradings);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(localityNames);
        if (filter.FromMonth > filter.ToMonth)
        {
            throw new DomainRuleException("The period must start before it ends.");
        }

        var matching = gradings.Where(filter.Matches).ToList();
        var period = matching.Where(g => g.On >= filter.From && g.On <= filter.To).ToList();
        var since = filter.From < filter.TrendFrom ? filter.From : filter.TrendFrom;
        matching.RemoveAll(g => g.On < since || g.On > filter.To);

        var byMonth = matching
            .Where(g => g.On >= filter.TrendFrom && g.On <= filter.To)
            .ToLookup(g => new DateOnly(g.On.Year, g.On.Month, 1), g => g.Overall);
        var trend = Enumerable.Range(0, 12)
            .Select(i => filter.TrendFrom.AddMonths(i))
            .Select(month => new TrendMonth(month, new GradeDistribution(byMonth[month])))
            .ToList();

        // One pass over the period for every section's grades, without boxing a grade per section.
        var statutory = PlanSections.Statutory;
        var sectionGrades = statutory.Select(_ => new List<Grades.Grade>()).ToArray();
        foreach (var grading in period)
        {
            for (var i = 0; i < statutory.Count; i++)
            {
                if (grading.Sections.TryGetValue(statutory[i].Code, out var grade))
                {
                    sectionGrades[i].Add(grade);
                }
            }
        }

        var bySection = statutory.Select((s, i) => new SectionDistribution(s, new GradeDistribution(sectionGrades[i]))).ToList();

        return new Dashboard(
            filter,
            period.Select(g => g.PlanId).Distinct().Count(),
            new GradeDistribution(period.Select(g => g.Overall)),
            bySection,
            period.Count(g => g.Regraded),
            trend,
            Cut(period, g => g.LocalityId, id => localityNames.GetValueOrDefault(id, $"Locality {id}"), localityNames.Keys),
            Cut(period, g => g.Phase, p => p.Name(), Enum.GetValues<Phase>()),
            Cut(period, g => g.Need, n => n.Name(), Enum.GetValues<BroadAreaOfNeed>()),
            Cut(period, g => g.Setting, s => s.Name(), Enum.GetValues<SettingType>()));
    }

    /// <summary>One row per value, in the order given (values with no grades included, so a reader sees the zero), then any others.</summary>
    private static List<CutRow> Cut<T>(List<AssuredGrading> period, Func<AssuredGrading, T> by, Func<T, string> label, IEnumerable<T> values)
        where T : notnull
    {
        var groups = period.ToLookup(by);
        var order = values.ToList();
        return order.Concat(groups.Select(g => g.Key).Where(v => !order.Contains(v)))
            .Select(value => new CutRow(label(value), new GradeDistribution(groups[value].Select(g => g.Overall)), groups[value].Count(g => g.Regraded)))
            .ToList();
    }
}
