using EhcpQa.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Persistence;

public static class SecondFactorPolicies
{
    /// <summary>The latest setting of the second-factor policy; null while none has been made (and <see cref="SecondFactorPolicy.Default"/> holds).</summary>
    public static Task<SecondFactorPolicyChange?> LatestSecondFactorPolicyAsync(this EhcpQaDbContext db, CancellationToken cancellationToken) =>
        db.SecondFactorPolicyChanges.AsNoTracking().OrderByDescending(c => c.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The second-factor policy in force.</summary>
    public static async Task<SecondFactorPolicy> SecondFactorPolicyAsync(this EhcpQaDbContext db, CancellationToken cancellationToken) =>
        (await db.LatestSecondFactorPolicyAsync(cancellationToken))?.Policy ?? SecondFactorPolicy.Default;
}
