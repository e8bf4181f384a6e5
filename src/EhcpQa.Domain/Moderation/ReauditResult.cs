using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Quality;

namespace EhcpQa.Domain.Moderation;

/// <summary>
/// A grade a moderation panel agreed for a plan, as its assured grade records it: on the 1–4 scheme, or on a form of
/// the authority's own (its grade there and whether it reaches the form's bar).
/// </summary>
public sealed record AgreedGradeRecord(int PlanId, Grade? Overall, string? GradeOnForm, bool? PassesBar, DateTimeOffset AgreedAt)
{
    /// <summary>Whether the grade reaches the authority's bar (<see cref="AssuredGrade.Reaches"/>).</summary>
    public bool ReachesBar => AssuredGrade.Reaches(Overall, PassesBar);

    /// <summary>The grade as people read it: "2 Good", a form's grade, or that the form gave none.</summary>
    public string GradeName => Overall?.ToString() ?? GradeOnForm ?? "No overall grade";
}

/// <summary>How many plans were agreed at one grade.</summary>
public sealed record GradeCount(string Grade, int Count);

/// <summary>
/// What panels agreed for a set of plans: how many, how many at each grade, and how many reached the bar. A plan
/// agreed more than once counts once, at its latest agreed grade. Fewer than <see cref="CaseworkerQuality.PlansToRead"/>
/// plans are too few to read as a share: the counts are shown, the share not.
/// </summary>
public sealed record AgreedFigures(int Plans, IReadOnlyList<GradeCount> Grades, int ReachingBar)
{
    public bool TooFewToRead => Plans < CaseworkerQuality.PlansToRead;

    /// <summary>The share of the plans that reached the bar; null when too few to read.</summary>
    public Percentage? ReachingBarShare => TooFewToRead ? null : new Percentage(ReachingBar, Plans);

    public static AgreedFigures Of(IEnumerable<AgreedGradeRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var latest = records
            .GroupBy(r => r.PlanId)
            .Select(g => g.OrderBy(r => r.AgreedAt).Last())
            .ToList();
        var onScale = Grade.All
            .Select(grade => new GradeCount(grade.ToString(), latest.Count(r => r.Overall == grade)));
        var onForms = latest.Where(r => r.Overall is null)
            .GroupBy(r => r.GradeName, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new GradeCount(g.Key, g.Count()));
        return new AgreedFigures(latest.Count, onScale.Concat(onForms).Where(c => c.Count > 0).ToList(), latest.Count(r => r.ReachesBar));
    }
}

/// <summary>
/// The result of an action's re-audit: what the panels of its sample agreed, beside what the session the action arose
/// from agreed for its plans of the same theme, and the change in the share reaching the bar when both can be read.
/// </summary>
/// <param name="PlansInSample">The plans in the re-audit's sample.</param>
/// <param name="Reaudit">What the panels of the re-audit's sample agreed.</param>
/// <param name="Original">What the session the action arose from agreed for its plans of the re-audit's theme.</param>
public sealed record ReauditResult(int PlansInSample, AgreedFigures Reaudit, AgreedFigures Original)
{
    /// <summary>Plans of the sample whose grade no panel has agreed yet.</summary>
    public int AwaitingAgreement => Math.Max(0, PlansInSample - Reaudit.Plans);

    /// <summary>
    /// The change in the share reaching the bar, in percentage points (whole percentages subtracted, as shown); null
    /// unless both shares can be read.
    /// </summary>
    public int? ChangeInPoints => Reaudit.ReachingBarShare is { } after && Original.ReachingBarShare is { } before ? after.Whole - before.Whole : null;

    /// <param name="plansInSample">The plans in the re-audit's sample.</param>
    /// <param name="reaudit">The grades agreed by the panels of the re-audit's sample.</param>
    /// <param name="original">The grades the action's session agreed for its plans of the re-audit's theme.</param>
    public static ReauditResult Of(int plansInSample, IEnumerable<AgreedGradeRecord> reaudit, IEnumerable<AgreedGradeRecord> original) =>
        new(plansInSample, AgreedFigures.Of(reaudit), AgreedFigures.Of(original));
}
