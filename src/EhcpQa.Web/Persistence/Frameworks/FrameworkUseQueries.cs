using EhcpQa.Domain.Frameworks;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Persistence.Frameworks;

public static class FrameworkUseQueries
{
    /// <summary>The version the purpose uses (tracked, so a grading can record its use); null while none is chosen.</summary>
    public static async Task<FrameworkVersion?> VersionForAsync(this EhcpQaDbContext db, FrameworkPurpose purpose, CancellationToken cancellationToken)
    {
        var id = await db.Set<FrameworkUse>()
            .Where(u => u.Purpose == purpose)
            .OrderByDescending(u => u.Sequence)
            .Select(u => (int?)u.FrameworkVersionId)
            .FirstOrDefaultAsync(cancellationToken);
        return id is null ? null : await db.FrameworkVersions.SingleOrDefaultAsync(v => v.Id == id, cancellationToken);
    }
}
