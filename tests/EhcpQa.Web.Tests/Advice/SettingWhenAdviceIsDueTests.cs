using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Advice;

/// <summary>A QA lead sets how many weeks after the request advice is due; requests recorded afterwards take it; bad or stale settings are refused.</summary>
public sealed class SettingWhenAdviceIsDueTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task FourWeeksSet_MakesAdviceRequestedNextDueFourWeeksLater()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var policy = await qaLead.GetPageAsync("/advice/policy");

        var saved = await qaLead.PostAsync("/advice/policy", FormFields.Of(policy.QuerySelector("main form")!).With("Policy.DueWeeks", "4"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var planId = await app.Plans.DraftAsync("ADV-POLICY-1");
        var form = await qaLead.GetPageAsync($"/plans/{planId}/advice/new");
        Assert.Contains("Leave blank for 4 weeks", form.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        await qaLead.PostAsync($"/plans/{planId}/advice/new", FormFields.Of(form.QuerySelector("main form")!)
            .With("Form.Service", "EducationSetting").With("Form.RequestedOn.Day", "2").With("Form.RequestedOn.Month", "11").With("Form.RequestedOn.Year", "2026"));
        var request = await app.WithDatabaseAsync(db => db.AdviceRequests.AsNoTracking().SingleAsync(r => r.PlanId == planId));
        Assert.Equal(new DateOnly(2026, 11, 30), request.DueOn);
        var history = await qaLead.GetPageAsync("/advice/policy");
        Assert.Contains("4 weeks", history.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("7", "the law allows no more than 6")]
    [InlineData("four", "as a whole number")]
    public async Task WeeksNotAllowed_AreRefused_WithWhatWasTypedKept(string weeks, string message)
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var policy = await qaLead.GetPageAsync("/advice/policy");

        var refused = await qaLead.PostAsync("/advice/policy", FormFields.Of(policy.QuerySelector("main form")!).With("Policy.DueWeeks", weeks));

        var page = await SignedInClient.ParseAsync(refused);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(message, page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(weeks, page.QuerySelector<IHtmlInputElement>("input[name='Policy.DueWeeks']")!.Value);
    }

    [Fact]
    public async Task SettingChangedMeanwhile_IsRefused_ThenSavedOnASecondTry()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var stale = await qaLead.GetPageAsync("/advice/policy");
        var fresh = await qaLead.GetPageAsync("/advice/policy");
        await qaLead.PostAsync("/advice/policy", FormFields.Of(fresh.QuerySelector("main form")!).With("Policy.DueWeeks", "5"));

        var refused = await qaLead.PostAsync("/advice/policy", FormFields.Of(stale.QuerySelector("main form")!).With("Policy.DueWeeks", "3"));

        var page = await SignedInClient.ParseAsync(refused);
        Assert.Contains("Someone else changed when advice is due", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(5, await app.WithDatabaseAsync(async db => (await db.AdvicePolicyChanges.OrderByDescending(c => c.Id).FirstAsync()).DueWeeks));
        var again = await qaLead.PostAsync("/advice/policy", FormFields.Of(page.QuerySelector("main form")!));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(3, await app.WithDatabaseAsync(async db => (await db.AdvicePolicyChanges.OrderByDescending(c => c.Id).FirstAsync()).DueWeeks));
    }
}
