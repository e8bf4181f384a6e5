using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Reporting;
using EhcpQa.Web.Features.Drafts;
using EhcpQa.Web.Features.Reports;
using EhcpQa.Web.Persistence.Leases;
using EhcpQa.Web.Tests.Drafts;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EhcpQa.Web.Tests.Deployment;

/// <summary>
/// Two instances behind a load balancer on one database: whatever one instance starts, the other carries on
/// (sign-ins, forms, uploads), and each scheduled job runs on one of them at a time.
/// </summary>
public sealed class TwoInstancesOnOneDatabaseTests(TwoInstances instances) : IClassFixture<TwoInstances>
{
    private const string Caseworker = "caseworker@ehcpqa.test";

    private ServiceHost A => instances.A;

    private ServiceHost B => instances.B;

    [Fact]
    public async Task StartingTogether_OnANewFile_MigratesAndSeedsOnce_InWriteAheadLogMode()
    {
        Assert.Equal(1, await A.WithDatabaseAsync(db => db.Frameworks.CountAsync(f => f.Key == "wirral-shropshire")));
        Assert.Equal(1, await A.WithDatabaseAsync(db => db.Frameworks.CountAsync(f => f.Key == "advice-form")));
        Assert.Equal(1, await A.WithDatabaseAsync(db => db.Frameworks.CountAsync(f => f.Key == "family-survey")));
        Assert.Equal(120, await B.WithDatabaseAsync(db => db.Plans.CountAsync()));
        Assert.Equal(1, await A.WithDatabaseAsync(db => db.Users.CountAsync(u => u.Email == Caseworker)));
        Assert.False(await A.WithDatabaseAsync(db => db.JobLeases.AnyAsync(l => l.Name == "start-up")));

        await using var connection = new SqliteConnection($"Data Source={Path.Combine(instances.DataPath, "ehcpqa.db")}");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task OneKeyRing_InTheDatabase_HoldsTheEarlierKeys_SoEarlierSignInsSurvive()
    {
        // The earlier version's key was copied in and is the ring's only key: the instances made none of their own.
        Assert.Equal(1, await A.WithDatabaseAsync(db => db.DataProtectionKeys.CountAsync()));
        foreach (var instance in new[] { A, B })
        {
            var protector = instance.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(TwoInstances.EarlierPurpose);
            Assert.Equal("signed in before the upgrade", protector.Unprotect(instances.EarlierProtectedValue));
        }
    }

    [Fact]
    public async Task SignInFormFromOneInstance_PostedToTheOther_SignsIn_AndTheSignInWorksOnBoth()
    {
        using var browser = new Browser();
        var form = await browser.PageAsync(A, "/account/sign-in");

        var signedIn = await browser.PostAsync(B, "/account/sign-in", new Dictionary<string, string>
        {
            ["Email"] = Caseworker,
            ["Password"] = DemoData.Password,
            ["__RequestVerificationToken"] = Browser.TokenOf(form),
        });

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        foreach (var instance in new[] { A, B })
        {
            var plans = await browser.PageAsync(instance, "/plans");
            Assert.NotNull(plans.QuerySelector("button.app-service-navigation__button"));
            Assert.NotEmpty(plans.QuerySelectorAll("main table tbody tr"));
        }
    }

    [Fact]
    public async Task DraftUploadedThroughOneInstance_IsSentThroughTheOther_AndDownloadedFromBoth()
    {
        using var browser = new Browser();
        await SignInAsync(browser, A, Caseworker);
        var planId = await A.WithDatabaseAsync(async db =>
        {
            var caseworker = await db.Users.SingleAsync(u => u.Email == Caseworker);
            return await db.Plans.Where(p => p.CaseworkerId == caseworker.Id && p.Stage == PlanStage.Draft && !p.Versions.Any())
                .OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        });
        var bytes = DraftDocument("Uploaded through one instance");

        // Upload on A: the file goes into the database, the confirmation page carries a protected token.
        var uploadPage = await browser.PageAsync(A, $"/plans/{planId}/draft");
        using var upload = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        upload.Add(file, "Upload.Document", "draft plan.docx");
        upload.Add(new StringContent(Browser.TokenOf(uploadPage)), "__RequestVerificationToken");
        var split = await browser.On(A).PostAsync(new Uri($"/plans/{planId}/draft/upload", UriKind.Relative), upload);
        Assert.Equal(HttpStatusCode.OK, split.StatusCode);
        var confirmation = await Browser.ParseAsync(split);
        Assert.Null(confirmation.QuerySelector(".govuk-error-summary"));

        // Send the confirmed split on B.
        var fields = confirmation.QuerySelectorAll("main form input[name], main form textarea[name]")
            .Where(e => e.GetAttribute("type") is not ("checkbox" or "radio"))
            .Select(e => new KeyValuePair<string, string>(e.GetAttribute("name")!, e.TagName == "TEXTAREA" ? e.TextContent : e.GetAttribute("value") ?? ""))
            .ToList();
        var sent = await browser.PostAsync(B, $"/plans/{planId}/draft", fields);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

        var stored = await B.WithDatabaseAsync(db => db.Plans.AsNoTracking().Where(p => p.Id == planId).SelectMany(p => p.Versions).Select(v => v.Document).SingleAsync());
        Assert.NotNull(stored);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), stored.Sha256);
        Assert.True(await A.WithDatabaseAsync(db => db.StoredFiles.AnyAsync(f => f.Key == stored.StorageKey && f.Length == bytes.Length)));
        foreach (var instance in new[] { A, B })
        {
            var download = await browser.On(instance).GetAsync(new Uri($"/plans/{planId}/versions/1/document", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task UploadLeftInTheFolderByAnEarlierVersion_IsCopiedIntoTheDatabase_AndReadableOnBoth()
    {
        var (key, bytes) = instances.EarlierUpload;

        var copied = await A.WithDatabaseAsync(db => db.StoredFiles.Where(f => f.Key == key).Select(f => new { f.Length, f.Sha256 }).SingleAsync());

        Assert.Equal(bytes.Length, copied.Length);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), copied.Sha256);
        Assert.True(File.Exists(Path.Combine(instances.DataPath, "uploads", key)), "The earlier file stays in the folder");
        foreach (var instance in new[] { A, B })
        {
            await using var read = await instance.Services.GetRequiredService<IDraftFileStore>().OpenReadAsync(key, TestContext.Current.CancellationToken);
            using var copy = new MemoryStream();
            await read.CopyToAsync(copy, TestContext.Current.CancellationToken);
            Assert.Equal(bytes, copy.ToArray());
        }
    }

    [Fact]
    public async Task MonthsSummary_IsPublishedOnce_WhileBothInstancesRunTheSchedule()
    {
        var schedules = new[] { A, B }.Select(i => i.Services.GetRequiredService<BoardReportSchedule>()).ToArray();
        try
        {
            // On the 23rd of November both schedules (already started with the instances) and many more
            // runs race to publish October; on the 1st of December, November.
            foreach (var (now, month) in new[]
            {
                (instances.Clock.Now, new DateOnly(2026, 10, 1)),
                (new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero), new DateOnly(2026, 11, 1)),
            })
            {
                instances.Clock.Now = now;
                var runs = Enumerable.Range(0, 16).Select(i => Task.Run(() => schedules[i % 2].RunOnceAsync(TestContext.Current.CancellationToken)));
                await Task.WhenAll(runs);

                // A schedule's own run may still hold the lease (every racing run then skipped): once a run gets
                // the lease, every run before it has finished, and this one finds the month already published.
                var waited = System.Diagnostics.Stopwatch.StartNew();
                while (!await schedules[0].RunOnceAsync(TestContext.Current.CancellationToken))
                {
                    Assert.True(waited.Elapsed < TimeSpan.FromMinutes(1), "The schedule's lease was never free again");
                    await Task.Delay(50, TestContext.Current.CancellationToken);
                }

                var published = await A.WithDatabaseAsync(db => db.BoardReports.AsNoTracking()
                    .Where(r => r.Month == month).Select(r => new { r.Version, r.Trigger }).ToListAsync());
                var report = Assert.Single(published);
                Assert.Equal(1, report.Version);
                Assert.Equal(BoardReportTrigger.Scheduled, report.Trigger);
            }
        }
        finally
        {
            instances.Clock.Now = new DateTimeOffset(2026, 11, 23, 9, 30, 0, TimeSpan.Zero);
        }
    }

    [Fact]
    public async Task JobLease_IsHeldByOneInstanceAtATime_AndGivenBack()
    {
        var leases = new[] { A, B }.Select(i => i.Services.GetRequiredService<JobLeases>()).ToArray();
        var inside = 0;
        var most = 0;
        var worked = 0;
        var gate = new Lock();

        async Task Work(CancellationToken cancellationToken)
        {
            lock (gate)
            {
                inside++;
                most = Math.Max(most, inside);
                worked++;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), cancellationToken);
            lock (gate)
            {
                inside--;
            }
        }

        var attempts = Enumerable.Range(0, 40)
            .Select(i => Task.Run(() => leases[i % 2].RunExclusiveAsync("test-exclusive", TimeSpan.FromMinutes(1), Work, TestContext.Current.CancellationToken)));
        var ran = await Task.WhenAll(attempts);

        Assert.Equal(1, most);
        Assert.Equal(ran.Count(r => r), worked);
        Assert.True(worked >= 1);
        Assert.False(await A.WithDatabaseAsync(db => db.JobLeases.AnyAsync(l => l.Name == "test-exclusive")));
    }

    [Fact]
    public async Task JobLease_LeftByAStoppedInstance_IsTakenOverOnceItExpires_ButNotBefore()
    {
        var now = instances.Clock.GetUtcNow();
        await A.WithDatabaseAsync(async db =>
        {
            db.JobLeases.Add(new JobLease("test-expired", "stopped-host/1/0000#0000", now.AddMinutes(-10), now.AddMinutes(-1)));
            db.JobLeases.Add(new JobLease("test-held", "other-host/1/0000#0000", now, now.AddMinutes(10)));
            return await db.SaveChangesAsync();
        });
        var leases = B.Services.GetRequiredService<JobLeases>();

        await using (var takenOver = await leases.TryAcquireAsync("test-expired", TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken))
        {
            Assert.NotNull(takenOver);
            var row = await A.WithDatabaseAsync(db => db.JobLeases.AsNoTracking().SingleAsync(l => l.Name == "test-expired"));
            Assert.Equal(takenOver.Holder, row.Holder);
            Assert.Equal(now.AddMinutes(1), row.ExpiresAt);
        }

        Assert.Null(await leases.TryAcquireAsync("test-held", TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken));
        Assert.False(await A.WithDatabaseAsync(db => db.JobLeases.AnyAsync(l => l.Name == "test-expired")));
        await A.WithDatabaseAsync(db => db.JobLeases.Where(l => l.Name == "test-held").ExecuteDeleteAsync());
    }

    private static async Task SignInAsync(Browser browser, ServiceHost instance, string email)
    {
        var form = await browser.PageAsync(instance, "/account/sign-in");
        var response = await browser.PostAsync(instance, "/account/sign-in", new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = DemoData.Password,
            ["__RequestVerificationToken"] = Browser.TokenOf(form),
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static byte[] DraftDocument(string marker)
    {
        var builder = new DocxBuilder().Paragraph("Education, Health and Care Plan", marker);
        foreach (var section in PlanSections.Statutory)
        {
            builder.Section($"Section {section.Code}: {section.Title}", $"Drafted text for section {section.Code}.");
        }

        return builder.ToBytes();
    }
}
