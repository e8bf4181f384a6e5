using System.Net;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Panels;

/// <summary>
/// A peer moderation session: caseworkers are members and moderate one another's plans through the same moderation
/// pages, never their own; a caseworker who is no member reaches no moderation, and caseworkers are members of no other level of session.
/// </summary>
public sealed class PeerModerationTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    /// <summary>Plan A is Sam's (caseworker), B and C are Priya's (the other caseworker); Priya and the Health panel member are the members.</summary>
    private sealed record Scene(int SessionId, int PlanA, int PlanB, int PlanC, string PriyaId, string PanelId, string SamId)
    {
        public string PlanUrl(int planId) => $"/moderation/sessions/{SessionId}/plans/{planId}";
    }

    private Task<Scene> SceneAsync() => app.SharedAsync("peer", async () =>
    {
        var plans = await PanelScenes.IssuedPlansAsync(app, "EHC-PEER", DemoUsers.Caseworker, DemoUsers.OtherCaseworker, DemoUsers.OtherCaseworker);
        var sampleId = await PanelScenes.SampleAsync(app, plans);
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var (priya, panel, sam) = (await PanelScenes.UserIdAsync(app, DemoUsers.OtherCaseworker), await PanelScenes.UserIdAsync(app, DemoUsers.PanelMember),
            await PanelScenes.UserIdAsync(app, DemoUsers.Caseworker));
        var sessionUrl = PanelScenes.SessionUrl(await PanelScenes.SetUpAsync(qaLead, sampleId, "PeerModeration", await PanelScenes.UserIdAsync(app, DemoUsers.QaLead)));
        Assert.Equal(HttpStatusCode.Redirect, (await qaLead.PostFormAsync($"{sessionUrl}/members", [new("Member.UserId", priya), new("Member.Agency", string.Empty)], formPage: sessionUrl)).StatusCode);
        await qaLead.PostFormAsync($"{sessionUrl}/members", [new("Member.UserId", panel), new("Member.Agency", "Health")], formPage: sessionUrl);
        await qaLead.PostFormAsync($"{sessionUrl}/assignments", [], formPage: sessionUrl);
        return new Scene(int.Parse(sessionUrl.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture), plans[0], plans[1], plans[2], priya, panel, sam);
    });

    [Fact]
    public async Task AssigningEvenly_NeverGivesACaseworkerTheirOwnPlans()
    {
        var scene = await SceneAsync();

        var session = await app.WithDatabaseAsync(db => db.PanelSessions.AsNoTracking().SingleAsync(s => s.Id == scene.SessionId));

        Assert.Equal(new[] { scene.PanelId, scene.PriyaId }.Order(), session.ModeratorsOf(scene.PlanA).Order());
        Assert.Equal([scene.PanelId], session.ModeratorsOf(scene.PlanB));
        Assert.Equal([scene.PanelId], session.ModeratorsOf(scene.PlanC));
    }

    [Fact]
    public async Task ACaseworkerMember_ModeratesAnothersPlan_ThroughTheModerationPages()
    {
        var scene = await SceneAsync();
        var priya = await app.SignInAsync(DemoUsers.OtherCaseworker);

        var list = await priya.GetPageAsync("/moderation");
        Assert.Single(list.QuerySelectorAll("table.govuk-table tbody tr"));
        Assert.Equal(HttpStatusCode.OK, (await priya.GetAsync(scene.PlanUrl(scene.PlanA))).StatusCode);
        var started = await priya.PostFormAsync($"{scene.PlanUrl(scene.PlanA)}/moderation", [], formPage: scene.PlanUrl(scene.PlanA));

        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var gradingUrl = started.Headers.Location!.OriginalString;
        Assert.StartsWith("/gradings/", gradingUrl, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await priya.GetAsync($"{gradingUrl}/sections/A")).StatusCode);
    }

    [Fact]
    public async Task ACaseworkerMember_CannotModerateTheirOwnPlan()
    {
        var scene = await SceneAsync();
        var priya = await app.SignInAsync(DemoUsers.OtherCaseworker);

        Assert.Equal(HttpStatusCode.Forbidden, (await priya.GetAsync(scene.PlanUrl(scene.PlanB))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await priya.PostFormAsync($"{scene.PlanUrl(scene.PlanB)}/moderation", [], formPage: "/moderation")).StatusCode);
        Assert.Equal(0, await app.WithDatabaseAsync(db => db.Gradings.CountAsync(g => g.PanelSessionId == scene.SessionId && g.PlanId == scene.PlanB && g.GraderId == scene.PriyaId)));
    }

    [Fact]
    public async Task ACaseworkerWhoIsNoMember_ReachesNoModeration()
    {
        var scene = await SceneAsync();
        var sam = await app.SignInAsync(DemoUsers.Caseworker);

        Assert.Equal(HttpStatusCode.Forbidden, (await sam.GetAsync("/moderation")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await sam.GetAsync(scene.PlanUrl(scene.PlanB))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await sam.GetAsync($"/moderation/sessions/{scene.SessionId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await sam.GetAsync($"/panels/{scene.SessionId}")).StatusCode);
    }

    [Fact]
    public async Task ACaseworkerMember_SeesNeitherTheResultsNorTheSetUp()
    {
        var scene = await SceneAsync();
        var priya = await app.SignInAsync(DemoUsers.OtherCaseworker);

        Assert.Equal(HttpStatusCode.Forbidden, (await priya.GetAsync($"/moderation/sessions/{scene.SessionId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await priya.GetAsync($"/panels/{scene.SessionId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await priya.GetAsync("/moderation/agreement")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await priya.PostFormAsync($"{scene.PlanUrl(scene.PlanA)}/agreement", [], formPage: "/moderation")).StatusCode);
    }

    [Fact]
    public async Task ACaseworker_IsNoMemberOfAMultiAgencyPanel()
    {
        var scene = await SceneAsync();
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var sample = await app.WithDatabaseAsync(db => db.PanelSessions.Where(s => s.Id == scene.SessionId).Select(s => s.DipSampleId).SingleAsync());
        var sessionUrl = PanelScenes.SessionUrl(await PanelScenes.SetUpAsync(qaLead, sample, "MultiAgencyPanel", await PanelScenes.UserIdAsync(app, DemoUsers.QaLead)));

        var refused = await qaLead.PostFormAsync($"{sessionUrl}/members", [new("Member.UserId", scene.SamId), new("Member.Agency", string.Empty)], formPage: sessionUrl);

        Assert.Contains("Select a member from the list", await PanelScenes.ErrorSummaryAsync(refused), StringComparison.Ordinal);
    }
}
