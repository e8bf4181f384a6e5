using System.Globalization;
using System.Security.Cryptography;
using EhcpQa.Domain;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Sampling;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Infrastructure.Forms;
using EhcpQa.Web.Infrastructure.Security;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.Samples;

/// <summary>QA leads draw dip samples of finalised plans for moderation and check they are representative.</summary>
[Authorize(Policy = Policies.QaLeadWork)]
[ChildRecordPages]
[Route("samples")]
public sealed class SamplesController(EhcpQaDbContext db, SampleDrawing drawing, TimeProvider clock, ILogger<SamplesController> logger) : Controller
{
    private DateOnly Today => ServiceCalendar.DateOf(clock.GetUtcNow());

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var samples = await db.DipSamples.AsNoTracking().OrderByDescending(s => s.DrawnAt).ToListAsync(cancellationToken);
        var planned = await ForwardPlanController.RowsAsync(db, cancellationToken, endingFrom: Today, take: 3);
        return View(new SamplesIndexPage(samples.Select(s => new SampleListRow(s.Id, s.Title, s.Window.Words(), s.Items.Count, s.PopulationPlanIds.Count, s.DrawnAt)).ToList(), planned));
    }

    /// <summary>The form for drawing a sample; a theme in the query (as an action's re-audit links here with) is filled in.</summary>
    [HttpGet("new")]
    public async Task<IActionResult> Create(
        [FromQuery] PlanKind? kind,
        [FromQuery] VulnerableCohorts? cohort,
        [FromQuery] Phase? phase,
        [FromQuery] BroadAreaOfNeed? need,
        [FromQuery] SettingType? setting,
        [FromQuery] int? localityId,
        CancellationToken cancellationToken)
    {
        // A stray value in the query is left out, not shown as an error: nothing has been typed yet.
        ModelState.Clear();
        var (start, _) = DipSample.PreviousMonth(Today);
        var form = new SampleForm
        {
            Kind = Defined(kind),
            Cohort = Defined(cohort),
            Phase = Defined(phase),
            Need = Defined(need),
            Setting = Defined(setting),
            LocalityId = localityId,
            Month = start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            Term = Iso(SampleWindow.TermOf(SampleWindow.TermOf(Today).Start.AddDays(-1)).Start),
            Quarter = Iso(SampleWindow.QuarterOf(SampleWindow.QuarterOf(Today).Start.AddDays(-1)).Start),
            Title = DipSample.SuggestedTitle(start, new SampleTheme()),
            Size = "20",
        };
        return View("New", await FormPageAsync(form, cancellationToken));
    }

    [HttpPost("new")]
    public async Task<IActionResult> Create([Bind(Prefix = "Form")] SampleForm form, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var window = form.SampleWindow();
            var theme = form.Theme();
            var population = await drawing.PopulationAsync(window, theme, cancellationToken);
            var title = TitleFor(form.Title!, window, theme);
            var seed = string.IsNullOrWhiteSpace(form.Seed) ? RandomNumberGenerator.GetInt32(int.MaxValue) : int.Parse(form.Seed, CultureInfo.InvariantCulture);
            var rules = form.Rules();
            try
            {
                var sample = await drawing.DrawAsync(title, window, theme, population, rules, seed, User.ToActor().UserId, clock.GetUtcNow(), cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("Dip sample {SampleId} drawn by {UserId}: {Items} of {Population} plans, seed {Seed}", sample.Id, sample.DrawnById, sample.Items.Count, population.Count, seed);
                TempData["Success"] = $"{sample.Items.Count} plans have been drawn from {population.Count}";
                return RedirectToAction(nameof(Details), new { id = sample.Id });
            }
            catch (DomainRuleException refused)
            {
                ModelState.AddProblems("Form.", refused.Problems, "Window");
            }
        }

        return View("New", await FormPageAsync(form, cancellationToken));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var sample = await db.DipSamples.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        return sample is null ? NotFound() : View(await PageAsync(sample, new AddPlanForm(), cancellationToken));
    }

    [HttpPost("{id:int}/plans")]
    public async Task<IActionResult> AddPlan(int id, [Bind(Prefix = "AddPlan")] AddPlanForm form, CancellationToken cancellationToken)
    {
        var sample = await db.DipSamples.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (sample is null)
        {
            return NotFound();
        }

        var reference = form.Reference?.Trim().ToUpperInvariant() ?? string.Empty;
        var planId = await db.Plans.Where(p => p.Reference == reference).Select(p => (int?)p.Id).SingleOrDefaultAsync(cancellationToken);
        if (planId is null)
        {
            ModelState.AddModelError("AddPlan.Reference", "Enter the reference of a plan on the register");
        }

        if (ModelState.IsValid)
        {
            try
            {
                sample.AddPlan(planId!.Value, form.Reason!, User.ToActor().UserId, clock.GetUtcNow());
                await db.SaveChangesAsync(cancellationToken);
                TempData["Success"] = $"Plan {reference} has been added to the sample";
                return RedirectToAction(nameof(Details), new { id });
            }
            catch (DomainRuleException refused)
            {
                ModelState.AddProblems("AddPlan.", refused.Problems, "Reference");
            }
        }

        db.ChangeTracker.Clear();
        sample = await db.DipSamples.AsNoTracking().SingleAsync(s => s.Id == id, cancellationToken);
        return View(nameof(Details), await PageAsync(sample, form, cancellationToken));
    }

    /// <summary>
    /// The title the sample is drawn with: the one typed, or, when the suggestion for last month's plans was left as it
    /// was, the suggestion for the window and plans chosen.
    /// </summary>
    private string TitleFor(string typed, SampleWindow window, SampleTheme theme) =>
        typed.Trim() == DipSample.SuggestedTitle(DipSample.PreviousMonth(Today).Start, new SampleTheme()) ? DipSample.SuggestedTitle(window, theme) : typed;

    private static T? Defined<T>(T? value)
        where T : struct, Enum => value is { } v && Enum.IsDefined(v) ? v : null;

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<SamplePage> PageAsync(DipSample sample, AddPlanForm addPlan, CancellationToken cancellationToken)
    {
        var ids = sample.PopulationPlanIds.Concat(sample.Items.Select(i => i.PlanId)).Distinct().ToList();
        var plans = await db.Plans.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var localities = await db.Localities.AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.Name, cancellationToken);
        var people = plans.Values.Select(p => p.CaseworkerId).Append(sample.DrawnById).Distinct().ToList();
        var names = await StaffNames.LoadAsync(db, people, cancellationToken);

        var rows = sample.Items.Where(i => plans.ContainsKey(i.PlanId)).Select(i =>
        {
            var plan = plans[i.PlanId];
            var on = plan.InForceSince ?? plan.RequestDate;
            return new SampleRow(plan.Id, plan.Reference, plan.YearGroupOn(on), plan.PhaseOn(on), plan.PrimaryArea, plan.Setting,
                localities.GetValueOrDefault(plan.LocalityId, "Unknown"), names.Of(plan.CaseworkerId), i.Origin, i.Reason);
        }).ToList();

        var population = sample.PopulationPlanIds.Where(plans.ContainsKey).Select(id => SampleDrawing.Candidate(plans[id])).ToList();
        var inSample = sample.Items.Where(i => plans.ContainsKey(i.PlanId)).Select(i => SampleDrawing.Candidate(plans[i.PlanId])).ToList();
        var coverage = SampleCoverage.Compare(population, inSample);
        var tables = new List<CoverageTable>
        {
            Table("Phase", coverage.ByPhase, v => v.Name()),
            Table("Primary need", coverage.ByNeed, v => v.Name()),
            Table("Type of setting", coverage.BySetting, v => v.Name()),
            Table("Locality", coverage.ByLocality, v => localities.GetValueOrDefault(v, "Unknown")),
            Table("Caseworker", coverage.ByCaseworker, v => names.Of(v)),
        };
        var theme = sample.Theme.Words(sample.Theme.LocalityId is { } locality ? localities.GetValueOrDefault(locality) : null);
        var rules = sample.Rules;
        var ruleTables = new List<RuleTable>
        {
            Checks($"At least {Plans(rules.PerCaseworker)} for each caseworker", "Caseworker", SampleCoverage.PerCaseworker(rules, population, inSample), v => names.Of(v)),
            Checks($"At least {Plans(rules.PerPhase)} for each phase", "Phase", SampleCoverage.PerPhase(rules, population, inSample), v => v.Name()),
        }.Where(t => t.Rows.Count > 0).ToList();
        var reaudits = await db.ImprovementActions.AsNoTracking()
            .Where(a => a.ReauditSampleId == sample.Id)
            .OrderBy(a => a.Id)
            .Select(a => new SampleReaudit(a.Id, a.Description))
            .ToListAsync(cancellationToken);
        return new SamplePage(sample, names.Of(sample.DrawnById), rows, tables, addPlan, theme, ruleTables) { Reaudits = reaudits };
    }

    private static RuleTable Checks<T>(string title, string dimension, IReadOnlyList<RuleCheck<T>> checks, Func<T, string> name) =>
        new(title, dimension, checks.Select(c => (name(c.Value), c.PopulationCount, c.SampleCount, c.Met, c.Reason)).ToList());

    private static string Plans(int count) => count == 1 ? "1 plan" : $"{count} plans";

    /// <summary>The window <paramref name="latest"/> and those before it, <paramref name="count"/> in all, latest first.</summary>
    private static List<SampleWindow> Back(SampleWindow latest, int count, Func<DateOnly, SampleWindow> windowOf)
    {
        var windows = new List<SampleWindow> { latest };
        while (windows.Count < count)
        {
            windows.Add(windowOf(windows[^1].Start.AddDays(-1)));
        }

        return windows;
    }

    private static string Capitalised(string words) => string.Concat(char.ToUpperInvariant(words[0]).ToString(), words[1..]);

    private static CoverageTable Table<T>(string title, IReadOnlyList<CoverageRow<T>> rows, Func<T, string> name) =>
        new(title, rows.Select(r => (name(r.Value), r.PopulationCount, r.PopulationShare, r.SampleCount, r.SampleShare)).ToList());

    private async Task<SampleFormPage> FormPageAsync(SampleForm form, CancellationToken cancellationToken)
    {
        var (previous, _) = DipSample.PreviousMonth(Today);
        var months = Enumerable.Range(0, 24).Select(i => previous.AddMonths(-i))
            .Select(m => new SelectListItem(m.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")), m.ToString("yyyy-MM", CultureInfo.InvariantCulture)))
            .ToList();
        var english = CultureInfo.GetCultureInfo("en-GB");
        var terms = Back(SampleWindow.TermOf(Today), 6, SampleWindow.TermOf)
            .Select(t => new SelectListItem($"{Capitalised(t.Words())} ({t.Start.ToString("d MMMM", english)} to {t.End.ToString("d MMMM yyyy", english)})", Iso(t.Start)))
            .ToList();
        var quarters = Back(SampleWindow.QuarterOf(Today), 8, SampleWindow.QuarterOf)
            .Select(q => new SelectListItem(q.Words(), Iso(q.Start)))
            .ToList();
        var localities = await db.Localities.AsNoTracking().OrderBy(l => l.Name)
            .Select(l => new SelectListItem(l.Name, l.Id.ToString())).ToListAsync(cancellationToken);
        return new SampleFormPage(form, months, terms, quarters, localities);
    }
}
