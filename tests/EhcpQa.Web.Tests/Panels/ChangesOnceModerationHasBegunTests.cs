using System.Net;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Panels;

/// <summary>
/// Until a moderator starts a grading, the QA lead removes members and gives plans from one member to another; once
/// moderation has begun both are refused with the reason, and a change made from a page someone else has changed since is refused.
/// </summary>
public sealed class ChangesOnceModerationHasBegunTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task BeforeModeration_APlanIsReassigned_AndAMemberRemoved_ThenBothAreRefusedOnceAModeratorStarts()
    {
        var setup = await ModerationJourney.SessionAsync(app);
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var sessionUrl = $"/panels/{setup.SessionId}";
        var qaLeadId = await PanelScenes.UserIdAsync(app, DemoUsers.QaLead);
        await qaLead.PostFormAsync($"{sessionUrl}/members", [new("Member.UserId", qaLeadId), new("Member.Agency", "SocialCare")], formPage: sessionUrl);
        await qaLead.PostFormAsync($"{sessionUrl}/members", [new("Member.UserId", setup.ChairId), new("Member.Agency", "EducationSetting")], formPage: sessionUrl);

        var reassigned = await ReassignAsync(qaLead, sessionUrl, setup.PlanIds[0], setup.PanelMemberId, qaLeadId);
        var removed = await RemoveAsync(qaLead, sessionUrl, setup.ChairId);

        Assert.Equal(HttpStatusCode.Redirect, reassigned.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var session = await SessionAsync(setup.SessionId);
        Assert.Equal(new[] { setup.OtherManagerId, qaLeadId }.Order(), session.ModeratorsOf(setup.PlanIds[0]).Order());
        Assert.Null(session.AgencyOf(setup.ChairId));

        await qaLead.PostFormAsync($"{sessionUrl}/members", [new("Member.UserId", setup.ChairId), new("Member.Agency", "EducationSetting")], formPage: sessionUrl);
        var openedBeforeModerationStarted = await PanelScenes.TokenAsync(qaLead, sessionUrl);
        var panel = await app.SignInAsync(DemoUsers.PanelMember);
        await ModerationJourney.StartModerationAsync(panel, setup, setup.PlanIds[1]);

        var reassignRefused = await ReassignAsync(qaLead, sessionUrl, setup.PlanIds[1], setup.OtherManagerId, qaLeadId, openedBeforeModerationStarted);
        Assert.Contains("Moderation has started in this session, so plans can no longer be reassigned", await PanelScenes.ErrorSummaryAsync(reassignRefused), StringComparison.Ordinal);
        var removeRefused = await RemoveAsync(qaLead, sessionUrl, setup.ChairId, openedBeforeModerationStarted);
        Assert.Contains("Moderation has started in this session, so members can no longer be removed", await PanelScenes.ErrorSummaryAsync(removeRefused), StringComparison.Ordinal);
        session = await SessionAsync(setup.SessionId);
        Assert.Contains(setup.OtherManagerId, session.ModeratorsOf(setup.PlanIds[1]));
        Assert.NotNull(session.AgencyOf(setup.ChairId));
        var page = await qaLead.GetPageAsync(sessionUrl);
        Assert.Null(page.QuerySelector("form[action$='/assignments/reassign']"));
    }

    [Fact]
    public async Task AChangeFromAPageSomeoneElseHasChangedSince_IsRefused()
    {
        var setup = await ModerationJourney.SessionAsync(app, seed: 9);
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var sessionUrl = $"/panels/{setup.SessionId}";
        var qaLeadId = await PanelScenes.UserIdAsync(app, DemoUsers.QaLead);
        await qaLead.PostFormAsync($"{sessionUrl}/members", [new("Member.UserId", qaLeadId), new("Member.Agency", "SocialCare")], formPage: sessionUrl);
        var stale = await PanelScenes.TokenAsync(qaLead, sessionUrl);
        Assert.Equal(HttpStatusCode.Redirect, (await ReassignAsync(qaLead, sessionUrl, setup.PlanIds[0], setup.PanelMemberId, qaLeadId)).StatusCode);

        var refused = await ReassignAsync(qaLead, sessionUrl, setup.PlanIds[1], setup.PanelMemberId, qaLeadId, stale);

        Assert.Contains("Someone else changed this session while you were looking at it", await PanelScenes.ErrorSummaryAsync(refused), StringComparison.Ordinal);
        Assert.Contains(setup.PanelMemberId, (await SessionAsync(setup.SessionId)).ModeratorsOf(setup.PlanIds[1]));
    }

    [Fact]
    public async Task AnAssignmentNotOnTheList_IsAnErrorOnThePage_NeverAFailure()
    {
        var setup = await ModerationJourney.SessionAsync(app, seed: 13);
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var sessionUrl = $"/panels/{setup.SessionId}";

        var response = await qaLead.PostFormAsync($"{sessionUrl}/assignments/reassign",
            [new("Reassign.Assignment", "not-a-plan"), new("Reassign.ToId", "nobody"), new("Reassign.ConcurrencyToken", await PanelScenes.TokenAsync(qaLead, sessionUrl))], formPage: sessionUrl);

        Assert.Contains("Select a plan and the member who has it from the list", await PanelScenes.ErrorSummaryAsync(response), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> ReassignAsync(SignedInClient qaLead, string sessionUrl, int planId, string fromId, string toId, string? token = null) =>
        await qaLead.PostFormAsync($"{sessionUrl}/assignments/reassign",
            [new("Reassign.Assignment", $"{planId}:{fromId}"), new("Reassign.ToId", toId), new("Reassign.ConcurrencyToken", token ?? await PanelScenes.TokenAsync(qaLead, sessionUrl))], formPage: sessionUrl);

    private static async Task<HttpResponseMessage> RemoveAsync(SignedInClient qaLead, string sessionUrl, string userId, string? token = null) =>
        await qaLead.PostFormAsync($"{sessionUrl}/members/remove",
            [new("UserId", userId), new("ConcurrencyToken", token ?? await PanelScenes.TokenAsync(qaLead, sessionUrl))], formPage: sessionUrl);

    private Task<Domain.Moderation.PanelSession> SessionAsync(int id) =>
        app.WithDatabaseAsync(db => db.PanelSessions.AsNoTracking().SingleAsync(s => s.Id == id));
}
