using EhcpQa.Web.Infrastructure.Hosting;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Persistence.Leases;

/// <summary>
/// Exclusive, expiring leases on named jobs, kept in the database so that of several instances sharing it
/// exactly one runs a job at a time. Each way of taking a lease is one statement that either database
/// decides atomically: the row is taken over when its time has passed (UPDATE … WHERE ExpiresAt &lt;= now),
/// or created when there is none (an INSERT that fails on the primary key when another instance got there
/// first). While the job runs the lease is renewed; when it ends the row is removed. An instance that stops
/// without removing its row holds the job only until the lease expires.
/// </summary>
public sealed class JobLeases(IServiceScopeFactory scopes, ServiceInstance instance, TimeProvider clock, ILogger<JobLeases> logger)
{
    /// <summary>How often a waiting instance asks again for a lease held by another.</summary>
    public static readonly TimeSpan WaitStep = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Runs the work if this instance gets the job's lease, and returns true; returns false at once, without
    /// running it, when another holder has it. The work's token is cancelled if the lease is lost while it
    /// runs (for example after the database was unreachable for longer than the lease).
    /// </summary>
    public async Task<bool> RunExclusiveAsync(string job, TimeSpan duration, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var lease = await TryAcquireAsync(job, duration, cancellationToken);
        if (lease is null)
        {
            return false;
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lease.Lost);
        await work(linked.Token);
        return true;
    }

    /// <summary>
    /// Waits until this instance gets the job's lease (another instance may be doing the same job), then runs
    /// the work. Throws <see cref="TimeoutException"/> when the lease is still held by another after
    /// <paramref name="waitAtMost"/>.
    /// </summary>
    public async Task RunWhenFreeAsync(string job, TimeSpan duration, TimeSpan waitAtMost, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var started = clock.GetTimestamp();
        var told = false;
        while (!await RunExclusiveAsync(job, duration, work, cancellationToken))
        {
            if (clock.GetElapsedTime(started) >= waitAtMost)
            {
                throw new TimeoutException(FormattableString.Invariant(
                    $"Another instance of the service has held the '{job}' job for longer than {waitAtMost.TotalSeconds:0} seconds. If no other instance is running, its lease expires by itself within {duration.TotalSeconds:0} seconds."));
            }

            if (!told)
            {
                logger.LogInformation("Waiting for another instance to finish the {Job} job", job);
                told = true;
            }

            await Task.Delay(WaitStep, clock, cancellationToken);
        }
    }

    /// <summary>Takes the job's lease for <paramref name="duration"/> if it is free or has expired; null when another holds it.</summary>
    public async Task<HeldJobLease?> TryAcquireAsync(string job, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(job);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(job.Length, JobLease.MaxNameLength, nameof(job));
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.FromSeconds(1));

        var holder = $"{instance.Id}#{Guid.NewGuid():N}";
        if (holder.Length > JobLease.MaxHolderLength)
        {
            holder = holder[^JobLease.MaxHolderLength..];
        }

        var now = clock.GetUtcNow();
        var expires = now + duration;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EhcpQaDbContext>();

        var takenOver = await db.JobLeases
            .Where(l => l.Name == job && l.ExpiresAt <= now)
            .ExecuteUpdateAsync(
                s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.AcquiredAt, now).SetProperty(l => l.ExpiresAt, expires),
                cancellationToken);
        if (takenOver == 0)
        {
            if (await db.JobLeases.AnyAsync(l => l.Name == job, cancellationToken))
            {
                // Held by another, and not expired.
                return null;
            }

            // Free: the insert succeeds unless another instance inserts between the check and here, when the
            // primary key refuses it (and EF Core logs the refused insert).
            db.JobLeases.Add(new JobLease(job, holder, now, expires));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException refused) when (DuplicateKeys.Caused(refused))
            {
                // Another holder inserted the row first (it may have finished and removed it since).
                return null;
            }
        }

        logger.LogDebug("Took the lease on {Job} until {ExpiresAt:O} as {Holder}", job, expires, holder);
        return new HeldJobLease(this, job, holder, duration, clock, logger);
    }

    /// <summary>Extends a held lease; false when the holder no longer has it.</summary>
    internal async Task<bool> RenewAsync(string job, string holder, TimeSpan duration, CancellationToken cancellationToken)
    {
        var expires = clock.GetUtcNow() + duration;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EhcpQaDbContext>();
        return await db.JobLeases
            .Where(l => l.Name == job && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, expires), cancellationToken) == 1;
    }

    /// <summary>Gives a held lease back, so the next run (here or elsewhere) need not wait for it to expire.</summary>
    internal async Task ReleaseAsync(string job, string holder)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EhcpQaDbContext>();
        await db.JobLeases.Where(l => l.Name == job && l.Holder == holder).ExecuteDeleteAsync(CancellationToken.None);
    }
}
