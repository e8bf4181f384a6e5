using EhcpQa.Domain.Moderation;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Staff;

namespace EhcpQa.Domain.Grades;

/// <summary>
/// Who may fill in a grading and who may read it, whatever its purpose: one rule that the grading pages,
/// the sign-off, moderation and feedback pages and the workflow itself all ask.
/// </summary>
public static class GradingAccess
{
    /// <summary>
    /// Whether <paramref name="actor"/> may fill in (and submit) the grading: only the person who started it,
    /// and only while they may still grade the plan: for sign-off, a locality manager of the plan's locality
    /// or a QA lead who can see the plan; for moderation, within the grading's own session.
    /// </summary>
    public static bool MayEdit(Actor actor, Grading grading, Plan plan, PanelSession? session)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(grading);
        ArgumentNullException.ThrowIfNull(plan);
        if (grading.GraderId != actor.UserId || grading.PlanId != plan.Id)
        {
            return false;
        }

        return grading.PanelSessionId is { } sessionId
            ? session?.Id == sessionId
            : PlanAccess.CanView(actor, plan) && SignOffRules.CanGrade(actor, plan);
    }

    /// <summary>
    /// Whether <paramref name="actor"/> may read the grading. Their own, always. A moderation grading as its
    /// session allows (another moderator's only once their own is submitted). A sign-off grading only by
    /// those who may grade the plan, once submitted; a second-opinion grader sees the first grading only
    /// after submitting their own, and while a second opinion is awaited no one reads another's grading.
    /// </summary>
    /// <param name="related">The other gradings that bear on it: the session's gradings of the plan, or the draft's sign-off gradings.</param>
    public static bool MayRead(Actor actor, Grading grading, Plan plan, PanelSession? session, IEnumerable<Grading> related)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(grading);
        ArgumentNullException.ThrowIfNull(plan);
        if (grading.PlanId != plan.Id)
        {
            return false;
        }

        if (grading.PanelSessionId is not null)
        {
            return session is not null && session.MayRead(actor, grading, related);
        }

        var version = plan.Versions.LastOrDefault(v => v.Id == grading.PlanVersionId);
        return version is not null
            && PlanAccess.CanView(actor, plan)
            && SignOffRules.CanGrade(actor, plan)
            && MayReadSignOffGrading(actor, grading, version, related);
    }

    /// <summary>
    /// Whether <paramref name="actor"/> may read the feedback on a draft: the grading its decision rests on
    /// (<paramref name="decisive"/>, null while there is none yet). Those who may grade the plan read it as
    /// they read any of its gradings; its caseworker (and anyone else who may see the plan) once the draft
    /// has been returned or signed off, and never before.
    /// </summary>
    public static bool MayReadFeedback(Actor actor, Plan plan, PlanVersion version, Grading? decisive, IEnumerable<Grading> versionGradings)
    {
        ArgumentNullException.ThrowIfNull(version);
        if (SignOffRules.CanGrade(actor, plan))
        {
            return decisive is null || MayRead(actor, decisive, plan, null, versionGradings);
        }

        return version.Status is DraftStatus.Returned or DraftStatus.SignedOff && PlanAccess.CanView(actor, plan);
    }

    /// <summary>
    /// Whether <paramref name="actor"/> may read a panel's feedback on <paramref name="plan"/>: the grade a
    /// moderation panel agreed, once submitted, with its comments section by section. Anyone who may see the
    /// plan reads it (its caseworker above all); it is the panel's word as one, never a moderator's own
    /// grading, and never another plan's.
    /// </summary>
    public static bool MayReadPanelFeedback(Actor actor, Plan plan, Grading agreement)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(agreement);
        return agreement.Purpose == GradingPurpose.PanelAgreement
            && agreement.IsSubmitted
            && agreement.PlanId == plan.Id
            && PlanAccess.CanView(actor, plan);
    }

    /// <summary>Whether <paramref name="actor"/> may fill in (and submit) an advice audit: the lead who started it, while they may audit the advice.</summary>
    public static bool MayEditAdviceAudit(Actor actor, Grading audit, Advice.AdviceRequest advice)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(advice);
        return audit.Purpose == GradingPurpose.AdviceAudit
            && audit.AdviceRequestId == advice.Id
            && audit.GraderId == actor.UserId
            && Advice.AdviceAccess.CanAudit(actor, advice);
    }

    /// <summary>Whether <paramref name="actor"/> may read an advice audit: their own, always; once submitted, whoever may read the advice's audits.</summary>
    public static bool MayReadAdviceAudit(Actor actor, Grading audit, Advice.AdviceRequest advice)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(advice);
        return audit.Purpose == GradingPurpose.AdviceAudit
            && audit.AdviceRequestId == advice.Id
            && (audit.GraderId == actor.UserId || (audit.IsSubmitted && Advice.AdviceAccess.CanReadAudits(actor, advice)));
    }

    private static bool MayReadSignOffGrading(Actor actor, Grading grading, PlanVersion version, IEnumerable<Grading> versionGradings)
    {
        if (grading.GraderId == actor.UserId)
        {
            return true;
        }

        if (version.Status == DraftStatus.AwaitingSecondOpinion)
        {
            return false;
        }

        var own = versionGradings.FirstOrDefault(g => g.GraderId == actor.UserId && g.Purpose == GradingPurpose.SecondOpinion);
        if (version.SecondGraderId == actor.UserId && (own is null || !own.IsSubmitted))
        {
            return false;
        }

        return grading.IsSubmitted;
    }
}
