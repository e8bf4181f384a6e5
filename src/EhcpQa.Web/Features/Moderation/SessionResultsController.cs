using EhcpQa.Domain.Agreement;
using EhcpQa.Domain.Grades;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Infrastructure.Security;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Frameworks;
using EhcpQa.Web.Persistence.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.Moderation;

/// <summary>
/// What moderation found: for one session (its chair and QA leads) the plans with their sign-off and
/// agreed grades, the re-graded count, the agreed grades by section and the agreement between
/// moderators, with the session's report as a PDF; and for QA leads, agreement across every session.
/// </summary>
[Authorize(Policy = Policies.Moderation)]
[ChildRecordPages]
[Route("moderation")]
public sealed class SessionResultsController(EhcpQaDbContext db, SessionReportData reports, LockedFrameworkVersions frameworks, TimeProvider clock) : Controller
{
    [HttpGet("sessions/{sessionId:int}")]
    public async Task<IActionResult> Session(int sessionId, CancellationToken cancellationToken)
    {
        var report = await reports.LoadAsync(sessionId, cancellationToken);
        if (report is null)
        {
            return NotFound();
        }

        return report.Session.MayAgree(User.ToActor()) ? View(report) : Forbid();
    }

    [HttpGet("sessions/{sessionId:int}/report.pdf")]
    public async Task<IActionResult> Report(int sessionId, CancellationToken cancellationToken)
    {
        var report = await reports.LoadAsync(sessionId, cancellationToken);
        if (report is null)
        {
            return NotFound();
        }

        if (!report.Session.MayAgree(User.ToActor()))
        {
            return Forbid();
        }

        var pdf = ModerationReportPdf.Render(report, clock.GetUtcNow());
        return File(pdf, "application/pdf", $"moderation-report-{report.Session.HeldOn:yyyy-MM-dd}.pdf");
    }

    [HttpGet("agreement")]
    [Authorize(Policy = Policies.QaLeadWork)]
    public async Task<IActionResult> Agreement(CancellationToken cancellationToken)
    {
        var gradings = await db.Gradings.AsNoTracking()
            .Where(g => g.PanelSessionId != null && g.SubmittedAt != null)
            .Where(g => g.Purpose == GradingPurpose.Moderation || g.Purpose == GradingPurpose.PanelAgreement)
            .ToListAsync(cancellationToken);
        var figures = ModerationAgreement.Measure(gradings);
        var onForms = await AgreementFigures.OnFormsAsync(db, frameworks, gradings, cancellationToken);
        var ids = figures.Tendencies.Concat(onForms.SelectMany(f => f.Tendencies)).Select(t => t.GraderId).Distinct().ToList();
        var names = await StaffNames.LoadAsync(db, ids, cancellationToken);
        var sessions = await db.PanelSessions.AsNoTracking().OrderByDescending(s => s.HeldOn).ToListAsync(cancellationToken);
        var gradingsBySession = gradings.ToLookup(g => g.PanelSessionId!.Value);
        var bySession = sessions
            .Select(s => (Session: s, Figures: ModerationAgreement.Measure(gradingsBySession[s.Id])))
            .Where(x => x.Figures.ModerationCount > 0)
            .Select(x => new SessionAgreementRow(x.Session.Id, x.Session.HeldOn, x.Session.Theme, x.Figures))
            .ToList();
        return View(new AgreementAcrossSessions(new AgreementFigures(figures, names) { OnForms = onForms }, bySession));
    }
}

/// <summary>
/// Agreement figures with the names of the moderators in them: on the 1–4 scheme, and on each form of the
/// authority's own that moderations were made on.
/// </summary>
public sealed record AgreementFigures(ModerationAgreement Agreement, StaffNames Names)
{
    public IReadOnlyList<FormAgreement> OnForms { get; init; } = [];

    public string NameOf(string graderId) => Names.Of(graderId);

    /// <summary>Agreement on each form of the authority's own that the gradings' moderations were made on.</summary>
    public static async Task<IReadOnlyList<FormAgreement>> OnFormsAsync(
        EhcpQaDbContext db, LockedFrameworkVersions frameworks, IReadOnlyCollection<Grading> gradings, CancellationToken cancellationToken)
    {
        var onForms = new List<FormAgreement>();
        foreach (var id in gradings.Where(g => g.Purpose == GradingPurpose.Moderation && g.Parts.Count > 0).Select(g => g.FrameworkVersionId).Distinct().Order())
        {
            if (await frameworks.FindAsync(db, id, cancellationToken) is { Scheme: Domain.Frameworks.ScoringScheme.Form } version)
            {
                onForms.Add(FormAgreement.Measure(version, gradings));
            }
        }

        return onForms;
    }
}

public sealed record SessionAgreementRow(int SessionId, DateOnly HeldOn, string? Theme, ModerationAgreement Figures);

public sealed record AgreementAcrossSessions(AgreementFigures All, IReadOnlyList<SessionAgreementRow> Sessions);

/// <summary>Each moderator's tendency against what the panel agreed, named, under a caption, with what was compared.</summary>
public sealed record TendencyTable(IReadOnlyList<EhcpQa.Domain.Agreement.GraderTendencyRow> Rows, AgreementFigures Figures, string Caption, string Compared);
