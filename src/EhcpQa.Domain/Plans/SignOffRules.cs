using EhcpQa.Domain.Staff;

namespace EhcpQa.Domain.Plans;

/// <summary>Who may take part in a plan's sign-off, in one place for the workflow and for the pages. Who may read a grading is <see cref="Grades.GradingAccess"/>.</summary>
public static class SignOffRules
{
    /// <summary>Only the plan's caseworker, or a QA lead, submits its drafts.</summary>
    public static bool CanSubmit(Actor actor, Plan plan) =>
        actor.IsIn(StaffRole.QaLead) || (actor.IsIn(StaffRole.Caseworker) && actor.UserId == plan.CaseworkerId);

    /// <summary>Only a locality manager of the plan's locality, or a QA lead, grades it; and never the plan's own caseworker.</summary>
    public static bool CanGrade(Actor actor, Plan plan) =>
        actor.UserId != plan.CaseworkerId
        && (actor.IsIn(StaffRole.QaLead) || (actor.IsIn(StaffRole.LocalityManager) && actor.LocalityId == plan.LocalityId));
}
