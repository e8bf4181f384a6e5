using EhcpQa.Domain.Moderation;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Staff;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Frameworks;
using EhcpQa.Web.Persistence.Identity;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.Moderation;

/// <summary>A plan of the session as the session's results show it: pseudonymised.</summary>
public sealed record SessionPlanRow(ModeratedPlan Plan, string Code, string YearGroup, Phase Phase, BroadAreaOfNeed Need, SettingType Setting, IReadOnlyList<ModeratorStatus> Moderators);

/// <summary>One moderator of a plan and whether they have submitted their grading.</summary>
/// <param name="Overall">The moderator's result in the framework's terms, once submitted.</param>
/// <param name="InBrief">The same in a word: the overall grade's value, or the result where there is no grade.</param>
public sealed record ModeratorStatus(string Name, Agency? Agency, string? Overall, string? InBrief, bool Submitted);

/// <summary>A session member as the results name them, with their agency by the authority's own name for it (<see cref="PanelRepresentation.NameOf"/>).</summary>
public sealed record SessionMemberRow(string Name, Agency Agency, string AgencyName, bool IsChair);

/// <summary>Everything the session's results page and its moderation report show.</summary>
public sealed record SessionReport(
    PanelSession Session,
    string Chair,
    IReadOnlyList<SessionMemberRow> Members,
    IReadOnlyList<string> MissingAgencies,
    IReadOnlyList<SessionPlanRow> Plans,
    SessionResults Results,
    AgreementFigures Agreement,
    IReadOnlyList<ImprovementAction> Actions,
    DateOnly Today);

/// <summary>Loads a session's results from the database, for the page and the PDF alike.</summary>
public sealed class SessionReportData(EhcpQaDbContext db, LockedFrameworkVersions frameworks, TimeProvider clock)
{
    public async Task<SessionReport?> LoadAsync(int sessionId, CancellationToken cancellationToken)
    {
        var session = await db.PanelSessions.AsNoTracking()
            .Include(s => s.Themes)
            .Include(s => s.Learning)
            .AsSplitQuery()
            .SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (session is null)
        {
            return null;
        }

        var planIds = session.PlanIds;
        var plans = await db.Plans.AsNoTracking().Include(p => p.Versions)
            .Where(p => planIds.Contains(p.Id))
            .AsSplitQuery()
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        var gradings = await db.Gradings.AsNoTracking().Where(g => g.PanelSessionId == sessionId).ToListAsync(cancellationToken);
        var userIds = session.Members.Select(m => m.UserId).Concat(gradings.Select(g => g.GraderId)).Append(session.ChairId).Distinct().ToList();
        var names = await StaffNames.LoadAsync(db, userIds, cancellationToken);
        var codes = await ModerationCode.LoadAsync(db, cancellationToken);

        var results = SessionResults.For(session, plans.ToDictionary(p => p.Key, p => p.Value.SignedOffAt), gradings);
        var rows = results.Plans.Where(p => plans.ContainsKey(p.PlanId)).Select(p =>
        {
            var plan = plans[p.PlanId];
            var on = plan.IssuedOn ?? session.HeldOn;
            var moderators = p.ModeratorIds.Select(id =>
            {
                var grading = p.Moderations.FirstOrDefault(m => m.GraderId == id);
                return new ModeratorStatus(names.Of(id), session.AgencyOf(id),
                    grading is { IsSubmitted: true } ? grading.Result : null, grading is { IsSubmitted: true } ? grading.OverallGradeValue ?? grading.Result : null, grading?.IsSubmitted == true);
            }).ToList();
            return new SessionPlanRow(p, codes.For(session.Id, p.PlanId), SchoolYear.YearGroupName(plan.YearGroupOn(on)),
                plan.PhaseOn(on), plan.PrimaryArea, plan.Setting, moderators);
        }).ToList();
        var representation = await db.PanelRepresentationAsync(cancellationToken);
        var members = session.Members
            .Select(m => new SessionMemberRow(names.Of(m.UserId), m.Agency, representation.NameOf(m.Agency), m.UserId == session.ChairId))
            .ToList();
        var actions = await db.ImprovementActions.AsNoTracking()
            .Where(a => a.PanelSessionId == sessionId)
            .OrderBy(a => a.DueOn).ThenBy(a => a.Id)
            .ToListAsync(cancellationToken);
        return new SessionReport(session, names.Of(session.ChairId), members,
            session.MissingAgencies(representation).Select(representation.NameOf).ToList(), rows, results, new AgreementFigures(results.Agreement, names) { OnForms = await AgreementFigures.OnFormsAsync(db, frameworks, gradings, cancellationToken) },
            actions, Domain.ServiceCalendar.DateOf(clock.GetUtcNow()));
    }
}
