using System.Collections.Concurrent;
using EhcpQa.Domain.Frameworks;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Persistence.Frameworks;

/// <summary>
/// Framework versions as gradings read them: every section with its descriptors, and the grade descriptors.
/// A version that a grading has used is locked for good (<see cref="FrameworkVersion.IsLocked"/>), so it is
/// read from its database once and kept for the life of the process; every instance reading the same
/// database keeps the same content, so nothing needs telling when another instance changes something.
/// A version not yet locked is read afresh each time. What is kept is shared between requests: it is for
/// reading and for the domain's checks against the framework, never for changing (a grading starting on a
/// version records the use on a tracked copy).
/// </summary>
public sealed class LockedFrameworkVersions
{
    private readonly ConcurrentDictionary<(string Database, int Id), FrameworkVersion> _locked = new();

    /// <summary>The version with this id, or null when the database has none.</summary>
    public async Task<FrameworkVersion?> FindAsync(EhcpQaDbContext db, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var key = (db.Database.GetDbConnection().ConnectionString, id);
        if (_locked.TryGetValue(key, out var kept))
        {
            return kept;
        }

        var version = await db.FrameworkVersions.AsNoTracking()
            .Include(v => v.GradeDescriptors)
            .Include(v => v.Sections).ThenInclude(s => s.Descriptors)
            .AsSplitQuery()
            .SingleOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (version is { IsLocked: true })
        {
            return _locked.GetOrAdd(key, version);
        }

        return version;
    }
}
