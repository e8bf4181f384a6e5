using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Staff;

namespace EhcpQa.Domain.Plans;

/// <summary>Who may take part in a plan's sign-off, in one place for the workflow and for the pages.</summary>
public static class SignOffRules
{
    /// <summary>Only the plan's caseworker, or a QA lead, submits its drafts.</summary>
    public static bool CanSubmit(Actor actor, Plan plan) =>
        actor.IsIn(StaffRole.QaLead) || (actor.IsIn(StaffRole.Caseworker) && actor.UserId == plan.CaseworkerId);

    /// <summary>Only a locality manager of the plan's locality, or a QA lead, grades it; and never the plan's own caseworker.</summary>
    public static bool CanGrade(Actor actor, Plan plan) =>
        actor.UserId != plan.CaseworkerId
        && (actor.IsIn(StaffRole.QaLead) || (actor.IsIn(StaffRole.LocalityManager) && actor.LocalityId == plan.LocalityId));

    /// <summary>
    /// Whether a grader may read a grading of the same version. A second-opinion grader sees the
    /// first grading only once their own is submitted, so their judgement is independent; while the
    /// second opinion is awaited no one but its own grader reads a grading, since a reader could still
    /// go on to give the second opinion.
    /// </summary>
    public static bool MayRead(Actor actor, Grading grading, PlanVersion version, IEnumerable<Grading> versionGradings)
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
