using EhcpQa.Domain;
using EhcpQa.Domain.Advice;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Moderation;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Staff;
using EhcpQa.Web.Features.Advice;
using EhcpQa.Web.Features.Drafts;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Infrastructure.Forms;
using EhcpQa.Web.Infrastructure.Security;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Frameworks;
using EhcpQa.Web.Persistence.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.Moderation;

/// <summary>
/// Moderation: a moderator's assigned plans, pseudonymised (no initials, no date of birth, no caseworker:
/// the year group and phase stand in for the child's age), graded with the framework form; and, for the
/// session's chair (or a QA lead), the agreed grades and what the session found. When the session shows advice, the
/// advice received for the plan is shown beside it (<see cref="AdviceAccess.CanViewAsModerator"/>).
/// </summary>
[Authorize(Policy = Policies.Moderation)]
[ChildRecordPages]
[Route("moderation")]
public sealed class ModerationController(EhcpQaDbContext db, IDraftFileStore files, TimeProvider clock, ILogger<ModerationController> logger) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        var me = actor.UserId;
        var sessions = await db.PanelSessions.AsNoTracking()
            .Where(s => s.Assignments.Any(a => a.ModeratorId == me) || s.ChairId == me)
            .OrderByDescending(s => s.HeldOn)
            .ToListAsync(cancellationToken);
        if (sessions.Count == 0)
        {
            return View(new ModerationHome([], []));
        }

        var sessionIds = sessions.Select(s => s.Id).ToList();
        var planIds = sessions.SelectMany(s => s.PlansOf(me)).Distinct().ToList();
        var plans = await db.Plans.AsNoTracking().Where(p => planIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var gradings = await db.Gradings.AsNoTracking()
            .Where(g => g.PanelSessionId != null && sessionIds.Contains(g.PanelSessionId.Value))
            .ToListAsync(cancellationToken);
        var codes = await ModerationCode.LoadAsync(db, cancellationToken);

        var rows = sessions.SelectMany(s => s.PlansOf(me).Where(plans.ContainsKey).Select(id =>
        {
            var plan = plans[id];
            var on = plan.IssuedOn ?? s.HeldOn;
            var own = s.OwnModeration(me, id, gradings);
            var status = own is null ? "Not started" : own.IsSubmitted ? "Submitted" : "In progress";
            return new AssignedPlanRow(s.Id, id, s.HeldOn, s.Theme, codes.For(s.Id, id), SchoolYear.YearGroupName(plan.YearGroupOn(on)),
                plan.PhaseOn(on), plan.PrimaryArea, plan.Setting, status);
        })).ToList();
        var chaired = sessions.Where(s => s.ChairId == me)
            .Select(s => new ChairedSessionRow(s.Id, s.HeldOn, s.Level, s.Theme, s.PlanIds.Count,
                s.PlanIds.Count(id => s.Agreement(id, gradings) is { IsSubmitted: true })))
            .ToList();
        return View(new ModerationHome(rows, chaired));
    }

    [HttpGet("sessions/{sessionId:int}/plans/{planId:int}")]
    public async Task<IActionResult> Plan(int sessionId, int planId, CancellationToken cancellationToken)
    {
        var (context, refusal) = await LoadAsync(sessionId, planId, cancellationToken);
        return context is null ? refusal! : View(await PageAsync(context, cancellationToken));
    }

    /// <summary>
    /// The advice received for a plan of the session, as uploaded, to whoever may see it there; downloaded under the plan's
    /// pseudonym, never the file's own name, which may name the child.
    /// </summary>
    [HttpGet("sessions/{sessionId:int}/plans/{planId:int}/advice/{adviceId:int}/document")]
    public async Task<IActionResult> AdviceDocument(int sessionId, int planId, int adviceId, CancellationToken cancellationToken)
    {
        var (context, refusal) = await LoadAsync(sessionId, planId, cancellationToken);
        if (context is null)
        {
            return refusal!;
        }

        // The same answer whether the advice does not exist or is not to be seen here, so ids cannot be probed.
        var actor = User.ToActor();
        var advice = await db.AdviceRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == adviceId, cancellationToken);
        if (advice is null || !AdviceAccess.CanViewAsModerator(actor, context.Session, planId, advice))
        {
            return Forbid();
        }

        if (advice.Document is not { } document)
        {
            return NotFound();
        }

        try
        {
            var content = await files.OpenReadAsync(document.StorageKey, cancellationToken);
            var (type, extension) = AdviceDocumentCheck.KindOf(document);
            var code = (await ModerationCode.LoadAsync(db, cancellationToken)).For(sessionId, planId);
            logger.LogInformation("Advice {AdviceId} of plan {PlanId} read in session {SessionId} by {UserId}", adviceId, planId, sessionId, actor.UserId);
            return File(content, type, $"Plan {code} advice from {advice.ServiceWords.ToLowerInvariant()}{extension}");
        }
        catch (FileNotFoundException)
        {
            return NotFound();
        }
    }

    [HttpPost("sessions/{sessionId:int}/plans/{planId:int}/moderation")]
    public Task<IActionResult> StartModeration(int sessionId, int planId, CancellationToken cancellationToken) =>
        StartAsync(sessionId, planId, chairOnly: false, (context, framework, actor, at) =>
            context.Session.StartModeration(actor, context.Plan, framework, context.Gradings, at), cancellationToken);

    [HttpPost("sessions/{sessionId:int}/plans/{planId:int}/agreement")]
    public Task<IActionResult> StartAgreement(int sessionId, int planId, CancellationToken cancellationToken) =>
        StartAsync(sessionId, planId, chairOnly: true, (context, framework, actor, at) =>
            context.Session.StartAgreement(actor, context.Plan, framework, context.Gradings, at), cancellationToken);

    private async Task<IActionResult> StartAsync(
        int sessionId, int planId, bool chairOnly, Func<ModerationContext, FrameworkVersion, Actor, DateTimeOffset, Grading> start, CancellationToken cancellationToken)
    {
        var (context, refusal) = await LoadAsync(sessionId, planId, cancellationToken, trackSession: true);
        if (context is null)
        {
            return refusal!;
        }

        if (chairOnly && !context.Session.MayAgree(User.ToActor()))
        {
            return Forbid();
        }

        var framework = await db.VersionForAsync(Domain.Frameworks.FrameworkPurpose.Moderation, cancellationToken);
        if (framework is null)
        {
            ModelState.AddModelError(string.Empty, "No framework version is set for moderation, so plans cannot be graded. Ask your QA lead.");
            return View(nameof(Plan), await PageAsync(context, cancellationToken));
        }

        try
        {
            var grading = start(context, framework, User.ToActor(), clock.GetUtcNow());
            db.Gradings.Add(grading);

            // Starting a grading changes the session's token, so two starts at the same moment cannot both succeed.
            db.ExpectConcurrencyToken(context.Session, db.ConcurrencyTokenOf(context.Session));
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Grading {GradingId} ({Purpose}) of plan {PlanId} in session {SessionId} started by {UserId}",
                grading.Id, grading.Purpose, planId, sessionId, grading.GraderId);
            return Redirect($"/gradings/{grading.Id}");
        }
        catch (DomainRuleException refused)
        {
            ModelState.AddProblems(string.Empty, refused.Problems, string.Empty);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, "Someone else changed this session at the same moment. Check the page as it is now and try again.");
            (context, _) = await LoadAsync(sessionId, planId, cancellationToken);
        }

        return View(nameof(Plan), await PageAsync(context!, cancellationToken));
    }

    private async Task<ModeratedPlanPage> PageAsync(ModerationContext context, CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        var (session, plan, gradings) = (context.Session, context.Plan, context.Gradings);
        var seesOthers = session.MaySeeOthersOn(actor, plan.Id, gradings);
        var ids = gradings.Select(g => g.GraderId).Distinct().ToList();
        var names = await StaffNames.LoadAsync(db, ids, cancellationToken);
        var codes = await ModerationCode.LoadAsync(db, cancellationToken);
        var rows = gradings
            .Where(g => g.PlanId == plan.Id)
            .OrderBy(g => g.Purpose).ThenBy(g => g.StartedAt)
            .Select(g => new SessionGradingRow(
                g.Id,
                g.Purpose,
                names.Of(g.GraderId),
                session.AgencyOf(g.GraderId),
                g.GraderId == actor.UserId,
                g.SubmittedAt,
                GradingAccess.MayRead(actor, g, plan, session, gradings) && g.IsSubmitted ? g.Result : null,
                GradingAccess.MayRead(actor, g, plan, session, gradings)))
            .Where(r => r.IsMine || seesOthers)
            .ToList();
        var on = plan.IssuedOn ?? session.HeldOn;
        var own = session.OwnModeration(actor.UserId, plan.Id, gradings);
        var agreement = session.Agreement(plan.Id, gradings);
        return new ModeratedPlanPage(
            session,
            plan.Id,
            codes.For(session.Id, plan.Id),
            SchoolYear.YearGroupName(plan.YearGroupOn(on)),
            plan.PhaseOn(on),
            plan.PrimaryNeed,
            plan.Setting,
            plan.Cohorts,
            plan.IssuedOn,
            plan.FinalVersion?.Number,
            session.IsAssigned(plan.Id, actor.UserId),
            own,
            session.IsAssigned(plan.Id, actor.UserId) ? session.WhyNotModerate(actor, plan, gradings) : null,
            seesOthers,
            seesOthers ? plan.SignedOffAt : null,
            rows,
            agreement,
            session.MayAgree(actor),
            session.MayAgree(actor) ? session.WhyNotAgree(actor, plan, gradings) : null,
            await AdviceAsync(actor, session, plan.Id, cancellationToken));
    }

    /// <summary>The advice received for the plan that the reader may see beside it in the session; null when the session shows no advice.</summary>
    private async Task<IReadOnlyList<ModeratedAdvice>?> AdviceAsync(Actor actor, PanelSession session, int planId, CancellationToken cancellationToken)
    {
        if (!session.ShowsAdvice)
        {
            return null;
        }

        var received = await db.AdviceRequests.AsNoTracking()
            .Where(r => r.PlanId == planId && r.ReceivedOn != null)
            .OrderBy(r => r.ReceivedOn).ThenBy(r => r.Id)
            .ToListAsync(cancellationToken);
        return received.Where(r => AdviceAccess.CanViewAsModerator(actor, session, planId, r)).Select(ModeratedAdvice.Of).ToList();
    }

    private async Task<(ModerationContext? Context, IActionResult? Refusal)> LoadAsync(
        int sessionId, int planId, CancellationToken cancellationToken, bool trackSession = false)
    {
        db.ChangeTracker.Clear();
        var query = trackSession ? db.PanelSessions : db.PanelSessions.AsNoTracking();
        var session = await query.SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        var actor = User.ToActor();

        // The same answer whether the session or plan does not exist or is not yours to see, so ids cannot be probed.
        if (session is null || !session.MaySeePlan(actor, planId))
        {
            return (null, session is null ? NotFound() : Forbid());
        }

        var plan = await db.Plans.AsNoTracking().Include(p => p.Versions).SingleOrDefaultAsync(p => p.Id == planId, cancellationToken);
        if (plan is null)
        {
            return (null, NotFound());
        }

        var gradings = await db.Gradings.AsNoTracking()
            .Where(g => g.PanelSessionId == sessionId && g.PlanId == planId)
            .ToListAsync(cancellationToken);
        return (new ModerationContext(session, plan, gradings), null);
    }

    private sealed record ModerationContext(PanelSession Session, Plan Plan, List<Grading> Gradings);
}

/// <summary>
/// The pseudonyms plans carry in moderation sessions, in place of their references: the session, and six hex digits
/// of an HMAC-SHA256 of the session and plan under the service's own secret key (<see cref="ServiceSecrets"/>), so
/// nobody holding a pseudonym (in a report, or in a panel) can work out which plan it is from the plan ids.
/// </summary>
public sealed class ModerationCode
{
    private const string SecretName = "moderation-pseudonyms";
    private readonly byte[] _key;

    private ModerationCode(byte[] key) => _key = key;

    /// <summary>The pseudonyms of this database's plans (its key read, or made the first time).</summary>
    public static async Task<ModerationCode> LoadAsync(EhcpQaDbContext db, CancellationToken cancellationToken) =>
        new(await db.SecretAsync(SecretName, cancellationToken));

    public string For(int sessionId, int planId)
    {
        Span<byte> message = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(message, sessionId);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(message[4..], planId);
        return $"S{sessionId}-{Convert.ToHexString(System.Security.Cryptography.HMACSHA256.HashData(_key, message))[..6]}";
    }
}

/// <summary>Where the moderation pages live.</summary>
public static class ModerationRoutes
{
    public static string Plan(int sessionId, int planId) => $"/moderation/sessions/{sessionId}/plans/{planId}";

    public static string AdviceDocument(int sessionId, int planId, int adviceId) => $"{Plan(sessionId, planId)}/advice/{adviceId}/document";

    public static string Session(int sessionId) => $"/moderation/sessions/{sessionId}";
}
