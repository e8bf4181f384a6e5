using EhcpQa.Domain.Staff;

namespace EhcpQa.Domain.Quality;

/// <summary>Whose quality figures a person may see: their own; a locality manager their locality's caseworkers'; a QA lead everyone's.</summary>
public static class QualityAccess
{
    /// <summary>Whether <paramref name="actor"/> may see the figures page at all (caseworkers, locality managers and QA leads).</summary>
    public static bool MaySeeAny(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsIn(StaffRole.Caseworker) || actor.IsIn(StaffRole.LocalityManager) || actor.IsIn(StaffRole.QaLead);
    }

    /// <summary>Whether <paramref name="actor"/> sees a table of caseworkers rather than only their own figures.</summary>
    public static bool SeesCaseworkers(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsIn(StaffRole.QaLead) || (actor.IsIn(StaffRole.LocalityManager) && actor.LocalityId is not null);
    }

    /// <summary>Whether <paramref name="actor"/> may see the figures of the caseworker <paramref name="caseworkerId"/> of locality <paramref name="caseworkerLocalityId"/>.</summary>
    public static bool MaySee(Actor actor, string caseworkerId, int? caseworkerLocalityId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return (actor.UserId == caseworkerId && actor.IsIn(StaffRole.Caseworker))
            || actor.IsIn(StaffRole.QaLead)
            || (actor.IsIn(StaffRole.LocalityManager) && actor.LocalityId is not null && actor.LocalityId == caseworkerLocalityId);
    }
}
