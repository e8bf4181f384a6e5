using System.Security.Claims;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Audit;

namespace EhcpQa.Web.Infrastructure.Security;

/// <summary>
/// Records entries of the security and access log (<see cref="SecurityEvent"/>) as they happen, each in a save of
/// its own (never with a page's pending changes, and kept even when the page's own save fails), with the request's
/// address. Recording never fails the request: a failure to record is written to the application log instead.
/// </summary>
public sealed class SecurityLog(IServiceScopeFactory scopes, IHttpContextAccessor http, TimeProvider clock, ILogger<SecurityLog> logger)
{
    /// <summary>Records what the signed-in person (or, with <paramref name="userId"/>, the account named) did or met.</summary>
    public async Task RecordAsync(string kind, string? subject = null, string? detail = null, string? userId = null)
    {
        var context = http.HttpContext;
        var entry = SecurityEvent.Record(
            kind,
            userId ?? context?.User.FindFirstValue(ClaimTypes.NameIdentifier),
            subject,
            detail,
            context?.Connection.RemoteIpAddress?.ToString(),
            clock.GetUtcNow());
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<EhcpQaDbContext>();
            db.SecurityEvents.Add(entry);
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception failure) when (failure is not OutOfMemoryException)
        {
            logger.LogError(failure, "The security log could not record a {Kind} entry for user {UserId}", entry.Kind, entry.UserId);
        }
    }
}

/// <summary><c>SecurityLog</c> settings: how long entries are kept (<c>KeepDays</c>, default 730), and the sealing job's schedule.</summary>
public sealed class SecurityLogOptions
{
    public const string Section = "SecurityLog";

    public int KeepDays { get; set; } = 730;

    /// <summary>False stops this instance sealing and clearing the log on its schedule (tests seal it themselves).</summary>
    public bool Schedule { get; set; } = true;

    public TimeSpan Keep => TimeSpan.FromDays(Math.Clamp(KeepDays, 30, 36500));
}
