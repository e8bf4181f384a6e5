using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using EhcpQa.Domain;
using EhcpQa.Domain.Advice;
using EhcpQa.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Advice;

/// <summary>
/// A caseworker records the advice requested for their plan from its page: from whom, when, and due by the authority's
/// default unless they give a date; bad input is refused beside each field with nothing typed lost; another caseworker's
/// plan is refused.
/// </summary>
public sealed class RecordingAdviceRequestedTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    private DateOnly Today => ServiceCalendar.DateOf(app.Clock.GetUtcNow());

    [Fact]
    public async Task RequestRecorded_IsDueSixWeeksLater_AndListedOnThePlansPage()
    {
        var planId = await app.Plans.DraftAsync("ADV-REQ-1");
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        var form = await caseworker.GetPageAsync($"/plans/{planId}/advice/new");

        var response = await caseworker.PostAsync($"/plans/{planId}/advice/new", FormFields.Of(form.QuerySelector("main form")!)
            .With("Form.Service", "SpeechAndLanguageTherapy")
            .With("Form.RequestedOn.Day", "2").With("Form.RequestedOn.Month", "11").With("Form.RequestedOn.Year", "2026"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var request = await app.WithDatabaseAsync(db => db.AdviceRequests.AsNoTracking().SingleAsync(r => r.PlanId == planId));
        Assert.Equal((AdviceService.SpeechAndLanguageTherapy, Agency.Health, AdviceOccasion.NewAssessment), (request.Service, request.Agency, request.Occasion));
        Assert.Equal((new DateOnly(2026, 11, 2), new DateOnly(2026, 12, 14), (DateOnly?)null), (request.RequestedOn, request.DueOn, request.ReceivedOn));
        var plan = await caseworker.GetPageAsync($"/plans/{planId}");
        var advice = plan.QuerySelector("#advice + table")!.TextContent;
        Assert.Contains("Speech and language therapy", advice, StringComparison.Ordinal);
        Assert.Contains("14 Dec 2026", advice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherServiceWithItsOwnDueDate_KeepsItsNameAgencyAndDate()
    {
        var planId = await app.Plans.DraftAsync("ADV-REQ-2");
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);
        var form = await manager.GetPageAsync($"/plans/{planId}/advice/new");

        await manager.PostAsync($"/plans/{planId}/advice/new", FormFields.Of(form.QuerySelector("main form")!)
            .With("Form.Occasion", "AnnualReview").With("Form.Service", "Other").With("Form.ServiceName", "Sensory support service").With("Form.Agency", "EducationSetting")
            .With("Form.DueOn.Day", "20").With("Form.DueOn.Month", "12").With("Form.DueOn.Year", "2026"));

        var request = await app.WithDatabaseAsync(db => db.AdviceRequests.AsNoTracking().SingleAsync(r => r.PlanId == planId));
        Assert.Equal(("Sensory support service", Agency.EducationSetting, AdviceOccasion.AnnualReview), (request.ServiceWords, request.Agency, request.Occasion));
        Assert.Equal((Today, new DateOnly(2026, 12, 20)), (request.RequestedOn, request.DueOn));
    }

    [Fact]
    public async Task DatesOutOfOrderAndNoService_AreRefusedBesideEachField_AndNothingTypedIsLost()
    {
        var planId = await app.Plans.DraftAsync("ADV-REQ-3");
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        var form = await caseworker.GetPageAsync($"/plans/{planId}/advice/new");

        var response = await caseworker.PostAsync($"/plans/{planId}/advice/new", FormFields.Of(form.QuerySelector("main form")!)
            .With("Form.RequestedOn.Day", "10").With("Form.RequestedOn.Month", "11").With("Form.RequestedOn.Year", "2026")
            .With("Form.DueOn.Day", "9").With("Form.DueOn.Month", "11").With("Form.DueOn.Year", "2026"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SignedInClient.ParseAsync(response);
        var summary = page.QuerySelector(".govuk-error-summary")!;
        Assert.Contains("Select the service the advice is requested from", summary.TextContent, StringComparison.Ordinal);
        Assert.NotNull(summary.QuerySelector("a[href*='DueOn']"));
        Assert.Contains("The date the advice is due must be after the date it was requested", summary.TextContent, StringComparison.Ordinal);
        Assert.Equal("9", page.QuerySelector<IHtmlInputElement>("input[name='Form.DueOn.Day']")!.Value);
        Assert.Equal("10", page.QuerySelector<IHtmlInputElement>("input[name='Form.RequestedOn.Day']")!.Value);
        Assert.False(await app.WithDatabaseAsync(db => db.AdviceRequests.AnyAsync(r => r.PlanId == planId)));
    }

    [Fact]
    public async Task DateNotReal_IsRefusedAsTheDateInputSays()
    {
        var planId = await app.Plans.DraftAsync("ADV-REQ-4");
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        var form = await caseworker.GetPageAsync($"/plans/{planId}/advice/new");

        var response = await caseworker.PostAsync($"/plans/{planId}/advice/new", FormFields.Of(form.QuerySelector("main form")!)
            .With("Form.Service", "SocialCare").With("Form.RequestedOn.Day", "31").With("Form.RequestedOn.Month", "2"));

        var page = await SignedInClient.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(page.QuerySelectorAll(".govuk-error-summary__list li"));
        Assert.Equal("31", page.QuerySelector<IHtmlInputElement>("input[name='Form.RequestedOn.Day']")!.Value);
    }

    [Fact]
    public async Task AnotherCaseworkersPlan_IsRefused()
    {
        var planId = await app.Plans.DraftAsync("ADV-REQ-5", caseworker: DemoUsers.OtherCaseworker);
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);

        Assert.Equal(HttpStatusCode.Forbidden, (await caseworker.GetAsync($"/plans/{planId}/advice/new")).StatusCode);
        var agencyLead = await app.SignInAsync(DemoUsers.AgencyLead);
        Assert.Equal(HttpStatusCode.Forbidden, (await agencyLead.GetAsync($"/plans/{planId}/advice/new")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caseworker.GetAsync("/plans/999999/advice/new")).StatusCode);
    }
}
