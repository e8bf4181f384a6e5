using EhcpQa.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Persistence;

public static class SignOffPolicies
{
    /// <summary>The latest setting of the sign-off policy; null while none has been made (and <see cref="SignOffPolicy.Default"/> holds).</summary>
    public static Task<SignOffPolicyChange?> LatestSignOffPolicyAsync(this EhcpQaDbContext db, CancellationToken cancellationToken) =>
        db.SignOffPolicyChanges.AsNoTracking().OrderByDescending(c => c.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The sign-off policy in force.</summary>
    public static async Task<SignOffPolicy> SignOffPolicyAsync(this EhcpQaDbContext db, CancellationToken cancellationToken) =>
        (await db.LatestSignOffPolicyAsync(cancellationToken))?.Policy ?? SignOffPolicy.Default;
}
