using EhcpQa.Domain.Moderation;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Persistence;

public static class PanelFeedbackPolicies
{
    /// <summary>The latest setting of whether panels are named; null while none has been made (and <see cref="PanelFeedbackPolicy.Default"/> holds).</summary>
    public static Task<PanelFeedbackPolicyChange?> LatestPanelFeedbackPolicyAsync(this EhcpQaDbContext db, CancellationToken cancellationToken) =>
        db.PanelFeedbackPolicyChanges.AsNoTracking().OrderByDescending(c => c.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The panel feedback policy in force.</summary>
    public static async Task<PanelFeedbackPolicy> PanelFeedbackPolicyAsync(this EhcpQaDbContext db, CancellationToken cancellationToken) =>
        (await db.LatestPanelFeedbackPolicyAsync(cancellationToken))?.Policy ?? PanelFeedbackPolicy.Default;
}
