using EhcpQa.Domain;
using EhcpQa.Domain.Dashboards;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Staff;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Frameworks;
using EhcpQa.Web.Persistence.Queries;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.Dashboard;

/// <summary>
/// How good the authority's plans are, month by month: for QA leads across the authority, for locality
/// managers their own locality, and for board members the same aggregates with small numbers suppressed.
/// Nothing here names a plan, a child or a caseworker.
/// </summary>
[Authorize(Policy = Policies.Dashboard)]
[Route("dashboard")]
public sealed class DashboardController(
    EhcpQaDbContext db, AssuredGradings assured, TimelinessRecords timeliness, FamilyViewsRecords familyViews, LockedFrameworkVersions frameworks, ChartImages charts, TimeProvider clock,
    Microsoft.Extensions.Options.IOptions<DashboardOptions> options) : Controller
{
    private const int MonthsOffered = 36;

    /// <summary>The grades behind the dashboard as CSV, for analysts: staff only (board members see aggregates only).</summary>
    [HttpGet("gradings.csv")]
    public Task<IActionResult> Export([FromQuery(Name = "Query")] DashboardQuery query, CancellationToken cancellationToken) =>
        ExportAsync(query, "gradings", async (filter, names) =>
        {
            var rows = await assured.LoadAsync(filter, filter.From, filter.To, cancellationToken);
            return GradingsCsv.Write(rows, await ReferencesAsync(rows.Select(r => r.PlanId), cancellationToken), names);
        });

    /// <summary>The judgements on forms of the authority's own behind the dashboard as CSV, for analysts: staff only.</summary>
    [HttpGet("results-on-forms.csv")]
    public Task<IActionResult> ExportOnForms([FromQuery(Name = "Query")] DashboardQuery query, CancellationToken cancellationToken) =>
        ExportAsync(query, "results-on-forms", async (filter, names) =>
        {
            var rows = new List<(string, Domain.Frameworks.Forms.FrameworkForm, AssuredResult)>();
            foreach (var (versionId, results) in await assured.ResultsOnFormsAsync(filter, cancellationToken))
            {
                if (await frameworks.FindAsync(db, versionId, cancellationToken) is { Form: { } form } version)
                {
                    rows.AddRange(results.Select(r => ($"{form.Name}, version {version.Number}", form, r)));
                }
            }

            return GradingsCsv.WriteOnForms(filter.Level, rows, await ReferencesAsync(rows.Select(r => r.Item3.PlanId), cancellationToken), names);
        });

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery(Name = "Query")] DashboardQuery query, CancellationToken cancellationToken)
    {
        var audience = DashboardAudience.For(User.ToActor(), options.Value.BoardSuppression);
        var today = ServiceCalendar.DateOf(clock.GetUtcNow());
        var (from, to, problems) = query.Period(today);
        foreach (var (key, message) in problems)
        {
            ModelState.AddModelError("Query." + key, message);
        }

        foreach (var (key, message) in DashboardQuery.ChoiceProblems)
        {
            // A value the list does not offer is left out of the filter; the binder's own words are replaced with the page's.
            if (ModelState.TryGetValue("Query." + key, out var entry) && entry.Errors.Count > 0)
            {
                entry.Errors.Clear();
                entry.Errors.Add(message);
            }
        }

        query.From = DashboardQuery.MonthValue(from);
        query.To = DashboardQuery.MonthValue(to);
        query.Level ??= AssuranceLevel.SignOff;
        query.Locality = audience.LocalityFor(query.Locality);
        var localities = await db.Localities.AsNoTracking().OrderBy(l => l.Name).ToDictionaryAsync(l => l.Id, l => l.Name, cancellationToken);
        var fixedLocality = audience.SeesEveryLocality
            ? null
            : audience.OwnLocalityId is { } own ? localities.GetValueOrDefault(own, "Your locality") : "No locality";

        Domain.Dashboards.Dashboard? figures = null;
        Microsoft.AspNetCore.Html.HtmlString? trendChart = null, gradesChart = null;
        BarChart? trend = null, grades = null;
        var onForms = new List<FormResults>();
        Timeliness? onTime = null;
        FamilyViews? families = null;
        AdviceQualityFigures? adviceQuality = null;
        var whole = audience.Suppression;
        if (problems.Count == 0)
        {
            var filter = FilterFor(query, from, to, audience);
            whole = audience.SuppressionFor(filter);
            figures = await assured.DashboardAsync(filter, localities, cancellationToken);
            onTime = await timeliness.TimelinessAsync(filter, localities, today, cancellationToken);
            adviceQuality = await AdviceAuditScores.DashboardAsync(db, filter, today, cancellationToken);
            families = await familyViews.FamilyViewsAsync(filter, localities, cancellationToken);
            foreach (var (versionId, results) in await assured.ResultsOnFormsAsync(filter, cancellationToken))
            {
                if (await frameworks.FindAsync(db, versionId, cancellationToken) is { Form: { } form } version)
                {
                    onForms.Add(FormResults.Compute(form, $"{form.Name}, version {version.Number}", results, localities));
                }
            }

            trend = DashboardCharts.TrendChart(figures.Trend, whole);
            grades = DashboardCharts.GradesChart(figures.Overall, whole);
            trendChart = charts.SvgDataUri(trend, 720, 320);
            gradesChart = charts.SvgDataUri(grades, 480, 300);
        }

        return View(new DashboardPage(
            query, figures, whole, audience.Suppression, audience.IsBoard, fixedLocality, DashboardQuery.MonthItems(today, MonthsOffered),
            Enum.GetValues<AssuranceLevel>().Select(l => new SelectListItem(l.Name(), l.ToString())).ToList(),
            localities.Select(l => new SelectListItem(l.Value, l.Key.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList(),
            Enum.GetValues<Phase>().Select(p => new SelectListItem(p.Name(), p.ToString())).ToList(),
            Enum.GetValues<BroadAreaOfNeed>().Select(n => new SelectListItem(n.Name(), n.ToString())).ToList(),
            Enum.GetValues<SettingType>().Select(s => new SelectListItem(s.Name(), s.ToString())).ToList(),
            Enum.GetValues<PlanKind>().Select(k => new SelectListItem(PlanKindChoice.OptionName(k), k.ToString())).ToList(),
            trendChart,
            gradesChart)
        {
            OnForms = onForms,
            Timeliness = onTime,
            AdviceQuality = adviceQuality,
            FamilyViews = families,
            TrendNote = trend?.Note,
            GradesNote = grades?.Note,
        });
    }

    /// <summary>An export of the figures' rows for the period and cuts asked for, within the person's audience; refused to board members.</summary>
    private async Task<IActionResult> ExportAsync(DashboardQuery query, string name, Func<DashboardFilter, IReadOnlyDictionary<int, string>, Task<byte[]>> write)
    {
        var audience = DashboardAudience.For(User.ToActor(), options.Value.BoardSuppression);
        if (!audience.MayExport)
        {
            return Forbid();
        }

        var (from, to, problems) = query.Period(ServiceCalendar.DateOf(clock.GetUtcNow()));
        if (problems.Count > 0 || !ModelState.IsValid)
        {
            // A filter that is not one of the dashboard's choices would otherwise be dropped, and more rows exported than asked for.
            return BadRequest("Choose the months and the filters from the dashboard's lists, the first month not after the last.");
        }

        var localities = await db.Localities.AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.Name, HttpContext.RequestAborted);
        return File(await write(FilterFor(query, from, to, audience), localities), "text/csv",
            $"{name}-{DashboardQuery.MonthValue(from)}-to-{DashboardQuery.MonthValue(to)}.csv");
    }

    private Task<Dictionary<int, string>> ReferencesAsync(IEnumerable<int> planIds, CancellationToken cancellationToken) =>
        PlanReferences.OfAsync(db, planIds, cancellationToken);

    /// <summary>The filter the figures use: what was asked for, within the person's audience.</summary>
    private static DashboardFilter FilterFor(DashboardQuery query, DateOnly from, DateOnly to, DashboardAudience audience) =>
        new(from, to, query.Level ?? AssuranceLevel.SignOff, audience.LocalityFor(query.Locality), query.Phase, query.Need, query.Setting, query.Kind);
}
