using EhcpQa.Domain.Staff;

namespace EhcpQa.Domain.Dashboards;

/// <summary>
/// What a person's dashboard may show: QA leads see the whole authority; locality managers their own
/// locality only, whatever they ask for; board members the whole authority with small numbers
/// suppressed. Only QA leads and locality managers may export the grades behind the figures.
/// </summary>
public sealed record DashboardAudience(bool SeesEveryLocality, int? OwnLocalityId, Suppression Suppression, bool MayExport)
{
    public static DashboardAudience For(Actor actor)
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

        return new(true, null, Suppression.ForBoard, MayExport: false);
    }

    public bool IsBoard => Suppression.Threshold > 0;

    /// <summary>The locality the figures are for: the one asked for, or the person's own (none matches when they have none).</summary>
    public int? LocalityFor(int? requested) => SeesEveryLocality ? requested : OwnLocalityId ?? -1;
}
