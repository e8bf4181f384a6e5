using EhcpQa.Domain.Plans;

namespace EhcpQa.Domain.DraftChecks;

/// <summary>
/// What the checker may know of the plan besides its text: the child's year group (preparing for adulthood is
/// checked from Year 9) and the child's initials (the only part of the name the service holds), either unknown.
/// </summary>
public sealed record DraftContext(int? YearGroup, string? ChildInitials)
{
    /// <summary>The context of a plan's draft written on <paramref name="on"/>.</summary>
    public static DraftContext Of(Plan plan, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new(plan.YearGroupOn(on), plan.ChildIdentifier);
    }
}
