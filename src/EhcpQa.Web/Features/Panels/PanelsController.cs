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

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var sessions = await db.PanelSessions.AsNoTracking().OrderByDescending(s => s.HeldOn).ToListAsync(cancellationToken);
        return View(sessions.Select(s => new PanelListRow(s.Id, s.HeldOn, s.Level, s.Theme, s.Members.Count, s.Assignments.Select(a => a.PlanId).Distinct().Count())).ToList());
    }

    [HttpGet("new")]
    public async Task<IActionResult> Create(int? sampleId, CancellationToken cancellationToken) =>
        View("New", await FormPageAsync(new PanelForm { DipSampleId = sampleId, Level = PanelLevel.MultiAgencyPanel, ChairId = User.ToActor().UserId }, cancellationToken));

    [HttpPost("new")]
    public async Task<IActionResult> Create([Bind(Prefix = "Form")] PanelForm form, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && !await db.DipSamples.AnyAsync(s => s.Id == form.DipSampleId, cancellationToken))
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
        var session = PanelSession.Plan(heldOn, form.Level!.Value, form.Theme, form.DipSampleId!.Value, form.ChairId!, User.ToActor().UserId, clock.GetUtcNow());
        db.PanelSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Panel session {SessionId} planned by {UserId}", session.Id, session.CreatedById);
        TempData["Success"] = "The session has been set up: now add its members";
        return RedirectToAction(nameof(Details), new { id = session.Id });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var session = await db.PanelSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        return session is null ? NotFound() : View(await PageAsync(session, new MemberForm(), cancellationToken));
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
        if (person is null || person.IsDisabled || !(await users.GetRolesAsync(person)).Any(ModeratorRoles.Contains))
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

        db.ChangeTracker.Clear();
        return View(nameof(Details), await PageAsync(await db.PanelSessions.AsNoTracking().SingleAsync(s => s.Id == id, cancellationToken), form, cancellationToken));
    }

    [HttpPost("{id:int}/assignments")]
    public async Task<IActionResult> AssignEvenly(int id, CancellationToken cancellationToken)
    {
        var session = await db.PanelSessions.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is null)
        {
            return NotFound();
        }

        var sample = await db.DipSamples.AsNoTracking().SingleAsync(s => s.Id == session.DipSampleId, cancellationToken);
        try
        {
            session.AssignEvenly(sample.Items.Select(i => i.PlanId).ToList());
            await db.SaveChangesAsync(cancellationToken);
            TempData["Success"] = "Every plan in the sample has been given to its moderators";
        }
        catch (DomainRuleException refused)
        {
            TempData["Notice"] = refused.Message;
        }

        return RedirectToAction(nameof(Details), new { id });
    }

    private async Task<PanelPage> PageAsync(PanelSession session, MemberForm member, CancellationToken cancellationToken)
    {
        var sample = await db.DipSamples.AsNoTracking().SingleAsync(s => s.Id == session.DipSampleId, cancellationToken);
        var planIds = sample.Items.Select(i => i.PlanId).ToList();
        var references = await db.Plans.AsNoTracking().Where(p => planIds.Contains(p.Id)).Select(p => new { p.Id, p.Reference }).ToDictionaryAsync(p => p.Id, p => p.Reference, cancellationToken);
        var people = session.Members.Select(m => m.UserId).Append(session.ChairId).Distinct().ToList();
        var names = await StaffNames.LoadAsync(db, people, cancellationToken);
        var members = session.Members
            .Select(m => new PanelMemberRow(m.UserId, names.Of(m.UserId), m.Agency, session.PlansOf(m.UserId).Count))
            .ToList();
        var plans = planIds.Select(p => new PanelPlanRow(p, references.GetValueOrDefault(p, "Unknown"),
            session.Assignments.Where(a => a.PlanId == p).Select(a => names.Of(a.ModeratorId)).ToList())).ToList();
        return new PanelPage(session, sample.Title, names.Of(session.ChairId), members,
            session.MissingAgencies(PanelSession.DefaultRequiredAgencies), plans, member, await PeopleAsync(cancellationToken));
    }

    private async Task<PanelFormPage> FormPageAsync(PanelForm form, CancellationToken cancellationToken)
    {
        var samples = await db.DipSamples.AsNoTracking().OrderByDescending(s => s.DrawnAt)
            .Select(s => new SelectListItem(s.Title, s.Id.ToString())).ToListAsync(cancellationToken);
        return new PanelFormPage(form, samples, await PeopleAsync(cancellationToken));
    }

    /// <summary>Everyone who may moderate: panel members, locality managers and QA leads with a live account.</summary>
    private async Task<IReadOnlyList<SelectListItem>> PeopleAsync(CancellationToken cancellationToken)
    {
        var people = new Dictionary<string, ApplicationUser>();
        foreach (var role in ModeratorRoles)
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
