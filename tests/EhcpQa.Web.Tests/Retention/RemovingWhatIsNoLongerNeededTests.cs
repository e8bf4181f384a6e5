using System.Net;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Web.Features.Retention;
using EhcpQa.Web.Persistence.Audit;
using EhcpQa.Web.Tests.Drafts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EhcpQa.Web.Tests.Retention;

/// <summary>
/// The retention job removes a draft document uploaded but never sent once it is a day old (never one a sent draft
/// keeps), and sign-in sessions ended or unused for 90 days, and reports what it removed in the security log.
/// </summary>
public sealed class RemovingWhatIsNoLongerNeededTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task ADraftUploadNeverSent_IsRemovedAfterADay_AndOneSentIsKept()
    {
        var start = app.Clock.Now;
        try
        {
            var unsentPlan = await app.Plans.DraftAsync("EHC-RET-1");
            var sentPlan = await app.Plans.DraftAsync("EHC-RET-2");
            var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
            await UploadAsync(caseworker, unsentPlan);
            var sentPage = await SignedInClient.ParseAsync(await UploadAsync(caseworker, sentPlan));
            Assert.Equal(HttpStatusCode.Redirect, (await caseworker.PostAsync($"/plans/{sentPlan}/draft", FormFields.Of(sentPage))).StatusCode);
            var keys = await StoredKeysAsync();
            Assert.Equal(2, keys.Count);

            app.Clock.Now = start.AddHours(23);
            Assert.Equal(0, (await RunAsync()).Uploads);

            app.Clock.Now = start.AddHours(25);
            var run = await RunAsync();

            Assert.Equal(1, run.Uploads);
            var kept = Assert.Single(await StoredKeysAsync());
            Assert.Equal(kept, await app.WithDatabaseAsync(db => db.PlanVersions.Where(v => v.PlanId == sentPlan).Select(v => v.Document!.StorageKey).SingleAsync()));
            Assert.Contains(await app.WithDatabaseAsync(db => db.SecurityEvents.AsNoTracking().Where(e => e.Kind == SecurityEventKinds.Retention).Select(e => e.Detail).ToListAsync()),
                detail => detail!.StartsWith("1 draft uploads never sent", StringComparison.Ordinal));
        }
        finally
        {
            app.Clock.Now = start;
        }
    }

    [Fact]
    public async Task SessionsEndedOrUnusedFor90Days_AreRemoved_AndRecentOnesKept()
    {
        var start = app.Clock.Now;
        try
        {
            var old = await app.SignInAsync(DemoUsers.BoardMember);
            Assert.Equal(HttpStatusCode.Redirect, (await old.PostFormAsync("/account/sign-out", [], formPage: "/")).StatusCode);
            var before = await SessionCountAsync();

            app.Clock.Now = start.AddDays(91);
            await app.SignInAsync(DemoUsers.BoardMember);
            var run = await RunAsync();

            Assert.True(run.Sessions >= 1);
            Assert.Equal(1, await SessionCountAsync());
            Assert.True(before >= 1);
        }
        finally
        {
            app.Clock.Now = start;
        }
    }

    private Task<RetentionRun> RunAsync() =>
        app.WithScopeAsync(services => services.GetRequiredService<RetentionWork>().RemoveDueAsync(CancellationToken.None));

    private Task<List<string>> StoredKeysAsync() => app.WithDatabaseAsync(db => db.StoredFiles.AsNoTracking().Select(f => f.Key).ToListAsync());

    private Task<int> SessionCountAsync() => app.WithDatabaseAsync(db =>
        db.StaffSessions.CountAsync(s => s.UserId == db.Users.Single(u => u.Email == DemoUsers.BoardMember).Id));

    /// <summary>Uploads a draft document of every statutory section for the plan (not yet sent).</summary>
    internal static Task<HttpResponseMessage> UploadAsync(SignedInClient client, int planId)
    {
        var builder = new DocxBuilder();
        foreach (var section in PlanSections.Statutory)
        {
            builder.Section($"Section {section.Code}: {section.Title}", $"Drafted text for section {section.Code}.");
        }

        return client.PostFileAsync($"/plans/{planId}/draft", $"/plans/{planId}/draft/upload", "Upload.Document", builder.ToBytes(), "draft.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }
}
