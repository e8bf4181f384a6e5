using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Staff;

namespace EhcpQa.Domain.Moderation;

/// <summary>
/// Moderating the session's plans: each assigned moderator grades the plan's final version on their own,
/// seeing nobody else's judgement (nor the sign-off grade) until theirs is submitted; the chair then
/// records the grade the panel agrees. These rules serve the workflow and the pages alike.
/// </summary>
public sealed partial class PanelSession
{
    /// <summary>The plans of the session: every plan assigned to at least one moderator, in id order.</summary>
    public IReadOnlyList<int> PlanIds => _assignments.Select(a => a.PlanId).Distinct().Order().ToList();

    /// <summary>The moderators a plan is assigned to, in the order they were assigned.</summary>
    public IReadOnlyList<string> ModeratorsOf(int planId) =>
        _assignments.Where(a => a.PlanId == planId).Select(a => a.ModeratorId).ToList();

    /// <summary>The agency a member represents at the session; null for someone who is not a member.</summary>
    public Agency? AgencyOf(string userId) => _members.FirstOrDefault(m => m.UserId == userId)?.Agency;

    /// <summary>
    /// Whether <paramref name="actor"/> may see the plan's page in this session, pseudonymised: a moderator it is assigned to,
    /// and the chair and QA leads for any plan of the session.
    /// </summary>
    public bool MaySeePlan(Actor actor, int planId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return PlanIds.Contains(planId) && (IsAssigned(planId, actor.UserId) || MayAgree(actor));
    }

    /// <summary>Who records the session's agreed grades: its chair, or a QA lead running the session in the chair's absence.</summary>
    public bool MayAgree(Actor actor) => actor.UserId == ChairId || actor.IsIn(StaffRole.QaLead);

    /// <summary>
    /// Whether <paramref name="actor"/> may see other people's judgements of a plan (the other moderators'
    /// gradings, the agreed grade and the sign-off grade). A moderator assigned to the plan sees them only
    /// once their own grading is submitted, so their judgement is independent; otherwise the chair and QA
    /// leads see them, and no one else.
    /// </summary>
    public bool MaySeeOthersOn(Actor actor, int planId, IEnumerable<Grading> sessionGradings)
    {
        if (IsAssigned(planId, actor.UserId))
        {
            return OwnModeration(actor.UserId, planId, sessionGradings) is { IsSubmitted: true };
        }

        return MayAgree(actor) && _assignments.Any(a => a.PlanId == planId);
    }

    /// <summary>Whether <paramref name="actor"/> may read a grading of this session: their own always, anyone else's once submitted and only as <see cref="MaySeeOthersOn"/> allows.</summary>
    public bool MayRead(Actor actor, Grading grading, IEnumerable<Grading> sessionGradings)
    {
        ArgumentNullException.ThrowIfNull(grading);
        if (grading.PanelSessionId != Id)
        {
            return false;
        }

        if (grading.GraderId == actor.UserId)
        {
            return true;
        }

        return grading.IsSubmitted && MaySeeOthersOn(actor, grading.PlanId, sessionGradings);
    }

    /// <summary>The moderator's own moderation of the plan in this session, if they have started it.</summary>
    public Grading? OwnModeration(string moderatorId, int planId, IEnumerable<Grading> sessionGradings) =>
        sessionGradings.FirstOrDefault(g => g.PanelSessionId == Id && g.PlanId == planId
            && g.Purpose == GradingPurpose.Moderation && g.GraderId == moderatorId);

    /// <summary>The grade being (or been) agreed for the plan in this session, if it has been started.</summary>
    public Grading? Agreement(int planId, IEnumerable<Grading> sessionGradings) =>
        sessionGradings.FirstOrDefault(g => g.PanelSessionId == Id && g.PlanId == planId && g.Purpose == GradingPurpose.PanelAgreement);

    /// <summary>Why <paramref name="moderator"/> cannot start moderating the plan now; null when they can.</summary>
    public string? WhyNotModerate(Actor moderator, Plan plan, IEnumerable<Grading> sessionGradings)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (!IsAssigned(plan.Id, moderator.UserId))
        {
            return "This plan is not assigned to you in this session.";
        }

        if (plan.FinalVersion is null)
        {
            return "The service holds no text of this plan as issued (signed off here, or brought in on its page), so it cannot be moderated here.";
        }

        return OwnModeration(moderator.UserId, plan.Id, sessionGradings) is null ? null : "You have already started moderating this plan.";
    }

    /// <summary>Starts a moderator's independent grading of the plan's final version.</summary>
    public Grading StartModeration(Actor moderator, Plan plan, FrameworkVersion framework, IEnumerable<Grading> sessionGradings, DateTimeOffset at)
    {
        var gradings = sessionGradings.ToList();
        if (WhyNotModerate(moderator, plan, gradings) is { } reason)
        {
            throw new DomainRuleException(reason);
        }

        return Grading.Start(plan.Id, plan.FinalVersion!.Id, GradingPurpose.Moderation, moderator.UserId, framework, at, Id);
    }

    /// <summary>
    /// The plans of a session that wait for its chair to record the agreed grade: every moderator assigned to the
    /// plan has submitted their moderation, and no agreed grade has been submitted for it. In plan id order.
    /// </summary>
    /// <param name="assignments">The session's assignments.</param>
    /// <param name="submitted">The session's submitted gradings (any others are ignored).</param>
    public static IReadOnlyList<int> PlansReadyToAgree(IEnumerable<PanelAssignment> assignments, IEnumerable<SubmittedGrading> submitted)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        ArgumentNullException.ThrowIfNull(submitted);
        var done = submitted.ToList();
        return assignments
            .GroupBy(a => a.PlanId)
            .Where(plan => plan.All(a => done.Exists(g => g.PlanId == plan.Key && g.GraderId == a.ModeratorId && g.Purpose == GradingPurpose.Moderation))
                && !done.Exists(g => g.PlanId == plan.Key && g.Purpose == GradingPurpose.PanelAgreement))
            .Select(plan => plan.Key)
            .Order()
            .ToList();
    }

    /// <summary>The session's plans that wait for the chair to record the agreed grade (see <see cref="PlansReadyToAgree(IEnumerable{PanelAssignment}, IEnumerable{SubmittedGrading})"/>).</summary>
    public IReadOnlyList<int> PlansReadyToAgree(IEnumerable<Grading> sessionGradings)
    {
        ArgumentNullException.ThrowIfNull(sessionGradings);
        return PlansReadyToAgree(_assignments, sessionGradings
            .Where(g => g.PanelSessionId == Id && g.IsSubmitted)
            .Select(g => new SubmittedGrading(g.PlanId, g.GraderId, g.Purpose)));
    }

    /// <summary>Why <paramref name="chair"/> cannot start recording the plan's agreed grade now; null when they can.</summary>
    public string? WhyNotAgree(Actor chair, Plan plan, IEnumerable<Grading> sessionGradings)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var gradings = sessionGradings.Where(g => g.PanelSessionId == Id && g.PlanId == plan.Id).ToList();
        if (!MayAgree(chair))
        {
            return "Only the session's chair records the agreed grades.";
        }

        if (_assignments.All(a => a.PlanId != plan.Id))
        {
            return "This plan is not part of the session.";
        }

        if (plan.FinalVersion is null)
        {
            return "The service holds no text of this plan as issued (signed off here, or brought in on its page), so it cannot be moderated here.";
        }

        if (Agreement(plan.Id, gradings) is not null)
        {
            return "The agreed grade for this plan is already being recorded.";
        }

        if (IsAssigned(plan.Id, chair.UserId) && OwnModeration(chair.UserId, plan.Id, gradings) is not { IsSubmitted: true })
        {
            return "Submit your own moderation of this plan before recording the agreed grade.";
        }

        return gradings.Any(g => g.Purpose == GradingPurpose.Moderation && g.IsSubmitted)
            ? null
            : "The agreed grade is recorded once at least one moderator has submitted their grading.";
    }

    /// <summary>Starts recording the grade the panel agreed for the plan, section by section with the rationale.</summary>
    public Grading StartAgreement(Actor chair, Plan plan, FrameworkVersion framework, IEnumerable<Grading> sessionGradings, DateTimeOffset at)
    {
        var gradings = sessionGradings.ToList();
        if (WhyNotAgree(chair, plan, gradings) is { } reason)
        {
            throw new DomainRuleException(reason);
        }

        return Grading.Start(plan.Id, plan.FinalVersion!.Id, GradingPurpose.PanelAgreement, chair.UserId, framework, at, Id);
    }
}

/// <summary>A submitted grading of a plan in a session, as the rule of what is ready to agree reads it.</summary>
public sealed record SubmittedGrading(int PlanId, string GraderId, GradingPurpose Purpose);
