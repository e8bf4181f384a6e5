using System.Linq.Expressions;
using EhcpQa.Domain.Moderation;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Staff;

namespace EhcpQa.Domain.Advice;

/// <summary>
/// Who may see and record advice: an agency lead sees the advice of their own agency, and nothing else of the plans;
/// whoever may see a plan sees the advice requested for it; whoever may change a plan's record records its advice. One
/// rule for lists and single requests, so a list never shows what a page would refuse. A moderation panel sees a plan's
/// advice received only when its session shows advice.
/// </summary>
public static class AdviceAccess
{
    /// <summary>The agency whose advice the person assures as its lead; null when they lead none.</summary>
    public static Agency? AgencyLedBy(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsIn(StaffRole.AgencyLead) && AdviceServices.AdvisingAgencies.Contains(actor.Agency) ? actor.Agency : null;
    }

    /// <summary>The advice requests the person may see, given every plan (filtered here by <see cref="PlanAccess"/>).</summary>
    public static Expression<Func<AdviceRequest, bool>> VisibleTo(Actor actor, IQueryable<Plan> plans)
    {
        ArgumentNullException.ThrowIfNull(plans);
        var agency = AgencyLedBy(actor);
        var visiblePlans = plans.Where(PlanAccess.VisibleTo(actor)).Select(p => p.Id);
        return r => (agency != null && r.Agency == agency) || visiblePlans.Contains(r.PlanId);
    }

    public static bool CanView(Actor actor, AdviceRequest request, Plan plan)
    {
        ArgumentNullException.ThrowIfNull(request);
        return AgencyLedBy(actor) == request.Agency || PlanAccess.CanView(actor, plan);
    }

    /// <summary>
    /// Whether the person may see the advice beside the plan in a moderation session: only when the session shows advice
    /// (<see cref="PanelSession.ShowsAdvice"/>), only advice received for that plan, and only to whoever may see the plan in the
    /// session (<see cref="PanelSession.MaySeePlan"/>: its moderators, the chair and QA leads). Never the agency's audit of it.
    /// </summary>
    public static bool CanViewAsModerator(Actor actor, PanelSession session, int planId, AdviceRequest request)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(request);
        return session.ShowsAdvice && request.IsReceived && request.PlanId == planId && session.MaySeePlan(actor, planId);
    }

    /// <summary>Whether the person may audit the advice's quality: the lead of the agency that gave it.</summary>
    public static bool CanAudit(Actor actor, AdviceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return AgencyLedBy(actor) is { } agency && agency == request.Agency;
    }

    /// <summary>
    /// Whether the person may read audits of the advice once submitted: the lead of the agency that gave it, and the
    /// authority's QA leads. An audit is the agency's own assurance, not the plan's, so it is not shown with the plan.
    /// </summary>
    public static bool CanReadAudits(Actor actor, AdviceRequest request)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return CanAudit(actor, request) || actor.IsIn(StaffRole.QaLead);
    }

    /// <summary>Whether the person may record advice requested for the plan and the advice received: whoever may change its record.</summary>
    public static bool CanRecord(Actor actor, Plan plan) => PlanAccess.CanView(actor, plan) && PlanAccess.CanRegister(actor);
}
