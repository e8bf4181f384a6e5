using System.Net;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Panels;

/// <summary>
/// A QA lead chooses whether a session shows its moderators the plans' advice: off unless the box is ticked when the session
/// is planned, and changed on the session's page; a change from a page out of date is refused.
/// </summary>
public sealed class SessionShowingAdviceTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task SessionPlannedWithTheBoxTicked_ShowsAdvice_AndOneWithoutItDoesNot()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var form = await qaLead.GetPageAsync("/panels/new");
        Assert.NotNull(form.QuerySelector("input[type='checkbox'][name='Form.ShowsAdvice']"));
        Assert.Contains("Show panel members the plan's advice", form.QuerySelector("label[for='Form_ShowsAdvice']")!.TextContent, StringComparison.Ordinal);

        var showing = await ModerationJourney.SessionAsync(app, showsAdvice: true);
        var notShowing = await ModerationJourney.SessionAsync(app, seed: 6);

        Assert.True(await ShowsAdviceAsync(showing.SessionId));
        Assert.False(await ShowsAdviceAsync(notShowing.SessionId));
        var page = await qaLead.GetPageAsync($"/panels/{showing.SessionId}");
        Assert.Contains("Shown to panel members", page.QuerySelector(".govuk-summary-list")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QaLead_ChangesItOnTheSessionsPage_AndAChangeFromAPageOutOfDateIsRefused()
    {
        var setup = await ModerationJourney.SessionAsync(app, seed: 8);
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var sessionUrl = $"/panels/{setup.SessionId}";
        var token = await PanelScenes.TokenAsync(qaLead, sessionUrl);

        var shown = await qaLead.PostFormAsync($"{sessionUrl}/advice", [new("ShowsAdvice", "true"), new("ConcurrencyToken", token)], formPage: sessionUrl);

        Assert.Equal(HttpStatusCode.Redirect, shown.StatusCode);
        Assert.True(await ShowsAdviceAsync(setup.SessionId));
        var changed = await app.WithDatabaseAsync(db => db.PanelSessions.AsNoTracking().Where(s => s.Id == setup.SessionId)
            .Select(s => new { s.AdviceSettingChangedById, s.AdviceSettingChangedAt }).SingleAsync());
        Assert.Equal(await app.WithDatabaseAsync(db => db.Users.Where(u => u.Email == DemoUsers.QaLead).Select(u => u.Id).SingleAsync()), changed.AdviceSettingChangedById);
        Assert.Equal(app.Clock.GetUtcNow(), changed.AdviceSettingChangedAt);
        var again = await qaLead.PostFormAsync($"{sessionUrl}/advice", [new("ShowsAdvice", "true"), new("ConcurrencyToken", token)], formPage: sessionUrl);
        Assert.Contains("already shows panel members", await PanelScenes.ErrorSummaryAsync(again), StringComparison.Ordinal);

        var stopped = await qaLead.PostFormAsync($"{sessionUrl}/advice", [new("ShowsAdvice", "false"), new("ConcurrencyToken", token)], formPage: sessionUrl);
        Assert.Contains("Someone else changed this session", await PanelScenes.ErrorSummaryAsync(stopped), StringComparison.Ordinal);
        Assert.True(await ShowsAdviceAsync(setup.SessionId));

        var current = await PanelScenes.TokenAsync(qaLead, sessionUrl);
        var stoppedNow = await qaLead.PostFormAsync($"{sessionUrl}/advice", [new("ShowsAdvice", "false"), new("ConcurrencyToken", current)], formPage: sessionUrl);
        Assert.Equal(HttpStatusCode.Redirect, stoppedNow.StatusCode);
        Assert.False(await ShowsAdviceAsync(setup.SessionId));
    }

    [Fact]
    public async Task PanelMember_CannotChangeIt()
    {
        var setup = await ModerationJourney.SessionAsync(app, seed: 9);
        var panel = await app.SignInAsync(DemoUsers.PanelMember);

        var response = await panel.PostFormAsync($"/panels/{setup.SessionId}/advice", [new("ShowsAdvice", "true")], formPage: "/moderation");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await ShowsAdviceAsync(setup.SessionId));
    }

    private Task<bool> ShowsAdviceAsync(int sessionId) =>
        app.WithDatabaseAsync(db => db.PanelSessions.Where(s => s.Id == sessionId).Select(s => s.ShowsAdvice).SingleAsync());
}
