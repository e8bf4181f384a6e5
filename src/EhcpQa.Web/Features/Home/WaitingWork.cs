using System.Globalization;
using EhcpQa.Domain;
using EhcpQa.Domain.Advice;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Moderation;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Staff;
using EhcpQa.Web.Features.Moderation;
using EhcpQa.Web.Features.Plans;
using EhcpQa.Web.Infrastructure.Wording;
using EhcpQa.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.Home;

/// <summary>
/// The home page's work lists: what waits for one person, each kind read in one query (two for the plans
/// ready to agree), filtered in the database by the domain's rule of what waits for whom and projected to what
/// the list shows, most urgent first.
/// </summary>
public sealed class WaitingWork(EhcpQaDbContext db, Actor actor, DateOnly today)
{
    /// <summary>The roles whose holders have work that waits for them (board members and administrators have none).</summary>
    private static readonly string[] WorkingRoles = [StaffRole.Caseworker, StaffRole.LocalityManager, StaffRole.QaLead, StaffRole.PanelMember, StaffRole.AgencyLead];

    /// <summary>Whether <paramref name="person"/>'s roles give them work that waits for them.</summary>
    public static bool HasWorkLists(Actor person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return WorkingRoles.Any(person.IsIn);
    }

    /// <summary>Every list of work waiting for the person, leaving out the kinds of which nothing waits.</summary>
    public async Task<IReadOnlyList<WorkList>> ListsAsync(CancellationToken cancellationToken)
    {
        var lists = new List<WorkList?>();
        if (actor.IsIn(StaffRole.Caseworker))
        {
            lists.AddRange(await CaseworkerAsync(cancellationToken));
        }

        if (actor.IsIn(StaffRole.Caseworker))
        {
            lists.Add(await OverdueAdviceAsync(
                "advice-overdue", "Advice overdue for your plans",
                db.AdviceRequests.Where(r => db.Plans.Any(p => p.Id == r.PlanId && p.CaseworkerId == actor.UserId)),
                cancellationToken));
        }

        if (AdviceAccess.AgencyLedBy(actor) is { } agency)
        {
            lists.Add(await OverdueAdviceAsync(
                "agency-advice-overdue", $"{agency.Name()} advice overdue", db.AdviceRequests.Where(r => r.Agency == agency), cancellationToken));
        }

        if (actor.IsIn(StaffRole.LocalityManager) || actor.IsIn(StaffRole.QaLead))
        {
            lists.AddRange(await SignOffAsync(cancellationToken));
        }

        if (actor.IsIn(StaffRole.QaLead))
        {
            lists.Add(await SamplesReadyAsync(cancellationToken));
            lists.Add(await ActionsAsync(cancellationToken));
        }

        if (actor.IsIn(StaffRole.PanelMember) || actor.IsIn(StaffRole.LocalityManager) || actor.IsIn(StaffRole.QaLead))
        {
            lists.Add(await ModerationsAsync(cancellationToken));
            lists.Add(await ReadyToAgreeAsync(cancellationToken));
        }

        return lists.OfType<WorkList>().ToList();
    }

    /// <summary>The caseworker's plans that wait for them (<see cref="PlanProgresses.WaitingForItsCaseworker"/>): returned drafts, and plans with no draft sent.</summary>
    private async Task<IEnumerable<WorkList?>> CaseworkerAsync(CancellationToken cancellationToken)
    {
        var me = actor.UserId;
        var plans = await db.Plans.AsNoTracking()
            .Where(PlanAccess.VisibleTo(actor))
            .Where(p => p.CaseworkerId == me)
            .Where(PlanProgresses.WaitingForItsCaseworker)
            .OrderBy(p => p.StatutoryDeadline).ThenBy(p => p.Reference)
            .Select(p => new { p.Id, p.Reference, p.StatutoryDeadline, LastVersion = p.Versions.Max(v => (int?)v.Number) })
            .ToListAsync(cancellationToken);

        return
        [
            WorkList.Of("returned", "Drafts returned to you to revise",
                plans.Where(p => p.LastVersion is not null)
                    .Select(p => new WorkItem(p.Reference, $"/plans/{p.Id}",
                        $"Version {p.LastVersion} was returned: read the feedback and send a new version", DaysLeftTag.For(p.StatutoryDeadline, today)))
                    .ToList(),
                $"/plans?status={PlanStatusFilter.Returned}", "See all your returned drafts"),
            WorkList.Of("to-write", "Drafts to write and send for sign-off",
                plans.Where(p => p.LastVersion is null)
                    .Select(p => new WorkItem(p.Reference, $"/plans/{p.Id}/draft", "No draft sent for sign-off yet", DaysLeftTag.For(p.StatutoryDeadline, today)))
                    .ToList(),
                $"/plans?status={PlanStatusFilter.NotSent}", "See all your plans with no draft sent"),
        ];
    }

    /// <summary>The drafts in sign-off that wait for the person (<see cref="SignOffWork.WaitingFor"/>), by what they wait for.</summary>
    private async Task<IEnumerable<WorkList?>> SignOffAsync(CancellationToken cancellationToken)
    {
        var me = actor.UserId;
        var drafts = await (
                from version in db.PlanVersions
                join plan in db.Plans.Where(PlanAccess.VisibleTo(actor)) on version.PlanId equals plan.Id
                select new DraftInSignOff
                {
                    PlanId = plan.Id,
                    Reference = plan.Reference,
                    LocalityId = plan.LocalityId,
                    CaseworkerId = plan.CaseworkerId,
                    StatutoryDeadline = plan.StatutoryDeadline,
                    VersionNumber = version.Number,
                    SubmittedAt = version.SubmittedAt,
                    Status = version.Status,
                    FirstGraderId = version.FirstGraderId,
                    SecondGraderId = version.SecondGraderId,
                    AgreementGraderId = version.AgreementGraderId,
                })
            .Where(SignOffWork.WaitingFor(actor))
            .OrderBy(d => d.StatutoryDeadline).ThenBy(d => d.Reference)
            .ToListAsync(cancellationToken);

        List<WorkItem> Items(SignOffTask task, Func<DraftInSignOff, string> hint) =>
            drafts.Where(d => SignOffWork.TaskOf(d.Status) == task)
                .Select(d => new WorkItem(d.Reference, $"/sign-off/{d.PlanId}", hint(d), DaysLeftTag.For(d.StatutoryDeadline, today)))
                .ToList();

        return
        [
            WorkList.Of("to-grade", "Drafts to grade for sign-off",
                Items(SignOffTask.Grade, d => d.FirstGraderId == me
                    ? $"Version {d.VersionNumber}: you have started grading it"
                    : $"Version {d.VersionNumber}, sent {d.SubmittedAt.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}: not graded yet"),
                "/sign-off", "See every draft in sign-off"),
            WorkList.Of("second-opinions", "Second opinions to give",
                Items(SignOffTask.SecondOpinion, d => d.SecondGraderId == me
                    ? $"Version {d.VersionNumber}: you have started your second opinion"
                    : $"Version {d.VersionNumber} needs a second opinion: grade it without seeing the first grading"),
                "/sign-off", "See every draft in sign-off"),
            WorkList.Of("agreed-grades", "Agreed grades to record",
                Items(SignOffTask.AgreedGrade, d => d.AgreementGraderId == me
                    ? $"Version {d.VersionNumber}: you have started recording the agreed grade"
                    : $"Version {d.VersionNumber}: both gradings are in, record the grade you agreed"),
                "/sign-off", "See every draft in sign-off"),
            WorkList.Of("decisions", "Drafts ready for your decision",
                Items(SignOffTask.Decision, d => $"Version {d.VersionNumber} is graded: sign it off or return it"),
                "/sign-off", "See every draft in sign-off"),
        ];
    }

    /// <summary>The advice among <paramref name="requests"/> not received by its due date (<see cref="AdviceRequest.OverdueOn"/>), longest overdue first.</summary>
    private async Task<WorkList?> OverdueAdviceAsync(string id, string heading, IQueryable<AdviceRequest> requests, CancellationToken cancellationToken)
    {
        var overdue = await (
                from r in requests.Where(AdviceRequest.OverdueOn(today))
                join p in db.Plans on r.PlanId equals p.Id
                orderby r.DueOn, r.Id
                select new { r.Id, p.Reference, r.Service, r.ServiceName, r.RequestedOn, r.DueOn })
            .ToListAsync(cancellationToken);
        return WorkList.Of(id, heading,
            overdue.Select(a => new WorkItem($"{a.Reference}: {AdviceRequest.WordsFor(a.Service, a.ServiceName)}", $"/advice/{a.Id}",
                    $"Requested {a.RequestedOn.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}, due {a.DueOn.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}",
                    DaysLeftTag.For(a.DueOn, today)))
                .ToList(),
            "/advice?show=overdue", "See all overdue advice");
    }

    /// <summary>The samples drawn by a schedule that no panel session moderates yet, oldest first: each is ready to set up a session for.</summary>
    private async Task<WorkList?> SamplesReadyAsync(CancellationToken cancellationToken)
    {
        var ready = await (
                from draw in db.SampleSchedules.SelectMany(s => s.Draws)
                join sample in db.DipSamples on draw.DipSampleId equals sample.Id
                where !db.PanelSessions.Any(p => p.DipSampleId == sample.Id)
                orderby draw.DrawnAt, sample.Id
                select new { sample.Id, sample.Title, draw.DrawnAt })
            .ToListAsync(cancellationToken);
        return WorkList.Of("samples-ready", "Samples ready for a panel session",
            ready.Select(s => new WorkItem(s.Title, $"/samples/{s.Id}",
                    $"A sample is ready: drawn by its schedule on {ServiceCalendar.DateOf(s.DrawnAt).ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}, with no panel session yet", null))
                .ToList(),
            "/samples/schedules", "See every sample schedule");
    }

    /// <summary>The improvement actions due within a week or overdue (<see cref="ImprovementAction.DueSoonOrOverdueOn"/>), soonest due first.</summary>
    private async Task<WorkList?> ActionsAsync(CancellationToken cancellationToken)
    {
        var actions = await db.ImprovementActions.AsNoTracking()
            .Where(ImprovementAction.DueSoonOrOverdueOn(today))
            .OrderBy(a => a.DueOn).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.Description, a.Owner, a.OwnerAgency, a.DueOn })
            .ToListAsync(cancellationToken);
        return WorkList.Of("actions", "Improvement actions due within a week or overdue",
            actions.Select(a => new WorkItem(Shorten(a.Description), $"/actions/{a.Id}",
                    $"Owned by {a.Owner} ({a.OwnerAgency.Name()}), due {a.DueOn.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}",
                    DaysLeftTag.For(a.DueOn, today, ImprovementAction.DueSoonDays)))
                .ToList(),
            "/actions?show=open", "See every open action");
    }

    /// <summary>The plans assigned to the person to moderate whose moderation they have not submitted, by session date.</summary>
    private async Task<WorkList?> ModerationsAsync(CancellationToken cancellationToken)
    {
        var me = actor.UserId;
        var assigned = await (
                from session in db.PanelSessions
                from assignment in session.Assignments
                where assignment.ModeratorId == me
                    && !db.Gradings.Any(g => g.PanelSessionId == session.Id && g.PlanId == assignment.PlanId && g.GraderId == me
                        && g.Purpose == GradingPurpose.Moderation && g.SubmittedAt != null)
                orderby session.HeldOn, session.Id, assignment.PlanId
                select new
                {
                    SessionId = session.Id,
                    session.HeldOn,
                    session.Theme,
                    assignment.PlanId,
                    Started = db.Gradings.Any(g => g.PanelSessionId == session.Id && g.PlanId == assignment.PlanId && g.GraderId == me
                        && g.Purpose == GradingPurpose.Moderation),
                })
            .ToListAsync(cancellationToken);
        var codes = await ModerationCode.LoadAsync(db, cancellationToken);
        return WorkList.Of("moderations", "Plans to moderate",
            assigned.Select(a => new WorkItem(codes.For(a.SessionId, a.PlanId), ModerationRoutes.Plan(a.SessionId, a.PlanId),
                    $"{SessionName(a.HeldOn, a.Theme)}: {(a.Started ? "you have started moderating it" : "not started")}",
                    DaysLeftTag.For(a.HeldOn, today)))
                .ToList(),
            "/moderation", "See every plan assigned to you");
    }

    /// <summary>The plans of sessions the person chairs that wait for the agreed grade (<see cref="PanelSession.PlansReadyToAgree(IEnumerable{PanelAssignment}, IEnumerable{SubmittedGrading})"/>).</summary>
    private async Task<WorkList?> ReadyToAgreeAsync(CancellationToken cancellationToken)
    {
        var me = actor.UserId;
        var sessions = await db.PanelSessions.AsNoTracking()
            .Where(s => s.ChairId == me && s.Assignments.Any(a => !db.Gradings.Any(g => g.PanelSessionId == s.Id && g.PlanId == a.PlanId
                && g.Purpose == GradingPurpose.PanelAgreement && g.SubmittedAt != null)))
            .OrderBy(s => s.HeldOn).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.HeldOn, s.Theme, Assignments = s.Assignments.Select(a => new PanelAssignment(a.PlanId, a.ModeratorId)).ToList() })
            .ToListAsync(cancellationToken);
        if (sessions.Count == 0)
        {
            return null;
        }

        var sessionIds = sessions.Select(s => s.Id).ToList();
        var submitted = (await db.Gradings.AsNoTracking()
                .Where(g => g.PanelSessionId != null && sessionIds.Contains(g.PanelSessionId.Value) && g.SubmittedAt != null
                    && (g.Purpose == GradingPurpose.Moderation || g.Purpose == GradingPurpose.PanelAgreement))
                .Select(g => new { SessionId = g.PanelSessionId!.Value, g.PlanId, g.GraderId, g.Purpose })
                .ToListAsync(cancellationToken))
            .ToLookup(g => g.SessionId, g => new SubmittedGrading(g.PlanId, g.GraderId, g.Purpose));

        var codes = await ModerationCode.LoadAsync(db, cancellationToken);
        return WorkList.Of("to-agree", "Plans ready for the panel to agree",
            sessions.SelectMany(s => PanelSession.PlansReadyToAgree(s.Assignments, submitted[s.Id])
                    .Select(planId => new WorkItem(codes.For(s.Id, planId), ModerationRoutes.Plan(s.Id, planId),
                        $"{SessionName(s.HeldOn, s.Theme)}: every moderator has graded it, record the agreed grade", null)))
                .ToList(),
            "/moderation", "See the sessions you chair");
    }

    private static string SessionName(DateOnly heldOn, string? theme) =>
        $"Session on {heldOn.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}{(theme is null ? string.Empty : $" ({theme})")}";

    /// <summary>An action's description as a link's text: its first 100 characters.</summary>
    private static string Shorten(string text) => text.Length <= 100 ? text : string.Concat(text.AsSpan(0, 99).TrimEnd(), "…");
}
