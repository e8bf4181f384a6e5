using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Sampling;
using EhcpQa.Web.Features.Samples;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EhcpQa.Web.Tests.Samples;

/// <summary>
/// A QA lead composes a repeating sample on the sample form's rule fields; the schedule lists its next window, and a stale
/// change, bad input or another role is refused.
/// </summary>
public sealed class ComposeAScheduleTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task Schedule_ComposedOnTheForm_IsSavedWithItsRule_AndListedWithItsNextWindow()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var form = await qaLead.GetPageAsync("/samples/schedules/new");
        Assert.NotNull(form.QuerySelector("input[name='Form.PerCaseworker']"));
        Assert.Equal(["Month", "SixWeeks", "Term", "Quarter"], form.QuerySelectorAll("input[name='Form.Repeat']").Cast<IHtmlInputElement>().Select(i => i.Value));

        var response = await qaLead.PostAsync("/samples/schedules/new", FormFields.Of(form.QuerySelector("main form")!)
            .With("Form.Title", "Termly amended plans").With("Form.Repeat", "Term")
            .With("Form.FirstWindowStart.Day", "15").With("Form.FirstWindowStart.Month", "10").With("Form.FirstWindowStart.Year", "2026")
            .With("Form.Kind", "Amended").With("Form.SizeBy", "OneIn").With("Form.OneIn", "5").With("Form.PerPhase", "1").With("Form.Minimum", "12"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var schedule = await app.WithDatabaseAsync(db => db.SampleSchedules.AsNoTracking().SingleAsync(s => s.Title == "Termly amended plans"));
        Assert.Equal((SampleWindowKind.Term, new DateOnly(2026, 9, 1), PlanKind.Amended), (schedule.Repeat, schedule.FirstWindowStart, schedule.Theme.Kind));
        Assert.Equal(new SampleRules(SampleSize.OneInEvery(5), 1, true) { PerPhase = 1, Minimum = 12 }, schedule.Rules);
        var list = await qaLead.GetPageAsync("/samples/schedules");
        var card = list.GetElementById($"schedule-{schedule.Id}")!.TextContent;
        Assert.Contains("Every term", card, StringComparison.Ordinal);
        Assert.Contains("autumn term 2026, drawn on 1 January 2027", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadSchedule_ShowsEachError_AndKeepsWhatWasTyped()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var before = await app.WithDatabaseAsync(db => db.SampleSchedules.CountAsync());
        var form = await qaLead.GetPageAsync("/samples/schedules/new");

        var response = await qaLead.PostAsync("/samples/schedules/new", FormFields.Of(form.QuerySelector("main form")!)
            .With("Form.Title", string.Empty).With("Form.Repeat", "Custom")
            .With("Form.FirstWindowStart.Day", "31").With("Form.FirstWindowStart.Month", "2").With("Form.FirstWindowStart.Year", "2027")
            .With("Form.Size", "many").With("Form.PerCaseworker", "99"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SignedInClient.ParseAsync(response);
        var summary = page.QuerySelector(".govuk-error-summary")!.TextContent;
        Assert.Contains("Enter a title for the schedule's samples", summary, StringComparison.Ordinal);
        Assert.Contains("Select every month, every 6 weeks, every term or every quarter", summary, StringComparison.Ordinal);
        Assert.Contains("Enter the number of plans as a whole number from 1 to 500", summary, StringComparison.Ordinal);
        Assert.Contains("Enter the plans for each caseworker as a whole number from 0 to 50", summary, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".govuk-error-summary a[href='#Form_FirstWindowStart']") ?? page.QuerySelector(".govuk-error-summary a[href^='#Form_FirstWindowStart']"));
        Assert.Equal("many", page.QuerySelector<IHtmlInputElement>("input[name='Form.Size']")!.Value);
        Assert.Equal("31", page.QuerySelector<IHtmlInputElement>("input[name='Form.FirstWindowStart.Day']")!.Value);
        Assert.Equal(before, await app.WithDatabaseAsync(db => db.SampleSchedules.CountAsync()));
    }

    [Fact]
    public async Task FirstWindowYearsAway_IsRefusedByTheDomain_BesideItsField()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var form = await qaLead.GetPageAsync("/samples/schedules/new");

        var response = await qaLead.PostAsync("/samples/schedules/new", FormFields.Of(form.QuerySelector("main form")!)
            .With("Form.FirstWindowStart.Day", "1").With("Form.FirstWindowStart.Month", "1").With("Form.FirstWindowStart.Year", "2020"));

        var page = await SignedInClient.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The first window must start within 2 years of today", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaleChange_IsRefusedWithAMessage_AndKeepsWhatWasTyped()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var id = await MakeAsync("Stale test");
        var first = FormFields.Of((await qaLead.GetPageAsync($"/samples/schedules/{id}/edit")).QuerySelector("main form")!);
        var second = FormFields.Of((await qaLead.GetPageAsync($"/samples/schedules/{id}/edit")).QuerySelector("main form")!);
        Assert.Equal(HttpStatusCode.Redirect, (await qaLead.PostAsync($"/samples/schedules/{id}/edit", first.With("Form.Size", "7"))).StatusCode);

        var response = await qaLead.PostAsync($"/samples/schedules/{id}/edit", second.With("Form.Size", "9"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SignedInClient.ParseAsync(response);
        Assert.Contains("Someone else changed this schedule while you were looking at it", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("9", page.QuerySelector<IHtmlInputElement>("input[name='Form.Size']")!.Value);
        Assert.Equal(7, await app.WithDatabaseAsync(db => db.SampleSchedules.Where(s => s.Id == id).Select(s => s.RequestedSize).SingleAsync()));
    }

    [Fact]
    public async Task Paused_FromItsPage_ThenResumed()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var id = await MakeAsync("Pause test");
        var edit = await qaLead.GetPageAsync($"/samples/schedules/{id}/edit");
        var pause = FormFields.Of(edit.QuerySelectorAll("main form")[1]);

        Assert.Equal(HttpStatusCode.Redirect, (await qaLead.PostAsync($"/samples/schedules/{id}/pause", pause)).StatusCode);
        Assert.True(await app.WithDatabaseAsync(db => db.SampleSchedules.Where(s => s.Id == id).Select(s => s.IsPaused).SingleAsync()));
        var list = await qaLead.GetPageAsync("/samples/schedules");
        Assert.Contains("None while paused", list.GetElementById($"schedule-{id}")!.TextContent, StringComparison.Ordinal);

        // The same (now stale) pause form again is refused, not taken as a resume.
        await qaLead.PostAsync($"/samples/schedules/{id}/pause", pause);
        Assert.True(await app.WithDatabaseAsync(db => db.SampleSchedules.Where(s => s.Id == id).Select(s => s.IsPaused).SingleAsync()));
        var resume = FormFields.Of((await qaLead.GetPageAsync($"/samples/schedules/{id}/edit")).QuerySelectorAll("main form")[1]);
        await qaLead.PostAsync($"/samples/schedules/{id}/pause", resume);
        Assert.False(await app.WithDatabaseAsync(db => db.SampleSchedules.Where(s => s.Id == id).Select(s => s.IsPaused).SingleAsync()));
    }

    [Theory]
    [InlineData(DemoUsers.Caseworker)]
    [InlineData(DemoUsers.LocalityManager)]
    [InlineData(DemoUsers.PanelMember)]
    public async Task OnlyQaLeads_MakeSchedulesOrPlanAudits(string email)
    {
        var other = await app.SignInAsync(email);

        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync("/samples/schedules")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync("/samples/forward-plan/new")).StatusCode);
        var post = await other.PostAsync("/samples/schedules/new", [new("Form.Title", "Not mine")]);
        Assert.True(post.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.BadRequest, $"Answered {(int)post.StatusCode}");
        Assert.False(await app.WithDatabaseAsync(db => db.SampleSchedules.AnyAsync(s => s.Title == "Not mine")));
    }

    private Task<int> MakeAsync(string title) => app.WithDatabaseAsync(async db =>
    {
        var qaLead = await db.Users.Where(u => u.Email == DemoUsers.QaLead).Select(u => u.Id).SingleAsync();
        var schedule = SampleSchedule.Make(title, SampleWindowKind.Month, new DateOnly(2026, 12, 1), new SampleTheme(), new SampleRules(SampleSize.Of(5)), qaLead, app.Clock.Now);
        db.SampleSchedules.Add(schedule);
        await db.SaveChangesAsync();
        return schedule.Id;
    });
}

/// <summary>
/// The service draws a schedule's window once it has closed: once however often the job runs and on however many
/// instances, catching up missed windows, with the planned audit's theme when one is planned; the QA lead's home page
/// then says a sample is ready.
/// </summary>
public sealed class ScheduledSamplesDrawnTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task DueWindow_IsDrawnOnce_WhenTheJobRunsTwice_AndNextMonthsWhenItCloses()
    {
        var job = app.Services.GetRequiredService<SampleScheduleJob>();
        var id = await MakeAsync("Twice", SampleWindowKind.Month, new DateOnly(2026, 10, 1));

        await app.RunAsync(() => job.RunOnceAsync(CancellationToken.None));
        await app.RunAsync(() => job.RunOnceAsync(CancellationToken.None));

        var samples = await SamplesAsync(id);
        var october = Assert.Single(samples);
        Assert.Equal(("Twice, October 2026", SampleWindowKind.Month, new DateOnly(2026, 10, 1)), (october.Title, october.WindowKind, october.PeriodStart));
        Assert.NotEmpty(october.Items);
        var schedule = await app.WithDatabaseAsync(db => db.SampleSchedules.AsNoTracking().SingleAsync(s => s.Id == id));
        Assert.Equal(schedule.SeedFor(october.Window), october.Seed);

        try
        {
            app.Clock.Now = new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);
            await app.RunAsync(() => job.RunOnceAsync(CancellationToken.None));
            var draws = await app.WithDatabaseAsync(db => db.SampleSchedules.AsNoTracking().Where(s => s.Id == id).SelectMany(s => s.Draws).OrderBy(d => d.PeriodStart).ToListAsync());
            Assert.Equal([new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 1)], draws.Select(d => d.PeriodStart));
            Assert.Equal(october.Id, draws[0].DipSampleId);
            Assert.Equal(draws.Count(d => d.DipSampleId is not null), (await SamplesAsync(id)).Count);
        }
        finally
        {
            app.Clock.Now = FixedClock.Default;
        }
    }

    [Fact]
    public async Task TwoMissedWindows_AreCaughtUp_InOneRun()
    {
        var id = await MakeAsync("Catch up", SampleWindowKind.Month, new DateOnly(2026, 8, 1));

        await app.WithScopeAsync(services => services.GetRequiredService<ScheduledSampling>().DrawDueAsync(CancellationToken.None));

        Assert.Equal(["Catch up, August 2026", "Catch up, September 2026", "Catch up, October 2026"], (await SamplesAsync(id)).Select(s => s.Title));
    }

    [Fact]
    public async Task TwoJobInstances_RunningTogether_DrawEachWindowOnce()
    {
        var id = await MakeAsync("Two instances", SampleWindowKind.SixWeeks, new DateOnly(2026, 9, 1));
        var jobs = new[]
        {
            ActivatorUtilities.CreateInstance<SampleScheduleJob>(app.Services),
            ActivatorUtilities.CreateInstance<SampleScheduleJob>(app.Services),
        };

        await app.RunAsync(() => Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => jobs[i % 2].RunOnceAsync(CancellationToken.None)))));
        await app.RunAsync(async () =>
        {
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (!await jobs[0].RunOnceAsync(CancellationToken.None))
            {
                Assert.True(waited.Elapsed < TimeSpan.FromMinutes(1), "The lease was never free again");
                await Task.Delay(50);
            }
        });

        // 1 September to 12 October closed; 13 October to 23 November closes on the 24th.
        var drawn = await SamplesAsync(id);
        Assert.Equal([new DateOnly(2026, 9, 1)], drawn.Select(s => s.PeriodStart));
        Assert.Single(await app.WithDatabaseAsync(db => db.SampleSchedules.AsNoTracking().Where(s => s.Id == id).SelectMany(s => s.Draws).ToListAsync()));
    }

    [Fact]
    public async Task TwoDrawsOfOneWindow_AtTheSameMoment_TheDatabaseKeepsOne()
    {
        var id = await MakeAsync("Race", SampleWindowKind.Quarter, new DateOnly(2026, 7, 1));
        var window = SampleWindow.Quarter(2026, 3);

        var drew = await app.Database.RunAsync(() => Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<ScheduledSampling>().DrawWindowAsync(id, window, CancellationToken.None);
        }))));

        Assert.Single(await SamplesAsync(id));
        Assert.Equal(1, drew.Count(d => d));
    }

    [Fact]
    public async Task WindowWithAPlannedAudit_IsDrawnWithItsTheme_AndTheAuditIsDone()
    {
        var id = await MakeAsync("Planned", SampleWindowKind.Month, new DateOnly(2026, 10, 1));
        var auditId = await app.WithDatabaseAsync(async db =>
        {
            var schedule = await db.SampleSchedules.SingleAsync(s => s.Id == id);
            var audit = PlannedAudit.Plan("New plans only", new SampleTheme(Kind: PlanKind.New), SampleWindow.Month(new DateOnly(2026, 10, 1)), schedule, null, schedule.CreatedById, app.Clock.Now);
            db.PlannedAudits.Add(audit);
            await db.SaveChangesAsync();
            return audit.Id;
        });

        await app.WithScopeAsync(services => services.GetRequiredService<ScheduledSampling>().DrawDueAsync(CancellationToken.None));

        var sample = Assert.Single(await SamplesAsync(id));
        Assert.Equal("Planned: New plans only, October 2026", sample.Title);
        Assert.Equal(PlanKind.New, sample.Theme.Kind);
        var audit = await app.WithDatabaseAsync(db => db.PlannedAudits.AsNoTracking().SingleAsync(a => a.Id == auditId));
        Assert.Equal((PlannedAuditStatus.Done, sample.Id), (audit.Status, audit.DipSampleId!.Value));
    }

    [Fact]
    public async Task PausedSchedule_DrawsNothing()
    {
        var id = await MakeAsync("Paused", SampleWindowKind.Month, new DateOnly(2026, 10, 1));
        await app.WithDatabaseAsync(async db =>
        {
            (await db.SampleSchedules.SingleAsync(s => s.Id == id)).Pause("someone", app.Clock.Now);
            return await db.SaveChangesAsync();
        });

        await app.WithScopeAsync(services => services.GetRequiredService<ScheduledSampling>().DrawDueAsync(CancellationToken.None));

        Assert.Empty(await SamplesAsync(id));
    }

    [Fact]
    public async Task QaLeadsHome_SaysASampleIsReady_LinkedToIt()
    {
        var id = await MakeAsync("Home", SampleWindowKind.Month, new DateOnly(2026, 10, 1));
        await app.WithScopeAsync(services => services.GetRequiredService<ScheduledSampling>().DrawDueAsync(CancellationToken.None));
        var sample = (await SamplesAsync(id)).Single();

        var home = await (await app.SignInAsync(DemoUsers.QaLead)).GetPageAsync("/");

        var list = home.GetElementById("work-samples-ready")!.ParentElement!;
        var link = list.QuerySelectorAll("a").Single(a => a.GetAttribute("href") == $"/samples/{sample.Id}");
        Assert.Equal("Home, October 2026", link.TextContent.Trim());
        Assert.Contains("A sample is ready: drawn by its schedule on 23 November 2026", list.TextContent, StringComparison.Ordinal);
        var caseworkerHome = await (await app.SignInAsync(DemoUsers.Caseworker)).GetPageAsync("/");
        Assert.Null(caseworkerHome.GetElementById("work-samples-ready"));
    }

    private Task<List<DipSample>> SamplesAsync(int scheduleId) => app.WithDatabaseAsync(async db =>
    {
        var ids = await db.SampleSchedules.Where(s => s.Id == scheduleId).SelectMany(s => s.Draws).Select(d => d.DipSampleId).ToListAsync();
        return await db.DipSamples.AsNoTracking().Where(s => ids.Contains(s.Id)).OrderBy(s => s.PeriodStart).ToListAsync();
    });

    private Task<int> MakeAsync(string title, SampleWindowKind repeat, DateOnly first) => app.WithDatabaseAsync(async db =>
    {
        var qaLead = await db.Users.Where(u => u.Email == DemoUsers.QaLead).Select(u => u.Id).SingleAsync();
        var schedule = SampleSchedule.Make(title, repeat, first, new SampleTheme(), new SampleRules(SampleSize.Of(3), 0), qaLead, app.Clock.Now);
        db.SampleSchedules.Add(schedule);
        await db.SaveChangesAsync();
        return schedule.Id;
    });
}
