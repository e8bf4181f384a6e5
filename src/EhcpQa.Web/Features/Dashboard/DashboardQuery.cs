using System.ComponentModel.DataAnnotations;
using System.Globalization;
using EhcpQa.Domain.Dashboards;
using EhcpQa.Domain.Plans;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace EhcpQa.Web.Features.Dashboard;

/// <summary>The dashboard's filters, as they arrive in the address (a GET form, so they work without JavaScript and can be bookmarked).</summary>
public sealed class DashboardQuery
{
    /// <summary>The first month, "yyyy-MM".</summary>
    [Display(Name = "From")]
    public string? From { get; set; }

    /// <summary>The last month, "yyyy-MM".</summary>
    [Display(Name = "To")]
    public string? To { get; set; }

    [Display(Name = "Level of QA")]
    public AssuranceLevel? Level { get; set; }

    [Display(Name = "Locality")]
    public int? Locality { get; set; }

    [Display(Name = "Phase")]
    public Phase? Phase { get; set; }

    [Display(Name = "Primary need")]
    public BroadAreaOfNeed? Need { get; set; }

    [Display(Name = "Setting")]
    public SettingType? Setting { get; set; }

    /// <summary>New plans, plans amended after an annual review, or (when not set) both.</summary>
    [Display(Name = "Plans")]
    public PlanKind? Kind { get; set; }

    /// <summary>
    /// What each filter chosen from a list says when the address carries a value the list does not offer (an old
    /// bookmark, a mistyped link): the figures are shown without that filter, and the error says so.
    /// </summary>
    public static IReadOnlyList<(string Key, string Message)> ChoiceProblems { get; } =
    [
        (nameof(Level), "Choose the level of QA from the list"),
        (nameof(Locality), "Choose the locality from the list"),
        (nameof(Phase), "Choose the phase from the list"),
        (nameof(Need), "Choose the primary need from the list"),
        (nameof(Setting), "Choose the setting from the list"),
        (nameof(Kind), "Choose all plans, new plans or amended plans from the list"),
    ];

    public static bool TryParseMonth(string? text, out DateOnly month)
    {
        month = default;
        if (!DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        month = parsed;
        return true;
    }

    public static string MonthValue(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads the period asked for (last full month by default) and every problem with it, keyed by the
    /// field it concerns (without the form's prefix).
    /// </summary>
    public (DateOnly From, DateOnly To, IReadOnlyList<(string Key, string Message)> Problems) Period(DateOnly today)
    {
        var lastFullMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var problems = new List<(string, string)>();
        var from = lastFullMonth;
        var to = lastFullMonth;
        if (From is not null && !TryParseMonth(From, out from))
        {
            problems.Add((nameof(From), "Choose the first month from the list"));
        }

        if (To is not null && !TryParseMonth(To, out to))
        {
            problems.Add((nameof(To), "Choose the last month from the list"));
        }

        if (problems.Count == 0 && from > to)
        {
            problems.Add((nameof(From), "The first month must not be after the last month"));
        }

        return (from, to, problems);
    }

    /// <summary>The months offered in a list, newest (this month) first.</summary>
    public static IReadOnlyList<SelectListItem> MonthItems(DateOnly today, int count) =>
        Enumerable.Range(0, count)
            .Select(i => new DateOnly(today.Year, today.Month, 1).AddMonths(-i))
            .Select(m => new SelectListItem(m.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")), MonthValue(m)))
            .ToList();
}

/// <summary>The dashboard page: the filters as chosen, the choices offered and the figures.</summary>
/// <param name="Whole">What is hidden in the figures of the filter as a whole (headline, trend, grades): nothing for the whole authority.</param>
/// <param name="Cuts">What is hidden in the tables by locality, phase, need and setting.</param>
public sealed record DashboardPage(
    DashboardQuery Query,
    Domain.Dashboards.Dashboard? Figures,
    Suppression Whole,
    Suppression Cuts,
    bool IsBoard,
    string? FixedLocality,
    IReadOnlyList<SelectListItem> Months,
    IReadOnlyList<SelectListItem> Levels,
    IReadOnlyList<SelectListItem> Localities,
    IReadOnlyList<SelectListItem> Phases,
    IReadOnlyList<SelectListItem> Needs,
    IReadOnlyList<SelectListItem> Settings,
    IReadOnlyList<SelectListItem> Kinds,
    Microsoft.AspNetCore.Html.HtmlString? TrendChart,
    Microsoft.AspNetCore.Html.HtmlString? GradesChart)
{
    /// <summary>The figures on each form of the authority's own that plans were judged on in the period.</summary>
    public IReadOnlyList<FormResults> OnForms { get; init; } = [];

    /// <summary>The timeliness figures for the same period and cuts (<see cref="Domain.Dashboards.Timeliness"/>).</summary>
    public Timeliness? Timeliness { get; init; }

    /// <summary>The quality of advice by the agencies' own audits for the same period and cuts (<see cref="AdviceQualityFigures"/>).</summary>
    public AdviceQualityFigures? AdviceQuality { get; init; }

    /// <summary>Families' views for the same period and cuts (<see cref="Domain.Dashboards.FamilyViews"/>): figures only, never their words.</summary>
    public FamilyViews? FamilyViews { get; init; }

    /// <summary>What the trend chart leaves out, if anything ("&lt;5: fewer than 5, not shown").</summary>
    public string? TrendNote { get; init; }

    /// <summary>What the grades chart leaves out, if anything.</summary>
    public string? GradesNote { get; init; }

    /// <summary>The filters as an address query, for links that keep them (such as the CSV export).</summary>
    public string QueryString => string.Join("&", new (string Key, string? Value)[]
        {
            ("From", Query.From), ("To", Query.To), ("Level", Query.Level?.ToString()),
            ("Locality", Query.Locality?.ToString(CultureInfo.InvariantCulture)), ("Phase", Query.Phase?.ToString()),
            ("Need", Query.Need?.ToString()), ("Setting", Query.Setting?.ToString()), ("Kind", Query.Kind?.ToString()),
        }
        .Where(p => !string.IsNullOrEmpty(p.Value))
        .Select(p => $"Query.{p.Key}={Uri.EscapeDataString(p.Value!)}"));

    /// <summary>The plans the figures are of, in words ("New and amended plans", "New plans", "Amended plans after an annual review").</summary>
    public string PlansShown => PlanKindChoice.PlansName(Figures?.Filter.Kind);

    public string PeriodName => Figures is null
        ? string.Empty
        : Figures.Filter.FromMonth == Figures.Filter.ToMonth
            ? Figures.Filter.FromMonth.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))
            : $"{Figures.Filter.FromMonth.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))} to {Figures.Filter.ToMonth.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}";
}
