using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Staff;

namespace EhcpQa.Domain.Families;

/// <summary>
/// Who may make survey links for a plan and read its family's answers: whoever may change the plan's record (its
/// caseworker, the locality's manager, a QA lead). Nobody else sees them: not panel members, agency leads or board members.
/// </summary>
public static class SurveyAccess
{
    public static bool CanManage(Actor actor, Plan plan) => PlanAccess.CanView(actor, plan) && PlanAccess.CanRegister(actor);
}
