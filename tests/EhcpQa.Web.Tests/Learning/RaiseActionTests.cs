using System.Net;
using EhcpQa.Domain.Moderation;
using EhcpQa.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Learning;

/// <summary>A QA lead raises an action from a session: it belongs to the session and appears in the one list of all actions.</summary>
public sealed class RaiseActionTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task Post_RaisesAnOpenActionOfTheSession_ShownOnTheSessionAndInTheListOfAllActions()
    {
        var sessionId = await LearningSessions.CreateAsync(app);
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var url = $"/panels/{sessionId}/learning";

        var response = await qaLead.PostFormAsync($"{url}/actions",
            [new("NewAction.Description", "Workshop for caseworkers on quantifying Section F"), new("NewAction.OwnerAgency", "SendTeam"), new("NewAction.Owner", "Jo Patel"),
             new("NewAction.DueOn.Day", "31"), new("NewAction.DueOn.Month", "1"), new("NewAction.DueOn.Year", "2027")], formPage: url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var action = await app.WithDatabaseAsync(db => db.ImprovementActions.AsNoTracking().SingleAsync(a => a.PanelSessionId == sessionId));
        Assert.Equal((ActionStatus.Open, Agency.SendTeam, "Jo Patel", new DateOnly(2027, 1, 31)), (action.Status, action.OwnerAgency, action.Owner, action.DueOn));
        Assert.Equal(FixedClock.Default, action.RaisedAt);
        Assert.Contains("Workshop for caseworkers", (await qaLead.GetPageAsync(url)).QuerySelector("#actions ~ table")!.TextContent, StringComparison.Ordinal);
        var list = await qaLead.GetPageAsync("/actions");
        var link = list.QuerySelectorAll("table a").Single(a => a.GetAttribute("href") == $"/actions/{action.Id}");
        Assert.Equal("Workshop for caseworkers on quantifying Section F", link.TextContent);
    }

    [Fact]
    public async Task Post_DueBeforeTheSession_IsRefusedWithTheErrorSummary_AndKeepsWhatWasTyped()
    {
        var sessionId = await LearningSessions.CreateAsync(app, new DateOnly(2026, 11, 1));
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var url = $"/panels/{sessionId}/learning";

        var response = await qaLead.PostFormAsync($"{url}/actions",
            [new("NewAction.Description", "Audit Section I on drafts"), new("NewAction.OwnerAgency", "SendTeam"), new("NewAction.Owner", "Jo Patel"),
             new("NewAction.DueOn.Day", "31"), new("NewAction.DueOn.Month", "10"), new("NewAction.DueOn.Year", "2026")], formPage: url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SignedInClient.ParseAsync(response);
        Assert.Contains("The due date must be on or after the date of the session", LearningSessions.ErrorSummary(page), StringComparison.Ordinal);
        Assert.Equal("#NewAction_DueOn_Day", page.QuerySelector(".govuk-error-summary a")!.GetAttribute("href"));
        Assert.Contains("Audit Section I on drafts", page.QuerySelector("textarea[name='NewAction.Description']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("10", page.QuerySelector("input[name='NewAction.DueOn.Month']")!.GetAttribute("value"));
        Assert.False(await app.WithDatabaseAsync(db => db.ImprovementActions.AnyAsync(a => a.PanelSessionId == sessionId)));
    }

    [Fact]
    public async Task Post_WithAnUnrealDateAndNoOwner_ShowsEachProblem()
    {
        var sessionId = await LearningSessions.CreateAsync(app);
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var url = $"/panels/{sessionId}/learning";

        var response = await qaLead.PostFormAsync($"{url}/actions",
            [new("NewAction.Description", "Share good examples of Section A"), new("NewAction.OwnerAgency", ""), new("NewAction.Owner", ""),
             new("NewAction.DueOn.Day", "30"), new("NewAction.DueOn.Month", "2"), new("NewAction.DueOn.Year", "2027")], formPage: url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = LearningSessions.ErrorSummary(await SignedInClient.ParseAsync(response));
        Assert.Contains("Select the agency that owns the action", summary, StringComparison.Ordinal);
        Assert.Contains("Enter the name of the person who owns the action", summary, StringComparison.Ordinal);
        Assert.Contains("Due date must be a real date", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("on or after", summary, StringComparison.Ordinal);
    }
}
