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
    // The rule's cases, each written once as an expression of the plan and the viewer's user id and locality:
    // lists filter with it in the database, single plans are checked with it compiled (once, not per check).
    private static readonly Case Every = new((plan, userId, localityId) => true);
    private static readonly Case None = new((plan, userId, localityId) => false);
    private static readonly Case Own = new((plan, userId, localityId) => plan.CaseworkerId == userId);
    private static readonly Case Locality = new((plan, userId, localityId) => plan.LocalityId == localityId);
    private static readonly Case LocalityOrOwn = new((plan, userId, localityId) => plan.LocalityId == localityId || plan.CaseworkerId == userId);

    public static Expression<Func<Plan, bool>> VisibleTo(Actor actor)
    {
        var (rule, viewer) = CaseOf(actor);
        return rule.For(viewer);
    }

    public static bool CanView(Actor actor, Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var (rule, viewer) = CaseOf(actor);
        return rule.Check(plan, viewer.UserId, viewer.LocalityId);
    }

    private static (Case Rule, Viewer Viewer) CaseOf(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var viewer = new Viewer(actor.UserId, actor.IsIn(StaffRole.LocalityManager) ? actor.LocalityId : null);
        if (actor.IsIn(StaffRole.QaLead))
        {
            return (Every, viewer);
        }

        var isCaseworker = actor.IsIn(StaffRole.Caseworker);
        if (viewer.LocalityId is not null)
        {
            return (isCaseworker ? LocalityOrOwn : Locality, viewer);
        }

        return (isCaseworker ? Own : None, viewer);
    }

    /// <summary>The values of the person looking that the rule compares plans with.</summary>
    private sealed record Viewer(string UserId, int? LocalityId);

    private sealed class Case(Expression<Func<Plan, string, int?, bool>> rule)
    {
        public Func<Plan, string, int?, bool> Check { get; } = rule.Compile();

        /// <summary>The rule for one viewer, their values read from an object (so a database query takes them as parameters).</summary>
        public Expression<Func<Plan, bool>> For(Viewer viewer)
        {
            var values = Expression.Constant(viewer);
            var body = new Substitution(new Dictionary<ParameterExpression, Expression>
            {
                [rule.Parameters[1]] = Expression.Property(values, nameof(Viewer.UserId)),
                [rule.Parameters[2]] = Expression.Property(values, nameof(Viewer.LocalityId)),
            }).Visit(rule.Body);
            return Expression.Lambda<Func<Plan, bool>>(body, rule.Parameters[0]);
        }
    }

    private sealed class Substitution(Dictionary<ParameterExpression, Expression> replacements) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            replacements.TryGetValue(node, out var replacement) ? replacement : node;
    }

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
