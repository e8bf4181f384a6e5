using EhcpQa.Domain.Grades;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Persistence.Seeding;

/// <summary>
/// On start, records the assured grades of decisions taken before the service kept them (a database
/// from an earlier version), so the dashboards count every decisive grade. Plans that already have
/// assured grades are left alone, so after the first start this finds nothing to do.
/// </summary>
public sealed class EarlierAssuredGrades(EhcpQaDbContext db, ILogger<EarlierAssuredGrades> logger)
{
    private const int Batch = 200;

    /// <returns>How many assured grades were recorded.</returns>
    public async Task<int> RecordAsync(CancellationToken cancellationToken = default)
    {
        var assuring = new[] { GradingPurpose.SignOff, GradingPurpose.SignOffAgreement, GradingPurpose.PanelAgreement };
        var planIds = await db.Gradings
            .Where(g => assuring.Contains(g.Purpose) && g.SubmittedAt != null)
            .Select(g => g.PlanId)
            .Distinct()
            .Where(id => !db.AssuredGrades.Any(a => a.PlanId == id))
            .OrderBy(id => id)
            .ToListAsync(cancellationToken);
        if (planIds.Count == 0)
        {
            return 0;
        }

        var sessionLevels = await db.PanelSessions.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Level, cancellationToken);
        var recorded = 0;
        foreach (var batch in planIds.Chunk(Batch))
        {
            var plans = await db.Plans.Include(p => p.Versions).Include(p => p.AssuredGrades)
                .Where(p => batch.Contains(p.Id))
                .AsSplitQuery()
                .ToListAsync(cancellationToken);
            var gradings = (await db.Gradings.AsNoTracking()
                    .Where(g => batch.Contains(g.PlanId) && assuring.Contains(g.Purpose) && g.SubmittedAt != null)
                    .ToListAsync(cancellationToken))
                .ToLookup(g => g.PlanId);
            recorded += plans.Sum(plan => plan.RecordEarlierAssuredGrades(gradings[plan.Id], sessionLevels));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        logger.LogInformation("Recorded {Count} assured grades of {Plans} plans graded before the dashboards kept them", recorded, planIds.Count);
        return recorded;
    }
}
