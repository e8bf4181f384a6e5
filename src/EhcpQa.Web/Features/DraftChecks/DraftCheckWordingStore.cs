using EhcpQa.Domain.DraftChecks;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.DraftChecks;

/// <summary>
/// The word lists in force (<see cref="DraftCheckWording"/>: the shipped lists with the QA leads' changes) and the
/// checks built from them. The changes are read from the database, which every instance of the service shares;
/// the built checks are kept until a newer change is made.
/// </summary>
public sealed class DraftCheckWordingStore
{
    private readonly Lock _lock = new();
    private Built _built = new(null, DraftCheckWording.AsShipped, DraftCheckWording.AsShipped.Checker(), DraftCheckWording.AsShipped.Thread());

    /// <summary>The lists in force.</summary>
    public async Task<DraftCheckWording> WordingAsync(EhcpQaDbContext db, CancellationToken cancellationToken) =>
        (await CurrentAsync(db, cancellationToken)).Wording;

    /// <summary>The draft checker reading by the lists in force.</summary>
    public async Task<DraftChecker> CheckerAsync(EhcpQaDbContext db, CancellationToken cancellationToken) =>
        (await CurrentAsync(db, cancellationToken)).Checker;

    /// <summary>Reads a draft's sections by the lists in force, for the plan's child (year group, initials). A draft with no text at all is not read.</summary>
    public async Task<DraftReading> ReadAsync(
        EhcpQaDbContext db, IReadOnlyDictionary<SectionCode, string> sections, DraftContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sections);
        if (sections.Values.All(string.IsNullOrWhiteSpace))
        {
            return DraftReading.None;
        }

        var built = await CurrentAsync(db, cancellationToken);
        return new DraftReading(built.Checker.Check(sections, context), built.Thread.Trace(sections));
    }

    private async Task<Built> CurrentAsync(EhcpQaDbContext db, CancellationToken cancellationToken)
    {
        var latest = await db.WordingChanges.MaxAsync(c => (int?)c.Id, cancellationToken);
        var built = _built;
        if (built.LatestChange == latest)
        {
            return built;
        }

        var changes = await db.WordingChanges.AsNoTracking().ToListAsync(cancellationToken);
        var wording = DraftCheckWording.AsShipped.With(changes);
        var fresh = new Built(changes.Count == 0 ? null : changes.Max(c => c.Id), wording, wording.Checker(), wording.Thread());
        lock (_lock)
        {
            if ((fresh.LatestChange ?? 0) >= (_built.LatestChange ?? 0))
            {
                _built = fresh;
            }
        }

        return fresh;
    }

    private sealed record Built(int? LatestChange, DraftCheckWording Wording, DraftChecker Checker, GoldenThread Thread);
}
