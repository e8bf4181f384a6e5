using System.Globalization;
using EhcpQa.Domain;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Moderation;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Staff;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Infrastructure.Security;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Frameworks;
using EhcpQa.Web.Persistence.Identity;
using EhcpQa.Web.Persistence.Queries;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.Plans;

/// <summary>The plan register: each person sees the plans <see cref="PlanAccess"/> lets them see.</summary>
[Authorize(Policy = Policies.PlanRegister)]
[ChildRecordPages]
[Route("plans")]
public sealed class PlansController(
    EhcpQaDbContext db,
    UserManager<ApplicationUser> users,
    IAuthorizationService authorization,
    LockedFrameworkVersions frameworks,
    TimeProvider clock,
    ILogger<PlansController> logger) : Controller
{
    /// <summary>The form is bound with the prefix "Form", so its errors are keyed with it too.</summary>
    private const string FormPrefix = "Form.";

    private DateOnly Today => ServiceCalendar.DateOf(clock.GetUtcNow());

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] PlanFilter filter, CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        var plans = db.Plans.AsNoTracking().Where(PlanAccess.VisibleTo(actor));

        if (filter.Status is { } status && Enum.IsDefined(status))
        {
            plans = plans.Where(PlanFilters.ForDatabase(db, status.Filter()));
        }
        else
        {
            filter.Status = null;
        }

        if (filter.Stage is { } stage && Enum.IsDefined(stage))
        {
            plans = plans.Where(p => p.Stage == stage);
        }

        if (filter.Locality is { } locality)
        {
            plans = plans.Where(p => p.LocalityId == locality);
        }

        if (!string.IsNullOrEmpty(filter.Caseworker))
        {
            plans = plans.Where(p => p.CaseworkerId == filter.Caseworker);
        }

        if (filter.Phase is { } phase && Enum.IsDefined(phase))
        {
            var range = DateOfBirthRange.ForPhase(phase, Today);
            if (range.From is { } from)
            {
                plans = plans.Where(p => p.DateOfBirth >= from);
            }

            if (range.To is { } to)
            {
                plans = plans.Where(p => p.DateOfBirth <= to);
            }
        }

        if (filter.Need?.Split(':') is [var kind, var value])
        {
            if (kind == "area" && Enum.TryParse<BroadAreaOfNeed>(value, out var area))
            {
                var types = Needs.In(area).ToList();
                plans = plans.Where(p => types.Contains(p.PrimaryNeed));
            }
            else if (kind == "type" && Enum.TryParse<NeedType>(value, out var type))
            {
                plans = plans.Where(p => p.PrimaryNeed == type);
            }
        }

        if (!string.IsNullOrWhiteSpace(filter.Reference))
        {
            var reference = filter.Reference.Trim().ToUpperInvariant();
            plans = plans.Where(p => p.Reference.Contains(reference));
        }

        // With no status chosen every plan is listed, live work first: the plans not yet issued, then the issued,
        // each part in the register's indexed order, so a page is read without sorting every visible plan.
        var total = await plans.CountAsync(cancellationToken);
        var totalPages = Math.Max(1, (int)Math.Ceiling(total / (double)PlanListPage.PageSize));
        filter.Page = Math.Clamp(filter.Page, 1, totalPages);

        var skip = (filter.Page - 1) * PlanListPage.PageSize;
        List<PlanRow> rows;
        if (filter.Status is not null)
        {
            rows = await RowsAsync(plans, skip, PlanListPage.PageSize, cancellationToken);
        }
        else
        {
            var liveWork = PlanFilters.ForDatabase(db, PlanProgresses.Live);
            var live = await plans.CountAsync(liveWork, cancellationToken);
            rows = skip < live ? await RowsAsync(plans.Where(liveWork), skip, PlanListPage.PageSize, cancellationToken) : [];
            if (rows.Count < PlanListPage.PageSize)
            {
                rows.AddRange(await RowsAsync(plans.Where(PlanFilters.ForDatabase(db, PlanProgresses.Is(PlanProgress.Issued))), Math.Max(0, skip - live),
                    PlanListPage.PageSize - rows.Count, cancellationToken));
            }
        }

        var choosesCaseworker = actor.IsIn(StaffRole.QaLead) || actor.IsIn(StaffRole.LocalityManager);
        var localities = choosesCaseworker ? await LocalitiesAsync(cancellationToken) : [];
        return View(new PlanListPage
        {
            Filter = filter,
            Plans = rows,
            TotalCount = total,
            Today = Today,
            Localities = actor.IsIn(StaffRole.QaLead) ? LocalityItems(actor, localities) : [],
            Caseworkers = choosesCaseworker ? await CaseworkerItemsAsync(actor, localities, cancellationToken) : [],
            CanRegister = PlanAccess.CanRegister(actor),
            CanImport = (await authorization.AuthorizeAsync(User, Policies.RegisterImport)).Succeeded,
        });
    }

    /// <summary>A page of the plans, soonest statutory deadline first (the register's index), with what the list shows of each.</summary>
    private Task<List<PlanRow>> RowsAsync(IQueryable<Plan> plans, int skip, int take, CancellationToken cancellationToken) =>
        (from plan in plans
         join planLocality in db.Localities on plan.LocalityId equals planLocality.Id
         join caseworker in db.Users on plan.CaseworkerId equals caseworker.Id
         orderby plan.StatutoryDeadline, plan.Reference
         select new PlanRow(plan.Id, plan.Reference, plan.ChildIdentifier, plan.DateOfBirth, plan.PrimaryNeed, plan.Setting,
             planLocality.Name, caseworker.DisplayName, plan.Stage, plan.StatutoryDeadline,
             plan.Versions.OrderByDescending(v => v.Number).Select(v => (DraftStatus?)v.Status).FirstOrDefault(),
             plan.Reviews.Any(r => r.Decision == ReviewDecision.Amend && r.AmendedPlanIssuedOn == null)))
        .Skip(skip)
        .Take(take)
        .ToListAsync(cancellationToken);

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.AsNoTracking()
            .Include(p => p.Versions)
            .Include(p => p.Events)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        if (!(await authorization.AuthorizeAsync(User, plan, PlanOperations.View)).Succeeded)
        {
            return Forbid();
        }

        var actor = User.ToActor();
        var panels = await PanelFeedbackAsync(actor, plan, cancellationToken);
        var people = plan.Events.Select(e => e.ActorId).Append(plan.CaseworkerId).Append(plan.UpdatedById)
            .Concat(panels.NamesShown ? panels.Sessions.SelectMany(s => s.Members.Select(m => m.UserId).Append(s.ChairId)) : [])
            .Distinct()
            .ToList();
        var names = await StaffNames.LoadAsync(db, people, cancellationToken);
        var locality = await db.Localities.Where(l => l.Id == plan.LocalityId).Select(l => l.Name).SingleAsync(cancellationToken);
        return View(new PlanDetailsPage(
            plan,
            locality,
            names.Of(plan.CaseworkerId),
            names.Of(plan.UpdatedById),
            Today,
            (await authorization.AuthorizeAsync(User, plan, PlanOperations.EditRecord)).Succeeded,
            SignOffRules.CanSubmit(actor, plan) && plan.IsBeingDrafted && plan.CurrentVersion?.Status.IsOpen() != true,
            SignOffRules.CanGrade(actor, plan) && plan.CurrentVersion is not null,
            plan.Events.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
                .Select(e => new PlanHistoryEntry(e.At, e.VersionNumber, e.Detail,
                    e.Kind == PlanEventKind.PanelGradeAgreed && !panels.NamesShown ? PanelFeedback.Unnamed : names.Of(e.ActorId)))
                .ToList())
        {
            PanelFeedback = panels.Agreements.Select(a => PanelFeedback.Of(plan, a.Agreement, a.Session, a.Framework, panels.NamesShown ? names : null)).ToList(),
            Advice = await Advice.PlanAdvice.ReadAsync(db, plan, Domain.Advice.AdviceAccess.CanRecord(actor, plan), Today, cancellationToken),
            Surveys = Domain.Families.SurveyAccess.CanManage(actor, plan)
                ? await Surveys.PlanSurveys.ReadAsync(db, frameworks, plan, clock.GetUtcNow(), cancellationToken)
                : null,
        });
    }

    /// <summary>
    /// The grades moderation panels agreed for the plan that <paramref name="actor"/> may read (<see cref="GradingAccess.MayReadPanelFeedback"/>),
    /// newest first, with their sessions and frameworks, and whether the authority names panels beside them.
    /// </summary>
    private async Task<PanelFeedbackReading> PanelFeedbackAsync(Actor actor, Plan plan, CancellationToken cancellationToken)
    {
        var agreements = (await db.Gradings.AsNoTracking()
                .Where(g => g.PlanId == plan.Id && g.Purpose == GradingPurpose.PanelAgreement && g.SubmittedAt != null && g.PanelSessionId != null)
                .AsSplitQuery()
                .ToListAsync(cancellationToken))
            .Where(g => GradingAccess.MayReadPanelFeedback(actor, plan, g))
            .OrderByDescending(g => g.SubmittedAt)
            .ToList();
        if (agreements.Count == 0)
        {
            return new PanelFeedbackReading([], [], false);
        }

        var sessionIds = agreements.Select(g => g.PanelSessionId!.Value).Distinct().ToList();
        var sessions = await db.PanelSessions.AsNoTracking().Where(s => sessionIds.Contains(s.Id)).ToListAsync(cancellationToken);
        var read = new List<(Grading, PanelSession, FrameworkVersion)>();
        foreach (var agreement in agreements)
        {
            var framework = await frameworks.FindAsync(db, agreement.FrameworkVersionId, cancellationToken)
                ?? throw new InvalidOperationException($"Grading {agreement.Id} names framework version {agreement.FrameworkVersionId}, which is not in the database.");
            read.Add((agreement, sessions.Single(s => s.Id == agreement.PanelSessionId), framework));
        }

        return new PanelFeedbackReading(read, sessions, (await db.PanelFeedbackPolicyAsync(cancellationToken)).ShowModeratorNames);
    }

    private sealed record PanelFeedbackReading(
        IReadOnlyList<(Grading Agreement, PanelSession Session, FrameworkVersion Framework)> Agreements,
        IReadOnlyList<PanelSession> Sessions,
        bool NamesShown);

    [HttpGet("new")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        var form = new PlanForm
        {
            Stage = PlanStage.Draft,
            CaseworkerId = actor.IsIn(StaffRole.Caseworker) ? actor.UserId : null,
            LocalityId = actor.LocalityId,
        };
        return View("Form", await FormPageAsync(form, null, cancellationToken));
    }

    [HttpPost("new")]
    public async Task<IActionResult> Create([Bind(Prefix = "Form")] PlanForm form, CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        ApplyFixedChoices(form, actor);
        if (ModelState.IsValid)
        {
            await CheckChoicesAsync(form, actor, null, cancellationToken);
        }

        if (!ModelState.IsValid)
        {
            return View("Form", await FormPageAsync(form, null, cancellationToken));
        }

        var plan = Plan.Register(form.ToDetails(), form.Stage ?? PlanStage.Draft, actor.UserId, clock.GetUtcNow());
        db.Plans.Add(plan);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Plan {PlanId} registered by {UserId}", plan.Id, actor.UserId);
        TempData["Success"] = $"Plan {plan.Reference} has been added to the register";
        return RedirectToAction(nameof(Details), new { id = plan.Id });
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        if (!(await authorization.AuthorizeAsync(User, plan, PlanOperations.EditRecord)).Succeeded)
        {
            return Forbid();
        }

        return View("Form", await FormPageAsync(PlanForm.From(plan, db.ConcurrencyTokenOf(plan)), id, cancellationToken));
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Form")] PlanForm form, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        if (!(await authorization.AuthorizeAsync(User, plan, PlanOperations.EditRecord)).Succeeded)
        {
            return Forbid();
        }

        var actor = User.ToActor();
        ApplyFixedChoices(form, actor);
        if (ModelState.IsValid)
        {
            await CheckChoicesAsync(form, actor, id, cancellationToken);
        }

        if (ModelState.IsValid)
        {
            plan.Update(form.ToDetails(), actor.UserId, clock.GetUtcNow());
            db.ExpectConcurrencyToken(plan, form.ConcurrencyToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("Plan {PlanId} record updated by {UserId}", plan.Id, actor.UserId);
                TempData["Success"] = "The plan's record has been updated";
                return RedirectToAction(nameof(Details), new { id });
            }
            catch (DbUpdateConcurrencyException conflict)
            {
                var current = await conflict.Entries.Single().GetDatabaseValuesAsync(cancellationToken);
                if (current is null)
                {
                    return NotFound();
                }

                ModelState.AddModelError(string.Empty,
                    "Someone else changed this plan's record while you were editing it, so your changes have not been saved. " +
                    "Your changes are still below: check the record as it is now, then save again to keep them.");

                // Keep what they typed; a second save is made against the record as it now is.
                ModelState.Remove($"Form.{nameof(PlanForm.ConcurrencyToken)}");
                form.ConcurrencyToken = current.GetValue<Guid>(EhcpQaDbContext.ConcurrencyToken);
            }
        }

        return View("Form", await FormPageAsync(form, id, cancellationToken));
    }

    /// <summary>A caseworker's plans are always their own; a locality manager's always in their locality.</summary>
    private static void ApplyFixedChoices(PlanForm form, Actor actor)
    {
        if (actor.IsIn(StaffRole.QaLead))
        {
            return;
        }

        if (actor.IsIn(StaffRole.LocalityManager))
        {
            form.LocalityId = actor.LocalityId;
        }
        else if (actor.IsIn(StaffRole.Caseworker))
        {
            form.CaseworkerId = actor.UserId;
            form.LocalityId ??= actor.LocalityId;
        }
    }

    private async Task CheckChoicesAsync(PlanForm form, Actor actor, int? planId, CancellationToken cancellationToken)
    {
        var reference = form.Reference!.Trim().ToUpperInvariant();
        if (await db.Plans.AnyAsync(p => p.Reference == reference && p.Id != planId, cancellationToken))
        {
            ModelState.AddModelError(FormPrefix + nameof(PlanForm.Reference), "A plan with this reference is already on the register");
        }

        if (!await db.Localities.AnyAsync(l => l.Id == form.LocalityId, cancellationToken))
        {
            ModelState.AddModelError(FormPrefix + nameof(PlanForm.LocalityId), "Select the locality");
        }

        var caseworker = await users.FindByIdAsync(form.CaseworkerId!);
        if (caseworker is null || caseworker.IsDisabled || !await users.IsInRoleAsync(caseworker, StaffRole.Caseworker))
        {
            ModelState.AddModelError(FormPrefix + nameof(PlanForm.CaseworkerId), "Select a caseworker from the list");
        }

        if (caseworker is not null && !actor.IsIn(StaffRole.QaLead) && actor.IsIn(StaffRole.LocalityManager) && caseworker.LocalityId != actor.LocalityId)
        {
            ModelState.AddModelError(FormPrefix + nameof(PlanForm.CaseworkerId), "Select a caseworker from your locality");
        }

        if (ModelState.IsValid && !PlanAccess.CanRecord(actor, form.ToDetails()))
        {
            ModelState.AddModelError(FormPrefix + nameof(PlanForm.LocalityId), "You can only record plans in your own locality");
        }
    }

    private async Task<PlanFormPage> FormPageAsync(PlanForm form, int? planId, CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        var localities = await LocalitiesAsync(cancellationToken);
        return new PlanFormPage
        {
            Form = form,
            PlanId = planId,
            Localities = LocalityItems(actor, localities),
            Caseworkers = await CaseworkerItemsAsync(actor, localities, cancellationToken),
            CanChooseCaseworker = actor.IsIn(StaffRole.QaLead) || actor.IsIn(StaffRole.LocalityManager),
            CanChooseLocality = actor.IsIn(StaffRole.QaLead) || !actor.IsIn(StaffRole.LocalityManager),
        };
    }

    /// <summary>Every locality, by name.</summary>
    private async Task<List<(int Id, string Name)>> LocalitiesAsync(CancellationToken cancellationToken) =>
        (await db.Localities.AsNoTracking().OrderBy(l => l.Name).Select(l => new { l.Id, l.Name }).ToListAsync(cancellationToken))
            .Select(l => (l.Id, l.Name))
            .ToList();

    /// <summary>The localities a person may choose: a locality manager (not a QA lead) only their own.</summary>
    private static List<SelectListItem> LocalityItems(Actor actor, IReadOnlyList<(int Id, string Name)> localities) =>
        localities
            .Where(l => actor.IsIn(StaffRole.QaLead) || !actor.IsIn(StaffRole.LocalityManager) || l.Id == actor.LocalityId)
            .Select(l => new SelectListItem(l.Name, l.Id.ToString(CultureInfo.InvariantCulture)))
            .ToList();

    /// <summary>
    /// The caseworkers a person may choose (a locality manager, not a QA lead, only those of their locality):
    /// enabled accounts in the Caseworker role, read in one query of just what the list shows.
    /// </summary>
    private async Task<List<SelectListItem>> CaseworkerItemsAsync(Actor actor, IReadOnlyList<(int Id, string Name)> localities, CancellationToken cancellationToken)
    {
        var onlyOwnLocality = !actor.IsIn(StaffRole.QaLead) && actor.IsIn(StaffRole.LocalityManager);
        var ownLocality = actor.LocalityId;
        var caseworkers = await (
                from user in db.Users.AsNoTracking()
                where user.DisabledAt == null
                    && db.UserRoles.Any(ur => ur.UserId == user.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == StaffRole.Caseworker))
                    && (!onlyOwnLocality || user.LocalityId == ownLocality)
                select new { user.Id, user.DisplayName, user.LocalityId })
            .ToListAsync(cancellationToken);
        var localityNames = localities.ToDictionary(l => l.Id, l => l.Name);
        return caseworkers
            .OrderBy(u => u.DisplayName, StringComparer.CurrentCulture)
            .Select(u => new SelectListItem(
                u.LocalityId is { } l && localityNames.TryGetValue(l, out var name) ? $"{u.DisplayName} ({name})" : u.DisplayName,
                u.Id))
            .ToList();
    }
}

public sealed record PlanDetailsPage(
    Plan Plan,
    string Locality,
    string Caseworker,
    string UpdatedBy,
    DateOnly Today,
    bool CanEdit,
    bool CanSubmitDraft,
    bool CanGrade,
    IReadOnlyList<PlanHistoryEntry> History)
{
    /// <summary>The grades moderation panels agreed for the plan, newest first, with their feedback.</summary>
    public IReadOnlyList<PanelFeedback> PanelFeedback { get; init; } = [];

    /// <summary>The advice requested for the plan.</summary>
    public Advice.PlanAdvice? Advice { get; init; }

    /// <summary>The family survey links and answers; null for whoever may not see them.</summary>
    public Surveys.PlanSurveys? Surveys { get; init; }
}

public sealed record PlanHistoryEntry(DateTimeOffset At, int? VersionNumber, string What, string Who);
