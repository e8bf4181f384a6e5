using EhcpQa.Web.Features.Drafts;
using EhcpQa.Web.Features.RegisterImport;
using EhcpQa.Web.Infrastructure.Forms;
using EhcpQa.Web.Infrastructure.Scheduling;
using EhcpQa.Web.Infrastructure.Security;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Audit;
using EhcpQa.Web.Persistence.Files;
using EhcpQa.Web.Persistence.Leases;
using EhcpQa.Web.Persistence.Retention;
using EhcpQa.Web.Persistence.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EhcpQa.Web.Features.Retention;

/// <summary>
/// Removes what the service no longer needs, every hour on one instance at a time (the "retention" lease):
/// ceased plans past the authority's retention (<see cref="PlanRetentionOptions"/>: the child's date of birth plus
/// 31 years) with every record about them and their uploaded documents; uploaded draft documents never sent (the
/// caseworker uploaded one and sent nothing, or uploaded another instead), registers never imported and zips of issued
/// plans' texts never added, once a day old; and sign-in sessions ended or unused for
/// <see cref="RetentionOptions.SessionDays"/>.
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
            logger.LogInformation("Retention: removed {Plans} plans past their retention ({Rows} records), {Uploads} draft uploads never sent, {Registers} register files never imported, {IssuedTexts} zips of issued texts never added and {Sessions} old sign-in sessions",
                removed.Plans.Count, removed.PlanRecords, removed.Uploads, removed.Registers, removed.IssuedTexts, removed.Sessions);
        }
    }
}

/// <summary>One pass of the retention rules (see <see cref="RetentionJob"/>).</summary>
public sealed class RetentionWork(
    EhcpQaDbContext db,
    IDraftFileStore files,
    SecurityLog securityLog,
    TimeProvider clock,
    IOptions<RetentionOptions> options,
    IOptions<PlanRetentionOptions> planRetention)
{

    public async Task<RetentionRun> RemoveDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (plans, planRecords) = await RemovePlansPastRetentionAsync(Domain.ServiceCalendar.DateOf(now), cancellationToken);

        var uploadsBefore = now - UploadLimits.UnusedKept;
        var unsent = await db.StoredFiles.AsNoTracking()
            .Where(f => f.CreatedAt < uploadsBefore && f.Key.StartsWith(DraftStorageKey.Prefix)
                && !db.PlanVersions.Any(v => v.Document != null && v.Document.StorageKey == f.Key)
                && !db.AdviceRequests.Any(a => a.Document != null && a.Document.StorageKey == f.Key))
            .Select(f => f.Key)
            .ToListAsync(cancellationToken);
        foreach (var key in unsent)
        {
            await files.DeleteAsync(key, cancellationToken);
        }

        // A register uploaded and not imported within a day: the file goes, and the upload says so.
        var registers = await StoredFiles.RemoveStoredBeforeAsync(db, RegisterImports.KeyPrefix, uploadsBefore, cancellationToken);

        // Likewise a zip of issued plans' documents whose texts were not added within a day.
        var issuedTexts = await StoredFiles.RemoveStoredBeforeAsync(db, IssuedTextUploads.KeyPrefix, uploadsBefore, cancellationToken);

        var sessionsBefore = now - options.Value.Sessions;
        var sessions = await db.StaffSessions
            .Where(s => (s.EndedAt != null && s.EndedAt < sessionsBefore) || s.LastSeenAt < sessionsBefore)
            .ExecuteDeleteAsync(cancellationToken);

        var run = new RetentionRun(plans, planRecords, unsent.Count, sessions, registers, issuedTexts);
        if (run.Any)
        {
            await securityLog.RecordAsync(SecurityEventKinds.Retention, "retention",
                $"{run.Uploads} draft uploads never sent, {run.Registers} register files never imported, {run.IssuedTexts} zips of issued texts never added, {run.Sessions} sign-in sessions and {plans.Count} plans past their retention ({planRecords} records) removed");
        }

        if (plans.Count > 0)
        {
            // Which plans went (by id: the reference and child are gone with them), kept in the security log.
            await securityLog.RecordAsync(SecurityEventKinds.Retention, "plans", Truncated($"removed past retention: plans {string.Join(", ", plans)}"));
        }

        return run;
    }

    /// <summary>Ceased plans the authority's rule says are past their keeping today, with every record about them and their documents.</summary>
    private async Task<(IReadOnlyList<int> Plans, int Records)> RemovePlansPastRetentionAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var rule = planRetention.Value.Rule;
        var latestBirth = rule.BornOnOrBefore(today).AddDays(1);
        var candidates = await db.Plans.AsNoTracking()
            .Where(p => p.CeasedOn != null && p.DateOfBirth <= latestBirth)
            .ToListAsync(cancellationToken);
        var due = candidates.Where(p => rule.IsPast(p, today)).Select(p => p.Id).ToList();
        if (due.Count == 0)
        {
            return ([], 0);
        }

        var documents = await db.PlanVersions.AsNoTracking()
            .Where(v => due.Contains(v.PlanId) && v.Document != null)
            .Select(v => v.Document!.StorageKey)
            .Concat(db.AdviceRequests.Where(a => due.Contains(a.PlanId) && a.Document != null).Select(a => a.Document!.StorageKey))
            .ToListAsync(cancellationToken);
        var records = await PlanRecords.RemoveAsync(db, due, cancellationToken);
        foreach (var key in documents)
        {
            await files.DeleteAsync(key, cancellationToken);
        }

        return (due, records);
    }

    private static string Truncated(string detail) =>
        detail.Length <= SecurityEvent.MaxDetailLength ? detail : detail[..(SecurityEvent.MaxDetailLength - 1)] + "…";
}

public sealed record RetentionRun(IReadOnlyList<int> Plans, int PlanRecords, int Uploads, int Sessions, int Registers = 0, int IssuedTexts = 0)
{
    public bool Any => Plans.Count > 0 || Uploads > 0 || Sessions > 0 || Registers > 0 || IssuedTexts > 0;
}

/// <summary>The <c>Retention</c> section: how long ended sessions are kept (<c>SessionDays</c>, 90), and whether this instance runs the job (<c>Schedule</c>).</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    public int SessionDays { get; set; } = 90;

    public bool Schedule { get; set; } = true;

    public TimeSpan Sessions => TimeSpan.FromDays(Math.Clamp(SessionDays, 1, 3650));
}
