using EhcpQa.Domain;
using EhcpQa.Domain.Sampling;
using EhcpQa.Web.Infrastructure.Scheduling;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Leases;
using EhcpQa.Web.Persistence.Seeding;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.Samples;

/// <summary>
/// Draws the samples of the schedules' windows that have closed: each window once, with the same draw a QA lead's form
/// uses (<see cref="SampleDrawing"/>), the seed fixed by the schedule and window, and the theme of an audit planned for
/// that window (which the sample then completes). The database's unique index of drawn windows is the last guard: a
/// window another instance drew meanwhile is left as drawn.
/// </summary>
public sealed class ScheduledSampling(EhcpQaDbContext db, SampleDrawing drawing, TimeProvider clock, ILogger<ScheduledSampling> logger)
{
    /// <summary>Draws every due window of every active schedule, oldest first; answers how many were drawn here.</summary>
    public async Task<int> DrawDueAsync(CancellationToken cancellationToken)
    {
        var today = ServiceCalendar.DateOf(clock.GetUtcNow());
        var scheduleIds = await db.SampleSchedules.AsNoTracking().Where(s => !s.IsPaused).OrderBy(s => s.Id).Select(s => s.Id).ToListAsync(cancellationToken);
        var drawn = 0;
        foreach (var scheduleId in scheduleIds)
        {
            var schedule = await db.SampleSchedules.AsNoTracking().SingleAsync(s => s.Id == scheduleId, cancellationToken);
            foreach (var window in schedule.DueWindows(today))
            {
                if (await DrawWindowAsync(scheduleId, window, cancellationToken))
                {
                    drawn++;
                }
            }
        }

        return drawn;
    }

    /// <summary>
    /// Draws one closed window of a schedule, unless it is drawn already (here or by another instance) or the schedule is
    /// paused: true when this call drew it (or recorded that no plans were finalised in it).
    /// </summary>
    public async Task<bool> DrawWindowAsync(int scheduleId, SampleWindow window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(window);
        db.ChangeTracker.Clear();
        var schedule = await db.SampleSchedules.SingleAsync(s => s.Id == scheduleId, cancellationToken);
        if (schedule.IsPaused || schedule.IsDrawn(window))
        {
            return false;
        }

        var planned = (await db.PlannedAudits
                .Where(a => a.SampleScheduleId == scheduleId && a.PeriodStart == window.Start && a.Status == PlannedAuditStatus.Planned)
                .OrderBy(a => a.Id)
                .ToListAsync(cancellationToken))
            .FirstOrDefault(a => a.IsPlannedFor(scheduleId, window));
        var theme = schedule.ThemeFor(planned);
        var population = await drawing.PopulationAsync(window, theme, cancellationToken);
        var at = clock.GetUtcNow();
        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            var sampleId = await strategy.ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                int? drawnSample = null;
                if (population.Count > 0)
                {
                    var sample = await drawing.DrawAsync(schedule.TitleFor(window, planned), window, theme, population, schedule.Rules,
                        schedule.SeedFor(window), schedule.ChangedById, at, cancellationToken);
                    await db.SaveChangesAsync(cancellationToken);
                    drawnSample = sample.Id;
                    planned?.MarkDone(sample.Id, schedule.ChangedById, at);
                }

                schedule.RecordDrawn(window, drawnSample, at);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return drawnSample;
            });
            logger.LogInformation("Schedule {ScheduleId} drew the window from {PeriodStart}: sample {SampleId} of {Population} plans",
                scheduleId, window.Start, sampleId, population.Count);
            return true;
        }
        catch (DbUpdateException duplicate) when (DuplicateKeys.Caused(duplicate))
        {
            db.ChangeTracker.Clear();
            logger.LogInformation("Schedule {ScheduleId} found the window from {PeriodStart} drawn already", scheduleId, window.Start);
            return false;
        }
    }
}

/// <summary>
/// Draws the samples of the schedules' closed windows: once the database is ready it checks straight away (catching up
/// windows missed while the service was down) and then every hour, on one instance at a time (the "sample-schedules"
/// lease). <c>Samples:Schedule</c> = false switches it off.
/// </summary>
public sealed class SampleScheduleJob(
    IServiceScopeFactory scopes,
    DatabaseReadiness readiness,
    JobLeases leases,
    TimeProvider clock,
    IConfiguration configuration,
    ILogger<SampleScheduleJob> logger)
    : ScheduledJob(scopes, readiness, leases, clock, logger)
{
    public static readonly TimeSpan CheckEvery = TimeSpan.FromHours(1);

    public override string Name => "sample-schedules";

    public override TimeSpan Interval => CheckEvery;

    protected override bool IsEnabled => configuration.GetValue("Samples:Schedule", true);

    protected override Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<ScheduledSampling>().DrawDueAsync(cancellationToken);
}
