using System.Linq.Expressions;
using EhcpQa.Domain.Staff;

namespace EhcpQa.Domain.Plans;

/// <summary>
/// Who may see a plan's record: a caseworker their own plans, a locality manager their locality's, a
/// QA lead every plan. One rule, used both to filter lists and to guard single plans, so a list never
/// shows what a detail page would refuse.
/// </summary>
public static class PlanAccess
{
    public static Expression<Func<Plan, bool>> VisibleTo(Actor actor)
    {
        if (actor.IsIn(StaffRole.QaLead))
        {
            return _ => true;
        }

        var userId = actor.UserId;
        var localityId = actor.IsIn(StaffRole.LocalityManager) ? actor.LocalityId : null;
        var isCaseworker = actor.IsIn(StaffRole.Caseworker);
        if (localityId is not null)
        {
            return isCaseworker
                ? p => p.LocalityId == localityId || p.CaseworkerId == userId
                : p => p.LocalityId == localityId;
        }

        return isCaseworker ? p => p.CaseworkerId == userId : _ => false;
    }

    public static bool CanView(Actor actor, Plan plan) => VisibleTo(actor).Compile()(plan);

    /// <summary>Who may add plans to the register and correct their records.</summary>
    public static bool CanRegister(Actor actor) =>
        actor.IsIn(StaffRole.QaLead) || actor.IsIn(StaffRole.LocalityManager) || actor.IsIn(StaffRole.Caseworker);

    /// <summary>
    /// Whether the actor may record <paramref name="details"/>: caseworkers only plans of their own,
    /// locality managers only plans in their locality, QA leads any.
    /// </summary>
    public static bool CanRecord(Actor actor, PlanDetails details)
    {
        if (actor.IsIn(StaffRole.QaLead))
        {
            return true;
        }

        if (actor.IsIn(StaffRole.LocalityManager) && actor.LocalityId == details.LocalityId)
        {
            return true;
        }

        return actor.IsIn(StaffRole.Caseworker) && details.CaseworkerId == actor.UserId;
    }
}
