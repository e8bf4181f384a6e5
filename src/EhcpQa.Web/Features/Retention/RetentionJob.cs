using EhcpQa.Web.Features.Drafts;
using EhcpQa.Web.Infrastructure.Scheduling;
using EhcpQa.Web.Infrastructure.Security;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Audit;
using EhcpQa.Web.Persistence.Leases;
using EhcpQa.Web.Persistence.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EhcpQa.Web.Features.Retention;

/// <summary>
/// Removes what the service no longer needs, every hour on one instance at a time (the "retention" lease):
/// uploaded draft documents never sent (the caseworker uploaded one and sent nothing, or uploaded another
/// instead) once a day old, and sign-in sessions ended or unused for <see cref="RetentionOptions.SessionDays"/>.
/// Each run that removes anything is reported in the application log and the security log.
/// </summary>
public sealed class RetentionJob(
    IServiceScopeFactory scopes,
    DatabaseReadiness readiness,
    JobLeases leases,
    TimeProvider clock,
    IOptions<RetentionOptions> options,
    ILogger<RetentionJob> logger)
    : ScheduledJob(scopes, readiness, leases, clock, logger)
{
    public override string Name => "retention";

    public override TimeSpan Interval => TimeSpan.FromHours(1);

    protected override bool IsEnabled => options.Value.Schedule;

    protected override async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var removed = await services.GetRequiredService<RetentionWork>().RemoveDueAsync(cancellationToken);
        if (removed.Any)
        {
            logger.LogInformation("Retention: removed {Uploads} draft uploads never sent and {Sessions} old sign-in sessions", removed.Uploads, removed.Sessions);
        }
    }
}

/// <summary>One pass of the retention rules (see <see cref="RetentionJob"/>).</summary>
public sealed class RetentionWork(EhcpQaDbContext db, IDraftFileStore files, SecurityLog securityLog, TimeProvider clock, IOptions<RetentionOptions> options)
{
    /// <summary>How long an uploaded draft document is kept when no draft sent refers to it.</summary>
    public static readonly TimeSpan UnsentUploadsKept = TimeSpan.FromDays(1);

    public async Task<RetentionRun> RemoveDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var uploadsBefore = now - UnsentUploadsKept;
        var unsent = await db.StoredFiles.AsNoTracking()
            .Where(f => f.CreatedAt < uploadsBefore && !db.PlanVersions.Any(v => v.Document != null && v.Document.StorageKey == f.Key))
            .Select(f => f.Key)
            .ToListAsync(cancellationToken);
        foreach (var key in unsent)
        {
            await files.DeleteAsync(key, cancellationToken);
        }

        var sessionsBefore = now - options.Value.Sessions;
        var sessions = await db.StaffSessions
            .Where(s => (s.EndedAt != null && s.EndedAt < sessionsBefore) || s.LastSeenAt < sessionsBefore)
            .ExecuteDeleteAsync(cancellationToken);

        var run = new RetentionRun(unsent.Count, sessions);
        if (run.Any)
        {
            await securityLog.RecordAsync(SecurityEventKinds.Retention, "retention",
                $"{run.Uploads} draft uploads never sent and {run.Sessions} sign-in sessions removed");
        }

        return run;
    }
}

public sealed record RetentionRun(int Uploads, int Sessions)
{
    public bool Any => Uploads > 0 || Sessions > 0;
}

/// <summary>The <c>Retention</c> section: how long ended sessions are kept (<c>SessionDays</c>, 90), and whether this instance runs the job (<c>Schedule</c>).</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    public int SessionDays { get; set; } = 90;

    public bool Schedule { get; set; } = true;

    public TimeSpan Sessions => TimeSpan.FromDays(Math.Clamp(SessionDays, 1, 3650));
}
