using EhcpQa.Domain;
using EhcpQa.Domain.Dashboards;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Staff;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Persistence;
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
public sealed class DashboardController(EhcpQaDbContext db, AssuredGradings assured, TimeProvider clock) : Controller
{
    private const int MonthsOffered = 36;

    /// <summary>The grades behind the dashboard as CSV, for analysts: staff only (board members see aggregates only).</summary>
    [HttpGet("gradings.csv")]
    public async Task<IActionResult> Export([FromQuery(Name = "Query")] DashboardQuery query, CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        if (!actor.IsIn(StaffRole.QaLead) && !actor.IsIn(StaffRole.LocalityManager))
        {
            return Forbid();
        }

        var today = ServiceCalendar.DateOf(clock.GetUtcNow());
        var lastFullMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var from = lastFullMonth;
        var to = lastFullMonth;
        if ((query.From is not null && !DashboardQuery.TryParseMonth(query.From, out from))
            || (query.To is not null && !DashboardQuery.TryParseMonth(query.To, out to)) || from > to)
        {
            return BadRequest("Choose the months from the dashboard's lists, the first not after the last.");
        }

        if (!actor.IsIn(StaffRole.QaLead))
        {
            query.Locality = actor.LocalityId ?? -1;
        }

        var filter = new DashboardFilter(from, to, query.Level ?? AssuranceLevel.SignOff, query.Locality, query.Phase, query.Need, query.Setting);
        var rows = (await assured.LoadAsync(filter.Level, filter.From, filter.To, query.Locality, cancellationToken)).Where(filter.InPeriod).ToList();
        var planIds = rows.Select(r => r.PlanId).Distinct().ToList();
        var references = await db.Plans.AsNoTracking().Where(p => planIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Reference, cancellationToken);
        var localities = await db.Localities.AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.Name, cancellationToken);
        return File(GradingsCsv.Write(rows, references, localities), "text/csv",
            $"gradings-{DashboardQuery.MonthValue(from)}-to-{DashboardQuery.MonthValue(to)}.csv");
    }

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery(Name = "Query")] DashboardQuery query, CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        var today = ServiceCalendar.DateOf(clock.GetUtcNow());
        var lastFullMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var isBoard = actor.IsIn(StaffRole.BoardMember) && !actor.IsIn(StaffRole.QaLead) && !actor.IsIn(StaffRole.LocalityManager);
        var seesEveryLocality = actor.IsIn(StaffRole.QaLead) || isBoard;

        var from = lastFullMonth;
        var to = lastFullMonth;
        if (query.From is not null && !DashboardQuery.TryParseMonth(query.From, out from))
        {
            ModelState.AddModelError("Query." + nameof(DashboardQuery.From), "Choose the first month from the list");
        }

        if (query.To is not null && !DashboardQuery.TryParseMonth(query.To, out to))
        {
            ModelState.AddModelError("Query." + nameof(DashboardQuery.To), "Choose the last month from the list");
        }

        if (ModelState.ErrorCount == 0 && from > to)
        {
            ModelState.AddModelError("Query." + nameof(DashboardQuery.From), "The first month must not be after the last month");
        }

        query.From = DashboardQuery.MonthValue(from);
        query.To = DashboardQuery.MonthValue(to);
        query.Level ??= AssuranceLevel.SignOff;
        var localities = await db.Localities.AsNoTracking().OrderBy(l => l.Name).ToDictionaryAsync(l => l.Id, l => l.Name, cancellationToken);
        string? fixedLocality = null;
        if (!seesEveryLocality)
        {
            // A locality manager sees their own locality only, whatever the address asks for.
            query.Locality = actor.LocalityId ?? -1;
            fixedLocality = actor.LocalityId is { } own ? localities.GetValueOrDefault(own, "Your locality") : "No locality";
        }

        var suppression = isBoard ? Suppression.ForBoard : Suppression.None;
        Domain.Dashboards.Dashboard? figures = null;
        string? trendChart = null, gradesChart = null;
        if (ModelState.ErrorCount == 0)
        {
            var filter = new DashboardFilter(from, to, query.Level.Value, query.Locality, query.Phase, query.Need, query.Setting);
            var rows = await assured.LoadAsync(filter.Level, filter.From < filter.TrendFrom ? filter.From : filter.TrendFrom, filter.To, query.Locality, cancellationToken);
            figures = Domain.Dashboards.Dashboard.Compute(rows, filter, localities);
            trendChart = DashboardCharts.SvgDataUri(DashboardCharts.Trend(figures.Trend, suppression), 720, 320);
            gradesChart = DashboardCharts.SvgDataUri(DashboardCharts.Grades(figures.Overall, suppression), 480, 300);
        }

        var months = Enumerable.Range(0, MonthsOffered)
            .Select(i => new DateOnly(today.Year, today.Month, 1).AddMonths(-i))
            .Select(m => new SelectListItem(m.ToString("MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")), DashboardQuery.MonthValue(m)))
            .ToList();
        return View(new DashboardPage(
            query, figures, suppression, isBoard, fixedLocality, months,
            Enum.GetValues<AssuranceLevel>().Select(l => new SelectListItem(l.Name(), l.ToString())).ToList(),
            localities.Select(l => new SelectListItem(l.Value, l.Key.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList(),
            Enum.GetValues<Phase>().Select(p => new SelectListItem(p.Name(), p.ToString())).ToList(),
            Enum.GetValues<BroadAreaOfNeed>().Select(n => new SelectListItem(n.Name(), n.ToString())).ToList(),
            Enum.GetValues<SettingType>().Select(s => new SelectListItem(s.Name(), s.ToString())).ToList(),
            trendChart,
            gradesChart));
    }
}
