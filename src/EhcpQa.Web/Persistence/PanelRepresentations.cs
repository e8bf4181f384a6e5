using EhcpQa.Domain.Moderation;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Persistence;

public static class PanelRepresentations
{
    /// <summary>The latest setting of the panel representation; null while none has been made (and <see cref="PanelRepresentation.Default"/> holds).</summary>
    public static Task<PanelRepresentationChange?> LatestPanelRepresentationAsync(this EhcpQaDbContext db, CancellationToken cancellationToken) =>
        db.PanelRepresentationChanges.AsNoTracking().OrderByDescending(c => c.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The panel representation in force.</summary>
    public static async Task<PanelRepresentation> PanelRepresentationAsync(this EhcpQaDbContext db, CancellationToken cancellationToken) =>
        (await db.LatestPanelRepresentationAsync(cancellationToken))?.Representation ?? PanelRepresentation.Default;
}
