using System.Collections.Concurrent;
using System.Security.Claims;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Audit;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Infrastructure.Security;

/// <summary>
/// Records entries of the security and access log (<see cref="SecurityEvent"/>) as they happen, each in a save of
/// its own (never with a page's pending changes, and kept even when the page's own save fails), with the request's
/// address. Recording never fails the request: a failure to record is written to the application log instead.
/// </summary>
/// <remarks>
/// Entries recorded at the same time are saved together (group commit): while one save is under way, the entries
/// that arrive wait for it, then go in the next save, all at once. Each request still returns only once its own
/// entry is saved, but busy pages of plans no longer queue for the database's one writer a save at a time (on
/// SQLite each waiting writer sleeps in its busy handler, which made a plan's page wait up to 0.4 s under load).
/// </remarks>
public sealed class SecurityLog(IServiceScopeFactory scopes, IHttpContextAccessor http, TimeProvider clock, ILogger<SecurityLog> logger) : IDisposable
{
    /// <summary>One writer per database (a test host serves several; a service, one).</summary>
    private readonly ConcurrentDictionary<string, GroupCommit> _writers = new(StringComparer.Ordinal);

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
            var writer = _writers.GetOrAdd(db.Database.GetDbConnection().ConnectionString, _ => new GroupCommit());
            await writer.SaveAsync(entry, db);
        }
        catch (Exception failure) when (failure is not OutOfMemoryException)
        {
            logger.LogError(failure, "The security log could not record a {Kind} entry for user {UserId}", entry.Kind, entry.UserId);
        }
    }

    public void Dispose()
    {
        foreach (var writer in _writers.Values)
        {
            writer.Dispose();
        }
    }

    /// <summary>Saves entries to one database, one save at a time, each save taking every entry waiting for it.</summary>
    private sealed class GroupCommit : IDisposable
    {
        private readonly SemaphoreSlim _turn = new(1, 1);
        private readonly Lock _waitingLock = new();
        private List<(SecurityEvent Entry, TaskCompletionSource Saved)> _waiting = [];

        /// <summary>Returns once <paramref name="entry"/> is saved, by this call's context or by another waiting call's.</summary>
        public async Task SaveAsync(SecurityEvent entry, EhcpQaDbContext db)
        {
            var saved = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_waitingLock)
            {
                _waiting.Add((entry, saved));
            }

            await _turn.WaitAsync(CancellationToken.None);
            try
            {
                if (!saved.Task.IsCompleted)
                {
                    List<(SecurityEvent Entry, TaskCompletionSource Saved)> batch;
                    lock (_waitingLock)
                    {
                        batch = _waiting;
                        _waiting = [];
                    }

                    try
                    {
                        db.SecurityEvents.AddRange(batch.Select(w => w.Entry));
                        await db.SaveChangesAsync(CancellationToken.None);
                        batch.ForEach(w => w.Saved.TrySetResult());
                    }
                    catch (Exception failure) when (failure is not OutOfMemoryException)
                    {
                        batch.ForEach(w => w.Saved.TrySetException(failure));
                    }
                }
            }
            finally
            {
                _turn.Release();
            }

            await saved.Task;
        }

        public void Dispose() => _turn.Dispose();
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
