using System.Globalization;
using EhcpQa.Domain;
using EhcpQa.Domain.Reporting;
using EhcpQa.Domain.Staff;
using EhcpQa.Web.Features.Dashboard;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.Reports;

/// <summary>
/// The published monthly summaries for the board, each exactly as it was published; QA leads also
/// generate one on demand (a new version of its month).
/// </summary>
[Authorize(Policy = Policies.Reports)]
[Route("reports")]
public sealed class ReportsController(EhcpQaDbContext db, BoardReportPublisher publisher, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await PageAsync(new GenerateForm(), cancellationToken));

    [HttpPost("")]
    [Authorize(Policy = Policies.QaLeadWork)]
    public async Task<IActionResult> Generate([Bind(Prefix = "Form")] GenerateForm form, CancellationToken cancellationToken)
    {
        var today = ServiceCalendar.DateOf(clock.GetUtcNow());
        if (!DashboardQuery.TryParseMonth(form.Month, out var month))
        {
            ModelState.AddModelError("Form.Month", "Choose the month the summary is for");
        }
        else if (month > new DateOnly(today.Year, today.Month, 1))
        {
            ModelState.AddModelError("Form.Month", "Choose a month that has started");
        }

        if (!ModelState.IsValid)
        {
            return View(nameof(Index), await PageAsync(form, cancellationToken));
        }

        var report = await publisher.PublishAsync(month, BoardReportTrigger.OnDemand, User.ToActor().UserId, cancellationToken);
        TempData["Success"] = $"The summary for {report.Month.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))} has been published as version {report.Version}";
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:int}/{fileName}")]
    public async Task<IActionResult> Download(int id, CancellationToken cancellationToken)
    {
        var report = await db.BoardReports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        return report is null ? NotFound() : File(report.Content, "application/pdf", report.FileName);
    }

    private async Task<ReportsPage> PageAsync(GenerateForm form, CancellationToken cancellationToken)
    {
        var reports = await db.BoardReports.AsNoTracking()
            .OrderByDescending(r => r.Month).ThenByDescending(r => r.Version)
            .Select(r => new PublishedReport(r.Id, r.Month, r.Version, r.GeneratedAt, r.GeneratedById, r.Trigger, r.FileName, r.Content.Length))
            .ToListAsync(cancellationToken);
        var ids = reports.Select(r => r.GeneratedById).OfType<string>().Distinct().ToList();
        var names = await db.DisplayNamesAsync(ids, cancellationToken);
        var today = ServiceCalendar.DateOf(clock.GetUtcNow());
        form.Month ??= DashboardQuery.MonthValue(BoardReport.ScheduledMonthFor(today));
        return new ReportsPage(reports, names, form, DashboardQuery.MonthItems(today, 24), User.IsInRole(StaffRole.QaLead));
    }
}

public sealed class GenerateForm
{
    [System.ComponentModel.DataAnnotations.Display(Name = "Month")]
    public string? Month { get; set; }
}

public sealed record PublishedReport(int Id, DateOnly Month, int Version, DateTimeOffset GeneratedAt, string? GeneratedById, BoardReportTrigger Trigger, string FileName, int Bytes);

public sealed record ReportsPage(
    IReadOnlyList<PublishedReport> Reports, IReadOnlyDictionary<string, string> Names, GenerateForm Form, IReadOnlyList<SelectListItem> Months, bool MayGenerate)
{
    public string By(PublishedReport report) => report.GeneratedById is { } id ? Names.GetValueOrDefault(id, "Unknown") : "Published automatically";
}
