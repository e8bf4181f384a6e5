using EhcpQa.Domain;
using EhcpQa.Domain.Moderation;
using EhcpQa.Domain.Staff;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Infrastructure.Forms;
using EhcpQa.Web.Infrastructure.Security;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.Panels;

/// <summary>QA leads run moderation sessions: the sample, the members and their agencies, and who moderates which plan.</summary>
[Authorize(Policy = Policies.QaLeadWork)]
[ChildRecordPages]
[Route("panels")]
public sealed class PanelsController(EhcpQaDbContext db, UserManager<ApplicationUser> users, TimeProvider clock, ILogger<PanelsController> logger) : Controller
{
    private static readonly string[] ModeratorRoles = [StaffRole.PanelMember, StaffRole.LocalityManager, StaffRole.QaLead];

    /// <summary>Who may be a member of a peer moderation session: caseworkers besides those who moderate any session.</summary>
    private static readonly string[] PeerModeratorRoles = [StaffRole.Caseworker, .. ModeratorRoles];

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var sessions = await db.PanelSessions.AsNoTracking().OrderByDescending(s => s.HeldOn).ToListAsync(cancellationToken);
        return View(sessions.Select(s => new PanelListRow(s.Id, s.HeldOn, s.Level, s.Theme, s.Members.Count, s.Assignments.Select(a => a.PlanId).Distinct().Count())).ToList());
    }

    /// <summary>The session form; from a sample's page, with the sample chosen and its theme in words as the session's theme.</summary>
    [HttpGet("new")]
    public async Task<IActionResult> Create(int? sampleId, CancellationToken cancellationToken)
    {
        var form = new PanelForm { Level = PanelLevel.MultiAgencyPanel, ChairId = User.ToActor().UserId };
        var sample = sampleId is null ? null : await db.DipSamples.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sampleId, cancellationToken);
        if (sample is not null)
        {
            form.DipSampleId = sample.Id;
            var locality = sample.Theme.LocalityId is { } id ? await db.Localities.AsNoTracking().Where(l => l.Id == id).Select(l => l.Name).SingleOrDefaultAsync(cancellationToken) : null;
            var words = string.Join(", ", sample.Theme.Words(locality));
            form.Theme = words.Length is > 0 and <= PanelSession.ThemeMaxLength ? words : null;
        }

        return View("New", await FormPageAsync(form, cancellationToken));
    }

    [HttpPost("new")]
    public async Task<IActionResult> Create([Bind(Prefix = "Form")] PanelForm form, CancellationToken cancellationToken)
    {
        var sample = ModelState.IsValid ? await db.DipSamples.AsNoTracking().SingleOrDefaultAsync(s => s.Id == form.DipSampleId, cancellationToken) : null;
        if (ModelState.IsValid && sample is null)
        {
            ModelState.AddModelError("Form.DipSampleId", "Select a sample from the list");
        }

        if (ModelState.IsValid && await users.FindByIdAsync(form.ChairId!) is null)
        {
            ModelState.AddModelError("Form.ChairId", "Select who chairs the session from the list");
        }

        if (!ModelState.IsValid)
        {
            return View("New", await FormPageAsync(form, cancellationToken));
        }

        form.HeldOn.TryGetDate(out var heldOn);
        PanelSession session;
        try
        {
            session = PanelSession.PlanFor(sample!, await db.PanelRepresentationAsync(cancellationToken), heldOn, form.Level!.Value, form.Theme, form.ChairId!, User.ToActor().UserId, clock.GetUtcNow(), form.ShowsAdvice);
        }
        catch (DomainRuleException refused)
        {
            ModelState.AddProblems("Form.", refused.Problems, nameof(PanelForm.DipSampleId));
            return View("New", await FormPageAsync(form, cancellationToken));
        }

        db.PanelSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Panel session {SessionId} planned by {UserId}, showing advice: {ShowsAdvice}", session.Id, session.CreatedById, session.ShowsAdvice);
        TempData["Success"] = "The session has been set up: now add its members";
        return RedirectToAction(nameof(Details), new { id = session.Id });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        // Tracked, so the page carries the session's concurrency token for its changes.
        var session = await db.PanelSessions.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        return session is null ? NotFound() : View(await PageAsync(session, new MemberForm(), new ReassignForm(), cancellationToken));
    }

    [HttpPost("{id:int}/members")]
    public async Task<IActionResult> AddMember(int id, [Bind(Prefix = "Member")] MemberForm form, CancellationToken cancellationToken)
    {
        var session = await db.PanelSessions.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is null)
        {
            return NotFound();
        }

        var person = string.IsNullOrEmpty(form.UserId) ? null : await users.FindByIdAsync(form.UserId);
        if (person is null || person.IsDisabled || !(await users.GetRolesAsync(person)).Any(RolesFor(session.Level).Contains))
        {
            ModelState.AddModelError("Member.UserId", "Select a member from the list");
        }

        if (ModelState.IsValid)
        {
            try
            {
                session.AddMember(person!.Id, form.Agency ?? person.Agency);
                await db.SaveChangesAsync(cancellationToken);
                TempData["Success"] = $"{person.DisplayName} has been added to the session";
                return RedirectToAction(nameof(Details), new { id });
            }
            catch (DomainRuleException refused)
            {
                ModelState.AddProblems("Member.", refused.Problems, "UserId");
            }
        }

        return await DetailsAgainAsync(id, form, new ReassignForm(), cancellationToken);
    }

    /// <summary>Shows the session's moderators the advice received for their plans, or stops showing it.</summary>
    [HttpPost("{id:int}/advice")]
    public async Task<IActionResult> ShowAdvice(int id, ShowAdviceForm form, CancellationToken cancellationToken)
    {
        var session = await db.PanelSessions.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is null)
        {
            return NotFound();
        }

        try
        {
            session.ShowAdvice(form.ShowsAdvice, User.ToActor().UserId, clock.GetUtcNow());
            db.ExpectConcurrencyToken(session, form.ConcurrencyToken);
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Panel session {SessionId} set to show advice: {ShowsAdvice} by {UserId}", id, session.ShowsAdvice, User.ToActor().UserId);
            TempData["Success"] = session.ShowsAdvice
                ? "Panel members now see the advice received for the plans they moderate"
                : "Panel members no longer see the plans' advice";
            return RedirectToAction(nameof(Details), new { id });
        }
        catch (DomainRuleException refused)
        {
            ModelState.AddModelError(string.Empty, refused.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, ChangedMeanwhile);
        }

        return await DetailsAgainAsync(id, new MemberForm(), new ReassignForm(), cancellationToken);
    }

    /// <summary>Removes a member who has no plans, until moderation begins.</summary>
    [HttpPost("{id:int}/members/remove")]
    public async Task<IActionResult> RemoveMember(int id, RemoveMemberForm form, CancellationToken cancellationToken)
    {
        var session = await db.PanelSessions.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is null)
        {
            return NotFound();
        }

        var gradings = await SessionGradingsAsync(id, cancellationToken);
        try
        {
            var name = (await StaffNames.LoadAsync(db, [form.UserId ?? string.Empty], cancellationToken)).Of(form.UserId ?? string.Empty);
            session.RemoveMember(form.UserId ?? string.Empty, gradings);
            db.ExpectConcurrencyToken(session, form.ConcurrencyToken);
            await db.SaveChangesAsync(cancellationToken);
            TempData["Success"] = $"{name} has been removed from the session";
            return RedirectToAction(nameof(Details), new { id });
        }
        catch (DomainRuleException refused)
        {
            ModelState.AddModelError(string.Empty, refused.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, ChangedMeanwhile);
        }

        return await DetailsAgainAsync(id, new MemberForm(), new ReassignForm(), cancellationToken);
    }

    /// <summary>Gives a plan one member has to another member, until moderation begins.</summary>
    [HttpPost("{id:int}/assignments/reassign")]
    public async Task<IActionResult> Reassign(int id, [Bind(Prefix = "Reassign")] ReassignForm form, CancellationToken cancellationToken)
    {
        var session = await db.PanelSessions.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is null)
        {
            return NotFound();
        }

        var planId = 0;
        var fromId = string.Empty;
        if (ModelState.IsValid && !(form.TryRead(out planId, out fromId) && session.IsAssigned(planId, fromId)))
        {
            ModelState.AddModelError("Reassign.Assignment", "Select a plan and the member who has it from the list");
        }

        if (ModelState.IsValid && session.AgencyOf(form.ToId!) is null)
        {
            ModelState.AddModelError("Reassign.ToId", "Select a member of the session from the list");
        }

        if (ModelState.IsValid)
        {
            var plan = await db.Plans.AsNoTracking().Where(p => p.Id == planId).Select(p => new SessionPlan(p.Id, p.CaseworkerId)).SingleAsync(cancellationToken);
            try
            {
                session.Reassign(plan, fromId, form.ToId!, await SessionGradingsAsync(id, cancellationToken));
                db.ExpectConcurrencyToken(session, form.ConcurrencyToken);
                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("Plan {PlanId} in panel session {SessionId} reassigned by {UserId}", planId, id, User.ToActor().UserId);
                TempData["Success"] = "The plan has been given to the member you chose";
                return RedirectToAction(nameof(Details), new { id });
            }
            catch (DomainRuleException refused)
            {
                ModelState.AddProblems("Reassign.", refused.Problems, nameof(ReassignForm.Assignment));
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError("Reassign.Assignment", ChangedMeanwhile);
            }
        }

        return await DetailsAgainAsync(id, new MemberForm(), form, cancellationToken);
    }

    private const string ChangedMeanwhile = "Someone else changed this session while you were looking at it (its members, who moderates which plan, whether it shows advice, or a moderator started), so nothing has been changed. The page shows the session as it is now: try again.";

    private async Task<IActionResult> DetailsAgainAsync(int id, MemberForm member, ReassignForm reassign, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var session = await db.PanelSessions.SingleAsync(s => s.Id == id, cancellationToken);
        return View(nameof(Details), await PageAsync(session, member, reassign, cancellationToken));
    }

    private Task<List<Domain.Grades.Grading>> SessionGradingsAsync(int sessionId, CancellationToken cancellationToken) =>
        db.Gradings.AsNoTracking().Where(g => g.PanelSessionId == sessionId).ToListAsync(cancellationToken);

    [HttpPost("{id:int}/assignments")]
    public async Task<IActionResult> AssignEvenly(int id, CancellationToken cancellationToken)
    {
        var session = await db.PanelSessions.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is null)
        {
            return NotFound();
        }

        var sample = await db.DipSamples.AsNoTracking().SingleAsync(s => s.Id == session.DipSampleId, cancellationToken);
        var planIds = sample.Items.Select(i => i.PlanId).ToList();
        var caseworkers = await db.Plans.AsNoTracking().Where(p => planIds.Contains(p.Id))
            .Select(p => new { p.Id, p.CaseworkerId })
            .ToDictionaryAsync(p => p.Id, p => p.CaseworkerId, cancellationToken);
        try
        {
            session.AssignEvenly(planIds.Where(caseworkers.ContainsKey).Select(p => new SessionPlan(p, caseworkers[p])).ToList());
            await db.SaveChangesAsync(cancellationToken);
            TempData["Success"] = "Every plan in the sample has been given to its moderators";
        }
        catch (DomainRuleException refused)
        {
            TempData["Notice"] = refused.Message;
        }

        return RedirectToAction(nameof(Details), new { id });
    }

    private async Task<PanelPage> PageAsync(PanelSession session, MemberForm member, ReassignForm reassign, CancellationToken cancellationToken)
    {
        var sample = await db.DipSamples.AsNoTracking().SingleAsync(s => s.Id == session.DipSampleId, cancellationToken);
        var planIds = sample.Items.Select(i => i.PlanId).Union(session.PlanIds).ToList();
        var references = await db.Plans.AsNoTracking().Where(p => planIds.Contains(p.Id)).Select(p => new { p.Id, p.Reference }).ToDictionaryAsync(p => p.Id, p => p.Reference, cancellationToken);
        var people = session.Members.Select(m => m.UserId).Append(session.ChairId).Distinct().ToList();
        var names = await StaffNames.LoadAsync(db, people, cancellationToken);
        var representation = await db.PanelRepresentationAsync(cancellationToken);
        var gradings = await SessionGradingsAsync(session.Id, cancellationToken);
        var members = session.Members
            .Select(m => new PanelMemberRow(m.UserId, names.Of(m.UserId), m.Agency, session.PlansOf(m.UserId).Count))
            .ToList();
        var plans = planIds.Select(p =>
        {
            var moderators = session.ModeratorsOf(p);
            var agreement = session.Agreement(p, gradings);
            return new PanelPlanRow(p, references.GetValueOrDefault(p, "Unknown"), moderators.Select(names.Of).ToList(),
                moderators.Count(m => session.OwnModeration(m, p, gradings) is { IsSubmitted: true }), agreement is { IsSubmitted: true }, agreement is not null);
        }).ToList();
        var assignments = session.Assignments
            .Select(a => new SelectListItem($"{references.GetValueOrDefault(a.PlanId, "Unknown")}: {names.Of(a.ModeratorId)}", ReassignForm.ValueOf(a.PlanId, a.ModeratorId)))
            .ToList();
        var memberItems = members.Select(m => new SelectListItem($"{m.Name} ({representation.NameOf(m.Agency)})", m.UserId)).ToList();
        var agencyItems = Enum.GetValues<Agency>().Select(a => new SelectListItem(representation.NameOf(a), a.ToString())).ToList();
        return new PanelPage(session, sample.Title, names.Of(session.ChairId), members,
            session.MissingAgencies(representation).Select(representation.NameOf).ToList(), plans, member,
            await PeopleAsync(RolesFor(session.Level), cancellationToken), agencyItems,
            session.HasModerationBegun(gradings), db.ConcurrencyTokenOf(session), reassign, assignments, memberItems);
    }

    private async Task<PanelFormPage> FormPageAsync(PanelForm form, CancellationToken cancellationToken)
    {
        var samples = await db.DipSamples.AsNoTracking().OrderByDescending(s => s.DrawnAt)
            .Select(s => new SelectListItem(s.Title, s.Id.ToString())).ToListAsync(cancellationToken);
        return new PanelFormPage(form, samples, await PeopleAsync(ModeratorRoles, cancellationToken));
    }

    /// <summary>Who may be a member of a session at the level: panel members, locality managers and QA leads; and caseworkers in peer moderation.</summary>
    private static string[] RolesFor(PanelLevel level) => level == PanelLevel.PeerModeration ? PeerModeratorRoles : ModeratorRoles;

    /// <summary>Everyone in the roles with a live account.</summary>
    private async Task<IReadOnlyList<SelectListItem>> PeopleAsync(IReadOnlyList<string> roles, CancellationToken cancellationToken)
    {
        var people = new Dictionary<string, ApplicationUser>();
        foreach (var role in roles)
        {
            foreach (var user in await users.GetUsersInRoleAsync(role))
            {
                people.TryAdd(user.Id, user);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        return people.Values.Where(u => !u.IsDisabled).OrderBy(u => u.DisplayName, StringComparer.CurrentCulture)
            .Select(u => new SelectListItem($"{u.DisplayName} ({u.Agency.Name()})", u.Id)).ToList();
    }
}
