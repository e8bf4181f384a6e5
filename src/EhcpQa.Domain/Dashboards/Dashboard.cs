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
/// share at least Good, plans re-graded, the 12-month trend, the same cut by locality, phase, area of
/// need and setting, and split by new and amended plans. Computed from decisive grades only; every figure is a count of grades (or of plans)
/// in the period.
/// </summary>
public sealed class Dashboard
{
    private Dashboard(
        DashboardFilter filter, int plansAssured, GradeDistribution overall, IReadOnlyList<SectionDistribution> bySection, int regraded,
        IReadOnlyList<TrendMonth> trend, IReadOnlyList<CutRow> byLocality, IReadOnlyList<CutRow> byPhase, IReadOnlyList<CutRow> byNeed,
        IReadOnlyList<CutRow> bySetting, IReadOnlyList<KindFigures> byKind)
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
        ByKind = byKind;
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

    /// <summary>The figures for new plans, then for plans amended after an annual review (<see cref="BoardFigures.ByPlanKind"/>).</summary>
    public IReadOnlyList<KindFigures> ByKind { get; }

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

        // One pass, counting: a large authority's three years are about 90,000 grades, so nothing is
        // copied or grouped per grade; each figure is a small array of counts by grade value.
        var trendFrom = filter.TrendFrom;
        var trend = new int[12, 5];
        var overall = new int[5];
        var statutory = PlanSections.Statutory;
        var sections = new int[statutory.Count, 5];
        var plans = new HashSet<int>();
        var regraded = 0;
        var byLocality = new Dictionary<int, int[]>();
        var byPhase = new Dictionary<Phase, int[]>();
        var byNeed = new Dictionary<BroadAreaOfNeed, int[]>();
        var bySetting = new Dictionary<SettingType, int[]>();
        var byKind = new Dictionary<PlanKind, int[]>();
        var plansByKind = new Dictionary<PlanKind, HashSet<int>>();
        foreach (var grading in gradings)
        {
            if (!filter.Matches(grading))
            {
                continue;
            }

            var value = grading.Overall.Value;
            if (grading.On >= trendFrom && grading.On <= filter.To)
            {
                trend[((grading.On.Year - trendFrom.Year) * 12) + grading.On.Month - trendFrom.Month, value]++;
            }

            if (grading.On < filter.From || grading.On > filter.To)
            {
                continue;
            }

            overall[value]++;
            plans.Add(grading.PlanId);
            if (grading.Regraded)
            {
                regraded++;
            }

            if (grading.Sections is SectionGrades compact)
            {
                for (var i = 0; i < statutory.Count; i++)
                {
                    if (compact.GradeAt(i) is { } grade)
                    {
                        sections[i, grade.Value]++;
                    }
                }
            }
            else
            {
                for (var i = 0; i < statutory.Count; i++)
                {
                    if (grading.Sections.TryGetValue(statutory[i].Code, out var grade))
                    {
                        sections[i, grade.Value]++;
                    }
                }
            }

            Count(byLocality, grading.LocalityId, grading);
            Count(byPhase, grading.Phase, grading);
            Count(byNeed, grading.Need, grading);
            Count(bySetting, grading.Setting, grading);
            Count(byKind, grading.Kind, grading);
            if (!plansByKind.TryGetValue(grading.Kind, out var kindPlans))
            {
                plansByKind[grading.Kind] = kindPlans = [];
            }

            kindPlans.Add(grading.PlanId);
        }

        return new Dashboard(
            filter,
            plans.Count,
            new GradeDistribution(overall),
            statutory.Select((s, i) => new SectionDistribution(s, new GradeDistribution(Row(sections, i)))).ToList(),
            regraded,
            Enumerable.Range(0, 12).Select(i => new TrendMonth(trendFrom.AddMonths(i), new GradeDistribution(Row(trend, i)))).ToList(),
            Cut(byLocality, id => localityNames.GetValueOrDefault(id, $"Locality {id}"), localityNames.Keys),
            Cut(byPhase, p => p.Name(), Enum.GetValues<Phase>()),
            Cut(byNeed, n => n.Name(), Enum.GetValues<BroadAreaOfNeed>()),
            Cut(bySetting, s => s.Name(), Enum.GetValues<SettingType>()),
            Enum.GetValues<PlanKind>().Select(kind => KindFigures.Of(kind, plansByKind.GetValueOrDefault(kind)?.Count ?? 0, byKind.GetValueOrDefault(kind))).ToList());
    }

    /// <summary>Counts a grading under its value of a cut: [grade value] by grade, [0] re-graded.</summary>
    private static void Count<T>(Dictionary<T, int[]> cut, T value, AssuredGrading grading)
        where T : notnull
    {
        if (!cut.TryGetValue(value, out var counts))
        {
            cut[value] = counts = new int[5];
        }

        counts[grading.Overall.Value]++;
        if (grading.Regraded)
        {
            counts[0]++;
        }
    }

    private static int[] Row(int[,] counts, int row) => Enumerable.Range(0, 5).Select(column => counts[row, column]).ToArray();

    /// <summary>One row per value, in the order given (values with no grades included, so a reader sees the zero), then any others.</summary>
    private static List<CutRow> Cut<T>(Dictionary<T, int[]> counts, Func<T, string> label, IEnumerable<T> values)
        where T : notnull
    {
        var order = values.ToList();
        return order.Concat(counts.Keys.Where(v => !order.Contains(v)))
            .Select(value => counts.TryGetValue(value, out var c)
                ? new CutRow(label(value), new GradeDistribution(c), c[0])
                : new CutRow(label(value), new GradeDistribution([0, 0, 0, 0, 0]), 0))
            .ToList();
    }
}
