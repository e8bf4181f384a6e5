using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Surveys;

/// <summary>
/// The family answers their survey from the link without signing in: one page naming no child or plan and showing no staff
/// navigation, sent once to a thank-you page; a survey with every answer blank is refused with nothing typed lost.
/// </summary>
public sealed class FamilyAnswersBySurveyLinkTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task TheFamily_AnswersWithoutSigningIn_AndSeesTheThankYouPage()
    {
        var planId = await SurveyLinksMade.IssuedPlanAsync(app, "SRV-ANS-1");
        var path = await SurveyLinksMade.LinkAsync(await app.SignInAsync(DemoUsers.Caseworker), planId);
        var family = SurveyLinksMade.Family(app);

        var page = await family.GetPageAsync(path);
        Assert.Equal("Your views on the EHC plan", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.DoesNotContain("SRV-ANS-1", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".govuk-service-navigation"));
        Assert.Equal(5, page.QuerySelectorAll("input[name='Survey.Answers[plan.clear]']").Length);

        var response = await SurveyLinksMade.AnswerAsync(family, path, ("plan.clear", "4"), ("whole.difference", "5"), ("plan.plan-comment", "Clear and helpful."));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/survey/thanks", response.Headers.Location!.OriginalString);
        Assert.Contains("Thank you for your views", (await family.GetPageAsync("/survey/thanks")).QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var invitation = await app.WithDatabaseAsync(db => db.SurveyInvitations.AsNoTracking().SingleAsync(i => i.PlanId == planId));
        Assert.Equal(app.Clock.GetUtcNow(), invitation.AnsweredAt);
        Assert.Equal(
            [("plan", "clear", "4"), ("plan", "plan-comment", "Clear and helpful."), ("whole", "difference", "5")],
            invitation.Answers.Select(a => (a.PartCode, a.ItemCode, a.Value)).OrderBy(a => a.PartCode).ThenBy(a => a.ItemCode));
    }

    [Fact]
    public async Task EveryAnswerBlank_IsRefusedInTheErrorSummary_AndNothingIsStored()
    {
        var planId = await SurveyLinksMade.IssuedPlanAsync(app, "SRV-ANS-2");
        var path = await SurveyLinksMade.LinkAsync(await app.SignInAsync(DemoUsers.Caseworker), planId);
        var family = SurveyLinksMade.Family(app);

        var response = await SurveyLinksMade.AnswerAsync(family, path, ("plan.plan-comment", "   "));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SignedInClient.ParseAsync(response);
        Assert.Contains("Answer at least one question", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.False(await app.WithDatabaseAsync(db => db.SurveyInvitations.AnyAsync(i => i.PlanId == planId && i.AnsweredAt != null)));
    }

    [Fact]
    public async Task AnAnswerTooLong_IsRefusedBesideIt_AndEverythingTypedIsKept()
    {
        var planId = await SurveyLinksMade.IssuedPlanAsync(app, "SRV-ANS-3");
        var path = await SurveyLinksMade.LinkAsync(await app.SignInAsync(DemoUsers.Caseworker), planId);
        var family = SurveyLinksMade.Family(app);
        var tooLong = new string('x', 2001);

        var response = await SurveyLinksMade.AnswerAsync(family, path, ("plan.clear", "3"), ("plan.plan-comment", tooLong));

        var page = await SignedInClient.ParseAsync(response);
        Assert.Contains("2,000 characters or fewer", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(tooLong, page.QuerySelector<IHtmlTextAreaElement>("textarea[name='Survey.Answers[plan.plan-comment]']")!.Value);
        Assert.Equal("3", page.QuerySelector("input[name='Survey.Answers[plan.clear]'][checked]")!.GetAttribute("value"));
        Assert.False(await app.WithDatabaseAsync(db => db.SurveyInvitations.AnyAsync(i => i.PlanId == planId && i.AnsweredAt != null)));
    }
}
