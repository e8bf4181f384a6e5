using EhcpQa.Domain;
using EhcpQa.Domain.Quality;
using EhcpQa.Domain.Staff;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Infrastructure.Forms;
using EhcpQa.Web.Infrastructure.Security;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Identity;
using EhcpQa.Web.Persistence.Queries;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.Quality;

/// <summary>
/// The quality of plans by caseworker over a period: a caseworker sees their own plans' figures; a locality manager
/// one row per caseworker of their locality; a QA lead every caseworker's. Figures are counted by
/// <see cref="CaseworkerQuality"/> from the records of the plans <see cref="Domain.Plans.PlanAccess"/> lets the person see.
/// </summary>
[Authorize(Policy = Policies.Quality)]
[ChildRecordPages]
[Route("quality")]
public sealed class QualityController(EhcpQaDbContext db, TimeProvider clock) : Controller
{
    private const string Prefix = "Period.";

    private DateOnly Today => ServiceCalendar.DateOf(clock.GetUtcNow());

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery(Name = "Period")] QualityPeriodForm form, CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        if (!QualityAccess.SeesCaseworkers(actor))
        {
            return await CaseworkerPageAsync(actor, actor.UserId, form, ownPage: true, cancellationToken);
        }

        var period = PeriodOf(form);
        var caseworkers = await CaseworkersAsync(actor, cancellationToken);
        IReadOnlyList<CaseworkerFigures> figures = [];
        if (period is not null)
        {
            var records = await new QualityRecordsQuery(db, actor).LoadAsync(period, caseworkerId: null, cancellationToken);
            figures = CaseworkerQuality.Count(period, caseworkers.Select(c => c.Id), records.Grades, records.Decisions, records.Agreements);
        }

        var names = await StaffNames.LoadAsync(db, figures.Select(f => f.CaseworkerId), cancellationToken);
        var localities = caseworkers.ToDictionary(c => c.Id, c => c.LocalityId, StringComparer.Ordinal);
        var rows = figures
            .Select(f => new CaseworkerRow(f, names.Of(f.CaseworkerId),
                QualityAccess.MaySee(actor, f.CaseworkerId, localities.GetValueOrDefault(f.CaseworkerId))))
            .OrderBy(r => r.Name, StringComparer.CurrentCulture)
            .ToList();
        return View("Index", new QualityPage(form, period, rows, actor.IsIn(StaffRole.QaLead) ? "every caseworker" : "the caseworkers of your locality"));
    }

    [HttpGet("caseworkers/{id}")]
    public async Task<IActionResult> Caseworker(string id, [FromQuery(Name = "Period")] QualityPeriodForm form, CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        var caseworker = await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => new { u.Id, u.LocalityId }).SingleOrDefaultAsync(cancellationToken);
        if (caseworker is null)
        {
            return NotFound();
        }

        if (!QualityAccess.MaySee(actor, caseworker.Id, caseworker.LocalityId))
        {
            return Forbid();
        }

        return await CaseworkerPageAsync(actor, caseworker.Id, form, ownPage: caseworker.Id == actor.UserId, cancellationToken);
    }

    private async Task<IActionResult> CaseworkerPageAsync(Actor actor, string caseworkerId, QualityPeriodForm form, bool ownPage, CancellationToken cancellationToken)
    {
        var period = PeriodOf(form);
        CaseworkerFigures? figures = null;
        IReadOnlyDictionary<int, string> references = new Dictionary<int, string>();
        if (period is not null)
        {
            var records = await new QualityRecordsQuery(db, actor).LoadAsync(period, caseworkerId, cancellationToken);
            figures = CaseworkerQuality.Count(period, [caseworkerId], records.Grades, records.Decisions, records.Agreements)
                .Single(f => f.CaseworkerId == caseworkerId);
            var planIds = figures.Plans.Select(p => p.PlanId).ToList();
            references = await PlanReferences.OfAsync(db, planIds, cancellationToken);
        }

        return View("Caseworker", new CaseworkerQualityPage(
            form,
            period,
            await StaffNames.NameOfAsync(db, caseworkerId, cancellationToken),
            ownPage,
            QualityAccess.SeesCaseworkers(actor),
            figures,
            references));
    }

    /// <summary>
    /// The period chosen, or the last 12 months when none was; null (with the reasons in the model state, beside
    /// what was typed) when the dates are not a period to count over.
    /// </summary>
    private QualityPeriod? PeriodOf(QualityPeriodForm form)
    {
        if (form.IsEmpty)
        {
            var period = QualityPeriod.LastTwelveMonths(Today);
            form.From = DateInput.From(period.From);
            form.To = DateInput.From(period.To);
            return period;
        }

        if (!ModelState.IsValid || !form.From.TryGetDate(out var from) || !form.To.TryGetDate(out var to))
        {
            return null;
        }

        var problems = QualityPeriod.Problems(from, to, Today).ToList();
        if (problems.Count > 0)
        {
            ModelState.AddProblems(Prefix, problems, nameof(QualityPeriodForm.From));
            return null;
        }

        return QualityPeriod.Of(from, to, Today);
    }

    /// <summary>The enabled caseworkers a person's table lists: a QA lead every one, a locality manager their locality's.</summary>
    private async Task<List<(string Id, int? LocalityId)>> CaseworkersAsync(Actor actor, CancellationToken cancellationToken)
    {
        var everyLocality = actor.IsIn(StaffRole.QaLead);
        var locality = actor.LocalityId;
        var caseworkers = await db.Users.AsNoTracking()
            .Where(u => u.DisabledAt == null
                && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == StaffRole.Caseworker))
                && (everyLocality || u.LocalityId == locality))
            .Select(u => new { u.Id, u.LocalityId })
            .ToListAsync(cancellationToken);
        return caseworkers.Select(c => (c.Id, c.LocalityId)).ToList();
    }
}
