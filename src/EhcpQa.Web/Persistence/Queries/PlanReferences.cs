using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Persistence.Queries;

/// <summary>
/// The references of plans named by id, for lists and exports that show a plan by its reference: one query reading the
/// ids and references only (not whole plans, whose annual reviews load with them), none for no ids.
/// </summary>
public static class PlanReferences
{
    public static async Task<Dictionary<int, string>> OfAsync(EhcpQaDbContext db, IEnumerable<int> planIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(planIds);
        var ids = planIds.Distinct().ToList();
        return ids.Count == 0
            ? []
            : await db.Plans.AsNoTracking().Where(p => ids.Contains(p.Id))
                .Select(p => new { p.Id, p.Reference })
                .ToDictionaryAsync(p => p.Id, p => p.Reference, cancellationToken);
    }
}
