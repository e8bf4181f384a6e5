using System.Collections.Concurrent;
using System.Net;
using System.Threading.RateLimiting;

namespace EhcpQa.Web.Infrastructure.Security;

/// <summary>
/// How hard the service makes guessing passwords (<c>SignIn:</c> settings): the failures one address may make
/// against one account before its attempts at that account are held (5 in 15 minutes), and the attempts at
/// signing in or changing a password one address may make a minute (10).
/// </summary>
public sealed class SignInGuardOptions
{
    public const string Section = "SignIn";

    public int FailuresBeforeHold { get; set; } = 5;

    public int HoldMinutes { get; set; } = 15;

    public int AttemptsPerMinute { get; set; } = 10;

    /// <summary>The steps a signed-in person may take a minute at their own password and second factor, from wherever they are.</summary>
    public int AccountStepsPerMinute { get; set; } = 10;

    /// <summary>The files (draft documents, frameworks) one signed-in person may upload a minute.</summary>
    public int UploadsPerMinute { get; set; } = 20;

    /// <summary>The survey pages (opening and answering a family's survey link) one address may ask for a minute.</summary>
    public int SurveyRequestsPerMinute { get; set; } = 30;
}

/// <summary>
/// Holds attempts at one account from one address after too many failures, instead of locking the account: whoever
/// guesses is slowed, but nobody can lock a colleague out by failing on purpose from somewhere else. Kept by each
/// instance in memory (two instances allow twice the failures); the per-address limit on attempts
/// (<see cref="RateLimits"/>) slows guessing across accounts.
/// </summary>
public sealed class SignInGuard(TimeProvider clock, Microsoft.Extensions.Options.IOptions<SignInGuardOptions> options)
{
    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.Ordinal);

    /// <summary>Whether attempts at the account from this address are held just now.</summary>
    public bool IsHeld(string email, IPAddress? address)
    {
        var key = KeyOf(email, address);
        if (!_failures.TryGetValue(key, out var failures))
        {
            return false;
        }

        if (clock.GetUtcNow() - failures.Since >= Window)
        {
            _failures.TryRemove(key, out _);
            return false;
        }

        return failures.Count >= options.Value.FailuresBeforeHold;
    }

    public void Failed(string email, IPAddress? address)
    {
        var now = clock.GetUtcNow();
        _failures.AddOrUpdate(KeyOf(email, address), _ => new Failures(now, 1),
            (_, seen) => now - seen.Since >= Window ? new Failures(now, 1) : seen with { Count = seen.Count + 1 });
    }

    public void Succeeded(string email, IPAddress? address) => _failures.TryRemove(KeyOf(email, address), out _);

    private TimeSpan Window => TimeSpan.FromMinutes(Math.Max(1, options.Value.HoldMinutes));

    private static string KeyOf(string email, IPAddress? address) =>
        $"{email.Trim().ToUpperInvariant()}|{address?.ToString() ?? "-"}";

    private sealed record Failures(DateTimeOffset Since, int Count);
}

/// <summary>
/// The limits on attempts, answered 429 with a page saying to wait: per address at signing in and at the second
/// factor's codes (<see cref="Attempts"/>); per account, from any address, at a signed-in person's own password
/// and second factor (<see cref="AccountSteps"/>) and at uploads (<see cref="Uploads"/>); per address at the family survey pages (<see cref="Surveys"/>).
/// </summary>
public static class RateLimits
{
    public const string Attempts = "attempts";

    public const string AccountSteps = "account-steps";

    public const string Uploads = "uploads";

    /// <summary>Per address, at the anonymous survey pages: slows anyone trying links in the hope of finding one.</summary>
    public const string Surveys = "surveys";

    public static IServiceCollection AddAttemptLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(SignInGuardOptions.Section).Get<SignInGuardOptions>() ?? new SignInGuardOptions();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) => new ValueTask(context.HttpContext.RequestServices.GetRequiredService<SecurityLog>()
                .RecordAsync(Persistence.Audit.SecurityEventKinds.TooManyAttempts, context.HttpContext.Request.Path.Value));
            limiter.AddPolicy(Attempts, context => PerAddress(context, Attempts, options.AttemptsPerMinute));
            limiter.AddPolicy(AccountSteps, context => PerAccount(context, AccountSteps, options.AccountStepsPerMinute));
            limiter.AddPolicy(Uploads, context => PerAccount(context, Uploads, options.UploadsPerMinute));
            limiter.AddPolicy(Surveys, context => PerAddress(context, Surveys, options.SurveyRequestsPerMinute));
        });
        return services;
    }

    private static RateLimitPartition<string> PerAccount(HttpContext context, string kind, int perMinute) =>
        context.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value is { } userId
            ? RateLimitPartition.GetFixedWindowLimiter($"{kind}:user:{userId}", _ => PerMinute(perMinute))
            : PerAddress(context, kind, perMinute);

    private static RateLimitPartition<string> PerAddress(HttpContext context, string kind, int perMinute) =>
        context.Connection.RemoteIpAddress is { } address
            ? RateLimitPartition.GetFixedWindowLimiter($"{kind}:address:{address}", _ => PerMinute(perMinute))
            // No address only in process (the host's own tests): nothing to tell callers apart by.
            : RateLimitPartition.GetNoLimiter("in-process");

    private static FixedWindowRateLimiterOptions PerMinute(int permits) => new()
    {
        PermitLimit = Math.Max(1, permits),
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
    };
}
