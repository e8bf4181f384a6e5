using EhcpQa.Domain.Frameworks.Forms;
using EhcpQa.Domain.Plans;

namespace EhcpQa.Domain.Dashboards;

/// <summary>One decisive judgement on a form of the authority's own, as the dashboards count it.</summary>
/// <param name="Grade">The overall grade, a value of the form's scale; null where the form gives none.</param>
/// <param name="PassesBar">Whether it reaches the form's bar; null where the form sets none.</param>
/// <param name="Kind">Whether the version judged is of a new plan or of a plan amended after an annual review.</param>
public sealed record AssuredResult(
    int PlanId, DateOnly GivenOn, int LocalityId, Phase Phase, BroadAreaOfNeed Need, SettingType Setting,
    string? Grade, bool? PassesBar, Points Points, bool Regraded, PlanKind Kind = PlanKind.New);

/// <summary>How many results were given one grade of the form's scale.</summary>
public sealed record FormGradeCount(ScaleGrade Grade, int Count);

/// <summary>The figures for one value of a cut: results, how many reach the bar (of those with a bar), and the mean percentage.</summary>
public sealed record FormCutRow(string Label, int Count, int Passing, int WithBar, decimal? MeanPercentage);

/// <summary>
/// The dashboard's figures for one version of a form of the authority's own, in the period: results given,
/// plans assured, how many at each grade of its own scale (best first), how many reach its bar, the mean
/// percentage of points, re-grades, and the same cut by locality, phase, area of need and setting. A form
/// without grades has no grade counts; one without points no percentages.
/// </summary>
public sealed class FormResults
{
    private FormResults(
        string title, IReadOnlyList<AssuredResult> rows, IReadOnlyList<FormGradeCount> grades, string? bar,
        IReadOnlyList<FormCutRow> byLocality, IReadOnlyList<FormCutRow> byPhase, IReadOnlyList<FormCutRow> byNeed, IReadOnlyList<FormCutRow> bySetting)
    {
        Title = title;
        Count = rows.Count;
        PlansAssured = rows.Select(r => r.PlanId).Distinct().Count();
        Regraded = rows.Count(r => r.Regraded);
        (Passing, WithBar, MeanPercentage) = Summary(rows);
        Grades = grades;
        Bar = bar;
        ByLocality = byLocality;
        ByPhase = byPhase;
        ByNeed = byNeed;
        BySetting = bySetting;
    }

    /// <summary>"A points form, version 1".</summary>
    public string Title { get; }

    /// <summary>Results given in the period (one per decisive judgement).</summary>
    public int Count { get; }

    public int PlansAssured { get; }

    public int Regraded { get; }

    /// <summary>Results at each grade of the form's scale, best first; empty when the form gives no overall grade.</summary>
    public IReadOnlyList<FormGradeCount> Grades { get; }

    /// <summary>The bar in words ("at least Good"); null when the form sets none.</summary>
    public string? Bar { get; }

    /// <summary>Results that reach the bar.</summary>
    public int Passing { get; }

    /// <summary>Results with a verdict on the bar (the share passing is of these).</summary>
    public int WithBar { get; }

    /// <summary>The mean of each result's percentage of points; null when no result has points.</summary>
    public decimal? MeanPercentage { get; }

    public IReadOnlyList<FormCutRow> ByLocality { get; }

    public IReadOnlyList<FormCutRow> ByPhase { get; }

    public IReadOnlyList<FormCutRow> ByNeed { get; }

    public IReadOnlyList<FormCutRow> BySetting { get; }

    /// <param name="form">The version's form, for its grade scale.</param>
    /// <param name="title">What the version is called on the dashboard.</param>
    /// <param name="results">The version's results in the period and cuts.</param>
    /// <param name="localityNames">Names for the locality cut; a locality missing here shows as "Locality n".</param>
    public static FormResults Compute(FrameworkForm form, string title, IEnumerable<AssuredResult> results, IReadOnlyDictionary<int, string> localityNames)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(localityNames);
        var rows = results.ToList();
        var grades = form.GradeScale is { } scale && form.Overall is { Grade.IsGraded: true }
            ? scale.BestToWorst.Select(g => new FormGradeCount(g, rows.Count(r => r.Grade == g.Value))).ToList()
            : [];
        var bar = form.GradeScale is { } barScale && form.Overall is { Grade.IsGraded: true } ? $"at least {barScale.Grade(barScale.PassBar)!.Name}" : null;
        return new FormResults(
            title, rows, grades, bar,
            Cut(rows, r => r.LocalityId, id => localityNames.GetValueOrDefault(id, $"Locality {id}"), localityNames.Keys),
            Cut(rows, r => r.Phase, p => p.Name(), Enum.GetValues<Phase>()),
            Cut(rows, r => r.Need, n => n.Name(), Enum.GetValues<BroadAreaOfNeed>()),
            Cut(rows, r => r.Setting, s => s.Name(), Enum.GetValues<SettingType>()));
    }

    private static (int Passing, int WithBar, decimal? MeanPercentage) Summary(IReadOnlyCollection<AssuredResult> rows)
    {
        var percentages = rows.Select(r => r.Points.Percentage).OfType<decimal>().ToList();
        return (rows.Count(r => r.PassesBar == true), rows.Count(r => r.PassesBar is not null), percentages.Count == 0 ? null : percentages.Average());
    }

    /// <summary>One row per value, in the order given (values with no results included, so a reader sees the zero), then any others.</summary>
    private static List<FormCutRow> Cut<T>(List<AssuredResult> rows, Func<AssuredResult, T> valueOf, Func<T, string> label, IEnumerable<T> values)
        where T : notnull
    {
        var groups = rows.GroupBy(valueOf).ToDictionary(g => g.Key, g => g.ToList());
        var order = values.ToList();
        return order.Concat(groups.Keys.Where(v => !order.Contains(v)))
            .Select(value =>
            {
                var group = groups.GetValueOrDefault(value) ?? [];
                var (passing, withBar, mean) = Summary(group);
                return new FormCutRow(label(value), group.Count, passing, withBar, mean);
            })
            .ToList();
    }
}
