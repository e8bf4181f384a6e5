using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Persistence.Audit;

/// <summary>
/// The security log's chain: sealing the entries recorded since the last seal, one after another in the order
/// they were recorded; clearing sealed entries older than the time they are kept; and checking the whole chain.
/// Sealing runs on one instance at a time (a scheduled job under its lease), so the chain never forks.
/// </summary>
public static class SecurityLogChain
{
    private const int Batch = 500;

    /// <summary>Seals every entry not yet sealed; answers how many.</summary>
    public static async Task<int> SealAsync(EhcpQaDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var last = await db.SecurityEvents.AsNoTracking().Where(e => e.Sequence != null).OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(cancellationToken);
        var sequence = last?.Sequence ?? 0;
        var previous = last?.Hash;
        var sealedCount = 0;
        while (true)
        {
            var open = await db.SecurityEvents.Where(e => e.Hash == null).OrderBy(e => e.Id).Take(Batch).ToListAsync(cancellationToken);
            if (open.Count == 0)
            {
                return sealedCount;
            }

            foreach (var entry in open)
            {
                entry.Seal(++sequence, previous);
                previous = entry.Hash;
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            sealedCount += open.Count;
        }
    }

    /// <summary>Removes sealed entries recorded before <paramref name="before"/>; the chain goes on from the first entry kept.</summary>
    public static Task<int> ClearBeforeAsync(EhcpQaDbContext db, DateTimeOffset before, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.SecurityEvents.Where(e => e.Hash != null && e.At < before).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>
    /// Checks the chain from the first sealed entry kept: each entry as it was sealed, after the one before, with no
    /// place missing. Answers the entries checked and the first place the chain breaks (null when it is whole).
    /// </summary>
    public static async Task<ChainCheck> CheckAsync(EhcpQaDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        long checkedCount = 0;
        long? expected = null;
        string? previous = null;
        long after = 0;
        while (true)
        {
            var batch = await db.SecurityEvents.AsNoTracking().Where(e => e.Sequence != null && e.Sequence > after)
                .OrderBy(e => e.Sequence).Take(Batch).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return new ChainCheck(checkedCount, null);
            }

            foreach (var entry in batch)
            {
                // The first entry kept starts the chain: what came before it was cleared as time ran out.
                previous = expected is null ? entry.PreviousHash : previous;
                if ((expected is not null && entry.Sequence != expected) || !entry.FollowsIntact(previous))
                {
                    return new ChainCheck(checkedCount, new ChainBreak(expected ?? entry.Sequence!.Value, entry.Id, entry.Sequence != expected && expected is not null));
                }

                checkedCount++;
                previous = entry.Hash;
                expected = entry.Sequence + 1;
                after = entry.Sequence!.Value;
            }
        }
    }
}

/// <summary>The result of checking the chain: how many entries were found as sealed, and where it first breaks.</summary>
public sealed record ChainCheck(long EntriesChecked, ChainBreak? Break)
{
    public bool IsWhole => Break is null;
}

/// <summary>Where the chain breaks: the place expected, the entry found there, and whether entries are missing before it (else it was changed).</summary>
public sealed record ChainBreak(long Place, long EntryId, bool EntriesMissing);
