using System.Globalization;
using System.Net;
using EhcpQa.Domain.Reporting;
using EhcpQa.Web.Features.Reports;
using EhcpQa.Web.Tests.Dashboard;
using EhcpQa.Web.Tests.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EhcpQa.Web.Tests.Reports;

/// <summary>The schedule publishes last month's summary once, however often it runs, and next month's when the month turns.</summary>
public sealed class ScheduledBoardReportTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task Schedule_PublishesEachMonthOnce()
    {
        var schedule = app.Services.GetRequiredService<BoardReportSchedule>();
        app.Clock.Now = new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero);

        await app.RunAsync(() => schedule.RunOnceAsync(CancellationToken.None));
        await app.RunAsync(() => schedule.RunOnceAsync(CancellationToken.None));
        app.Clock.Now = new DateTimeOffset(2026, 12, 1, 5, 0, 0, TimeSpan.Zero);
        await app.RunAsync(() => schedule.RunOnceAsync(CancellationToken.None));

        var reports = await app.WithDatabaseAsync(db => db.BoardReports.AsNoTracking().Select(r => new { r.Month, r.Version, r.Trigger, r.GeneratedAt }).ToListAsync());
        var november = Assert.Single(reports);
        Assert.Equal(new DateOnly(2026, 11, 1), november.Month);
        Assert.Equal(1, november.Version);
        Assert.Equal(BoardReportTrigger.Scheduled, november.Trigger);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero), november.GeneratedAt);

        app.Clock.Now = new DateTimeOffset(2027, 1, 1, 0, 30, 0, TimeSpan.Zero);
        await app.RunAsync(() => schedule.RunOnceAsync(CancellationToken.None));

        var months = await app.WithDatabaseAsync(db => db.BoardReports.Select(r => r.Month).OrderBy(m => m).ToListAsync());
        Assert.Equal([new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 1)], months);
        app.Clock.Now = FixedClock.Default;
    }
}

/// <summary>
/// A QA lead publishes a month's summary; board members list and download it, and its figures are the
/// board's dashboard figures for the same month. Re-publishing makes a new version and keeps the old.
/// </summary>
public sealed class PublishedBoardReportTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    private Task<DateOnly> PublishedMonthAsync() => app.SharedAsync("published", async () =>
    {
        var counts = await SignOffCounts.DecisiveAsync(app);
        var busiest = counts.GroupBy(c => c.Month).OrderByDescending(g => g.Count()).First().Key;
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var published = await qaLead.PostFormAsync("/reports", [new("Form.Month", SignOffCounts.Month(busiest))]);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        return busiest;
    });

    [Fact]
    public async Task BoardMember_DownloadsTheSummary_WithTheDashboardsFigures()
    {
        var month = await PublishedMonthAsync();
        var board = await app.SignInAsync(DemoUsers.BoardMember);

        var list = await board.GetPageAsync("/reports");
        var link = list.QuerySelectorAll("a").Single(a => a.TextContent.Contains($"{month.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))} summary, version 1", StringComparison.Ordinal));
        var download = await board.GetAsync(link.GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        var text = PdfReading.AllText(await download.Content.ReadAsByteArrayAsync());

        var dashboard = await board.GetPageAsync($"/dashboard?Query.From={SignOffCounts.Month(month)}&Query.To={SignOffCounts.Month(month)}");
        var given = SignOffCounts.Headline(dashboard, "Grades given");
        var share = SignOffCounts.Headline(dashboard, "At least Good").Split('(', ')')[1];
        var assured = SignOffCounts.Headline(dashboard, "Plans assured");
        Assert.Contains($"Plans assured {assured}", text, StringComparison.Ordinal);
        Assert.Contains($"Grades given {given}", text, StringComparison.Ordinal);
        Assert.Contains($"Share at least Good {share}", text, StringComparison.Ordinal);
        Assert.Contains("Sign-off activity", text, StringComparison.Ordinal);
        Assert.Contains("Moderation activity", text, StringComparison.Ordinal);
        Assert.Contains("Actions arising", text, StringComparison.Ordinal);

        var references = await app.WithDatabaseAsync(db => db.Plans.Select(p => p.Reference).ToListAsync());
        Assert.DoesNotContain(references, r => text.Contains(r, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PublishingAgain_IsANewVersion_AndTheFirstIsKept()
    {
        var month = await PublishedMonthAsync();
        var first = await app.WithDatabaseAsync(db => db.BoardReports.AsNoTracking().SingleAsync(r => r.Month == month && r.Version == 1));
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        app.Clock.Now = FixedClock.Default.AddMinutes(5);

        await qaLead.PostFormAsync("/reports", [new("Form.Month", SignOffCounts.Month(month))]);

        app.Clock.Now = FixedClock.Default;
        var versions = await app.WithDatabaseAsync(db => db.BoardReports.AsNoTracking().Where(r => r.Month == month).OrderBy(r => r.Version).ToListAsync());
        Assert.True(versions.Count >= 2);
        Assert.Equal(first.Content, versions[0].Content);
        Assert.Equal(first.GeneratedAt, versions[0].GeneratedAt);
        Assert.Equal(versions.Count, versions[^1].Version);
    }

    [Fact]
    public async Task MonthNotStarted_ShowsTheError()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var response = await qaLead.PostFormAsync("/reports", [new("Form.Month", "2031-01")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choose a month that has started", (await SignedInClient.ParseAsync(response)).QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BoardMember_CannotPublish_AndOtherRolesCannotReachReports()
    {
        var board = await app.SignInAsync(DemoUsers.BoardMember);
        Assert.Equal(HttpStatusCode.Forbidden, (await board.PostFormAsync("/reports", [new("Form.Month", "2026-10")])).StatusCode);
        Assert.Null((await board.GetPageAsync("/reports")).QuerySelector("form[action='/reports']"));

        foreach (var email in new[] { DemoUsers.Caseworker, DemoUsers.LocalityManager, DemoUsers.PanelMember })
        {
            var user = await app.SignInAsync(email);
            Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync("/reports")).StatusCode);
        }
    }
}
