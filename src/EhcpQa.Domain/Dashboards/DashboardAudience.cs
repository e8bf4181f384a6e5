using EhcpQa.Domain.Staff;

namespace EhcpQa.Domain.Dashboards;

/// <summary>
/// What a person's dashboard may show: QA leads see the whole authority; locality managers their own
/// locality only, whatever they ask for; board members the whole authority with small numbers in cuts
/// suppressed. Only QA leads and locality managers may export the grades behind the figures.
/// </summary>
/// <param name="Suppression">What is hidden from this person in a cut (<see cref="Dashboards.Suppression.None"/> for staff).</param>
public sealed record DashboardAudience(bool SeesEveryLocality, int? OwnLocalityId, Suppression Suppression, bool MayExport)
{
    /// <param name="actor">The person.</param>
    /// <param name="board">The authority's suppression for board members (<see cref="Suppression.ForBoard"/> when not given).</param>
    public static DashboardAudience For(Actor actor, Suppression? board = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.IsIn(StaffRole.QaLead))
        {
            return new(true, null, Suppression.None, MayExport: true);
        }

        if (actor.IsIn(StaffRole.LocalityManager))
        {
            return new(false, actor.LocalityId, Suppression.None, MayExport: true);
        }

        return new(true, null, board ?? Suppression.ForBoard, MayExport: false);
    }

    public bool IsBoard => Suppression.Threshold > 0;

    /// <summary>The locality the figures are for: the one asked for, or the person's own (none matches when they have none).</summary>
    public int? LocalityFor(int? requested) => SeesEveryLocality ? requested : OwnLocalityId ?? -1;

    /// <summary>
    /// What is hidden from this person in the figures of a filter as a whole (the headline, trend and grades):
    /// nothing when they are the whole authority's, else the same as in a cut.
    /// </summary>
    public Suppression SuppressionFor(DashboardFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return Suppression.For(filter.Scope);
    }
}
