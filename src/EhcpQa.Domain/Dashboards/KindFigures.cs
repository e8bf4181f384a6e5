using EhcpQa.Domain.Plans;

namespace EhcpQa.Domain.Dashboards;

/// <summary>
/// The figures of one kind of plan at a level in a period (<see cref="BoardFigures.ByPlanKind"/>): new plans, or plans
/// amended after an annual review, by the version graded. A plan graded both as new and as amended in the period
/// counts once under each; the grades of the two kinds add up to the grades given.
/// </summary>
/// <param name="Kind">New or amended plans.</param>
/// <param name="PlansAssured">Different plans among the kind's grades given in the period.</param>
/// <param name="Grades">The kind's overall grades given in the period.</param>
/// <param name="Regraded">The kind's grades given that were re-grades.</param>
public sealed record KindFigures(PlanKind Kind, int PlansAssured, GradeDistribution Grades, int Regraded)
{
    /// <param name="kind">New or amended plans.</param>
    /// <param name="plans">Different plans among the kind's grades.</param>
    /// <param name="counts">[grade value] grades at each grade, [0] re-graded; null when there were none.</param>
    internal static KindFigures Of(PlanKind kind, int plans, int[]? counts) =>
        counts is null
            ? new KindFigures(kind, 0, new GradeDistribution([0, 0, 0, 0, 0]), 0)
            : new KindFigures(kind, plans, new GradeDistribution(counts), counts[0]);

    /// <summary>
    /// The scope of a filter's figures split by kind (<see cref="Suppression.For(FigureScope)"/>): the filter's own, as
    /// new or amended alone singles out no one, so the split hides what the figures it splits hide and no more.
    /// </summary>
    /// <param name="filter">The figures split.</param>
    public static FigureScope ScopeOf(DashboardFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return (filter with { Kind = PlanKind.Amended }).Scope;
    }
}

/// <summary>One level's figures for the board, split by new and amended plans.</summary>
/// <param name="Level">The level of QA.</param>
/// <param name="Kinds">New plans, then amended plans.</param>
public sealed record LevelByKind(AssuranceLevel Level, IReadOnlyList<KindFigures> Kinds);

/// <summary>The words for the plans a dashboard shows or a sample draws from: new plans, amended plans or both.</summary>
public static class PlanKindChoice
{
    /// <summary>What a filter of plans says when it is not set.</summary>
    public const string AllPlans = "All plans";

    /// <summary>The option for a kind, as the dashboard's filter offers it ("Amended plans after an annual review").</summary>
    public static string OptionName(PlanKind kind) => kind switch
    {
        PlanKind.Amended => "Amended plans after an annual review",
        _ => kind.Name(),
    };

    /// <summary>The plans shown or drawn from, in words: "New and amended plans" when the kind is not set.</summary>
    public static string PlansName(PlanKind? kind) => kind is { } chosen ? OptionName(chosen) : "New and amended plans";
}
