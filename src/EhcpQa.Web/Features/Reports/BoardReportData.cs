using EhcpQa.Domain;
using EhcpQa.Domain.Advice;
using EhcpQa.Domain.Agreement;
using EhcpQa.Domain.Dashboards;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Moderation;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Staff;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Frameworks;
using EhcpQa.Web.Persistence.Queries;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.Reports;

/// <summary>
/// Moderation in the month: sessions held, agencies represented, grades given at each level on any form
/// (<see cref="BoardFigures.ModerationGradesGiven"/>), re-graded, agreement between moderators.
/// </summary>
public sealed record ModerationActivity(int Sessions, IReadOnlyList<Agency> AgenciesRepresented, int DipSampleAgreed, int PanelAgreed, int Regraded, ModerationAgreement Agreement);

/// <summary>Actions arising from every session, by status, as the month ends.</summary>
public sealed record ActionStatusCounts(int Open, int InProgress, int Done, int Overdue);

/// <summary>Everything the monthly board summary shows, for one month.</summary>
public sealed record BoardReportContent(
    DateOnly Month,
    Domain.Dashboards.Dashboard ThisMonth,
    Domain.Dashboards.Dashboard PreviousMonth,
    Domain.Dashboards.Dashboard SameMonthLastYear,
    SignOffOutcomes SignOff,
    ModerationActivity Moderation,
    IReadOnlyList<SessionTheme> Themes,
    ActionStatusCounts Actions)
{
    /// <summary>Drafts graded in the month on forms of the authority's own, one set of figures per form version.</summary>
    public IReadOnlyList<FormResults> OnForms { get; init; } = [];

    /// <summary>The month's figures at sign-off and at each level of moderation, split by new and amended plans (<see cref="BoardFigures.ByPlanKind"/>).</summary>
    public IReadOnlyList<LevelByKind> ByKind { get; init; } = [];

    /// <summary>The month's timeliness, with the 12 months of its trend and its cuts, as the dashboard counts it for the same month.</summary>
    public Timeliness? Timeliness { get; init; }

    /// <summary>The month's families' views (figures only, never their words), with the 12 months of the trend and by locality.</summary>
    public FamilyViews? FamilyViews { get; init; }

    /// <summary>The quality of advice by the agencies' own audits submitted in the month, overall and by agency (as the advice scorecard counts it).</summary>
    public AdviceScorecard? AdviceQuality { get; init; }
}

/// <summary>Gathers a month's board summary from the database: the dashboard's own figures, so the two always agree.</summary>
public sealed class BoardReportData(
    EhcpQaDbContext db, AssuredGradings assured, TimelinessRecords timeliness, FamilyViewsRecords familyViews, LockedFrameworkVersions frameworks, TimeProvider clock)
{
    public async Task<BoardReportContent> LoadAsync(DateOnly month, CancellationToken cancellationToken)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        var localities = await db.Localities.AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.Name, cancellationToken);
        var signOffGrades = await assured.LoadAsync(AssuranceLevel.SignOff, first.AddMonths(-12), last, cancellationToken);
        Domain.Dashboards.Dashboard For(DateOnly m) =>
            Domain.Dashboards.Dashboard.Compute(signOffGrades, new DashboardFilter(m, m, AssuranceLevel.SignOff), localities);

        var thisMonth = For(first);
        var signOff = await SignOffOutcomesAsync(first, last, cancellationToken);

        var sessions = await db.PanelSessions.AsNoTracking()
            .Include(s => s.Themes)
            .Where(s => s.HeldOn >= first && s.HeldOn <= last)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var sessionIds = sessions.Select(s => s.Id).ToList();
        var sessionGradings = await db.Gradings.AsNoTracking()
            .Where(g => g.PanelSessionId != null && sessionIds.Contains(g.PanelSessionId.Value) && g.SubmittedAt != null)
            .ToListAsync(cancellationToken);
        var dipSample = await assured.LoadAsync(AssuranceLevel.LeadershipDipSample, first, last, cancellationToken);
        var panel = await assured.LoadAsync(AssuranceLevel.MultiAgencyPanel, first, last, cancellationToken);
        var dipSampleOnForms = (await assured.ResultsOnFormsAsync(new DashboardFilter(first, first, AssuranceLevel.LeadershipDipSample), cancellationToken)).SelectMany(f => f.Results).ToList();
        var panelOnForms = (await assured.ResultsOnFormsAsync(new DashboardFilter(first, first, AssuranceLevel.MultiAgencyPanel), cancellationToken)).SelectMany(f => f.Results).ToList();
        var moderation = new ModerationActivity(
            sessions.Count,
            sessions.SelectMany(s => s.Members.Select(m => m.Agency)).Distinct().Order().ToList(),
            dipSample.Count + dipSampleOnForms.Count,
            panel.Count + panelOnForms.Count,
            dipSample.Count(g => g.Regraded) + panel.Count(g => g.Regraded) + dipSampleOnForms.Count(r => r.Regraded) + panelOnForms.Count(r => r.Regraded),
            ModerationAgreement.Measure(sessionGradings.Where(g => g.Purpose is GradingPurpose.Moderation or GradingPurpose.PanelAgreement)));

        var actions = await db.ImprovementActions.AsNoTracking()
            .Select(a => new { a.Status, a.DueOn, a.RaisedAt })
            .ToListAsync(cancellationToken);
        var raisedByMonthEnd = actions.Where(a => ServiceCalendar.DateOf(a.RaisedAt) <= last).ToList();
        var counts = new ActionStatusCounts(
            raisedByMonthEnd.Count(a => a.Status == ActionStatus.Open),
            raisedByMonthEnd.Count(a => a.Status == ActionStatus.InProgress),
            raisedByMonthEnd.Count(a => a.Status == ActionStatus.Done),
            raisedByMonthEnd.Count(a => ImprovementAction.IsOverdue(a.Status, a.DueOn, last)));

        var onForms = new List<FormResults>();
        foreach (var (versionId, results) in await assured.ResultsOnFormsAsync(new DashboardFilter(first, first, AssuranceLevel.SignOff), cancellationToken))
        {
            if (await frameworks.FindAsync(db, versionId, cancellationToken) is { Form: { } form } version)
            {
                onForms.Add(FormResults.Compute(form, $"{form.Name}, version {version.Number}", results, localities));
            }
        }

        LevelByKind ByKind(AssuranceLevel level, IEnumerable<AssuredGrading> gradings) =>
            new(level, Domain.Dashboards.Dashboard.Compute(gradings, new DashboardFilter(first, first, level), localities).ByKind);

        var onTime = await timeliness.TimelinessAsync(new DashboardFilter(first, first, AssuranceLevel.SignOff), localities,
            ServiceCalendar.DateOf(clock.GetUtcNow()), cancellationToken);
        var families = await familyViews.FamilyViewsAsync(new DashboardFilter(first, first, AssuranceLevel.SignOff), localities, cancellationToken);
        var adviceQuality = AdviceScorecard.Of([], await AdviceAuditScores.ReadAsync(db, null, first, last, cancellationToken), first, last,
            ServiceCalendar.DateOf(clock.GetUtcNow()));
        return new BoardReportContent(first, thisMonth, For(first.AddMonths(-1)), For(first.AddMonths(-12)), signOff, moderation,
            sessions.SelectMany(s => s.Themes).ToList(), counts)
        {
            OnForms = onForms,
            Timeliness = onTime,
            FamilyViews = families,
            AdviceQuality = adviceQuality,
            ByKind =
            [
                new(AssuranceLevel.SignOff, thisMonth.ByKind),
                ByKind(AssuranceLevel.LeadershipDipSample, dipSample),
                ByKind(AssuranceLevel.MultiAgencyPanel, panel),
            ],
        };
    }

    /// <summary>
    /// The drafts graded in the month (a decisive sign-off grade given, on any form) and what was decided on
    /// each since: read from the same decisive grades as the dashboard, so the drafts on the 1–4 scheme are its
    /// grades given.
    /// </summary>
    private async Task<SignOffOutcomes> SignOffOutcomesAsync(DateOnly first, DateOnly last, CancellationToken cancellationToken)
    {
        var graded = await db.AssuredGrades.AsNoTracking()
            .Where(a => a.Level == AssuranceLevel.SignOff && a.GivenOn >= first && a.GivenOn <= last)
            .Join(db.PlanVersions, a => a.PlanVersionId, v => v.Id, (a, v) => new { a.PlanId, OnTheScheme = a.Overall != null, a.Regraded, v.Status, v.DecidedAt, v.ReviewNumber })
            .ToListAsync(cancellationToken);
        var signedOffPlans = graded.Where(d => d.Status == DraftStatus.SignedOff).Select(d => d.PlanId).ToList();
        var sent = await db.PlanVersions.AsNoTracking()
            .Where(v => signedOffPlans.Contains(v.PlanId) && v.Status != DraftStatus.BroughtIn)
            .Select(v => new { v.PlanId, v.ReviewNumber, v.Number, v.SubmittedAt })
            .ToListAsync(cancellationToken);
        var firstDrafts = SentDraft.FirstOfEachRound(sent.Select(v => new SentDraft(v.PlanId, v.ReviewNumber, v.Number, v.SubmittedAt)));
        return SignOffOutcomes.Of(graded.Select(d => new GradedDraft(
            d.PlanId, d.OnTheScheme, d.Regraded, d.Status,
            d.Status == DraftStatus.SignedOff && d.DecidedAt is { } decided && firstDrafts.TryGetValue((d.PlanId, d.ReviewNumber), out var submitted)
                ? (decided - submitted).TotalDays
                : null)));
    }
}
