using System.Net;
using EhcpQa.Domain.Moderation;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Learning;

/// <summary>An action is marked done only with a note of what was done; who closed it and when are kept.</summary>
public sealed class CloseActionTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task Post_DoneWithoutANote_ShowsTheErrorSummary_AndKeepsWhatWasTyped()
    {
        var sessionId = await LearningSessions.CreateAsync(app);
        var actionId = await LearningSessions.RaiseActionAsync(app, sessionId, "Refresh the Section F guidance", new DateOnly(2026, 12, 31));
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var url = $"/actions/{actionId}";
        var fields = FormFields.Of(LearningSessions.EditForm(await qaLead.GetPageAsync(url)))
            .With("Form.Description", "Refresh the Section F guidance with examples")
            .With("Form.Status", "Done")
            .With("Form.ClosingNote", "   ");

        var response = await qaLead.PostAsync(url, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SignedInClient.ParseAsync(response);
        Assert.Contains("Enter what was done, to mark the action as done", LearningSessions.ErrorSummary(page), StringComparison.Ordinal);
        Assert.Equal("#Form_ClosingNote", page.QuerySelector(".govuk-error-summary a")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector(".govuk-form-group--error textarea[name='Form.ClosingNote']"));
        Assert.Contains("Refresh the Section F guidance with examples", page.QuerySelector("textarea[name='Form.Description']")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("input[name='Form.Status'][value='Done'][checked]"));
        var action = await LearningSessions.ActionAsync(app, actionId);
        Assert.Equal((ActionStatus.Open, "Refresh the Section F guidance"), (action.Status, action.Description));
    }

    [Fact]
    public async Task Post_DoneWithANote_ClosesTheAction_RecordingWhoWhenAndWhat()
    {
        var sessionId = await LearningSessions.CreateAsync(app);
        var actionId = await LearningSessions.RaiseActionAsync(app, sessionId, "Brief health colleagues on Section C", new DateOnly(2026, 12, 31), ActionStatus.InProgress);
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var url = $"/actions/{actionId}";
        var fields = FormFields.Of(LearningSessions.EditForm(await qaLead.GetPageAsync(url))).With("Form.Status", "Done").With("Form.ClosingNote", "Briefing given to the DCO's team on 20 November");

        var response = await qaLead.PostAsync(url, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var action = await app.WithDatabaseAsync(db => db.ImprovementActions.AsNoTracking().SingleAsync(a => a.Id == actionId));
        Assert.Equal(ActionStatus.Done, action.Status);
        Assert.Equal("Briefing given to the DCO's team on 20 November", action.ClosingNote);
        Assert.Equal(FixedClock.Default, action.ClosedAt);
        var qaLeadId = await app.WithDatabaseAsync(db => db.Users.Where(u => u.Email == DemoUsers.QaLead).Select(u => u.Id).SingleAsync());
        Assert.Equal(qaLeadId, action.ClosedById);
        Assert.Equal(ActionChangeKind.Closed, action.History[^1].Kind);

        var page = await qaLead.GetPageAsync(url);
        Assert.Contains("The action has been marked as done", page.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Marked as done: Briefing given", page.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ToInProgress_RecordsTheStatusChange()
    {
        var sessionId = await LearningSessions.CreateAsync(app);
        var actionId = await LearningSessions.RaiseActionAsync(app, sessionId, "Update the parent leaflet", new DateOnly(2026, 12, 31));
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var url = $"/actions/{actionId}";

        var response = await qaLead.PostAsync(url, FormFields.Of(LearningSessions.EditForm(await qaLead.GetPageAsync(url))).With("Form.Status", "InProgress"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var action = await LearningSessions.ActionAsync(app, actionId);
        Assert.Equal(ActionStatus.InProgress, action.Status);
        Assert.Equal(ActionChangeKind.StatusChanged, action.History[^1].Kind);
    }
}
