using System.Net;
using EhcpQa.Domain.Families;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Surveys;

/// <summary>
/// A caseworker makes a survey link on an issued plan's page: the link is shown once and only its hash is kept; a plan with
/// no issued version, a young person under 11 and another caseworker's plan are refused.
/// </summary>
public sealed class CreatingASurveyLinkTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task OnAnIssuedPlan_TheLinkIsShownOnce_AndOnlyItsHashIsKept()
    {
        var planId = await SurveyLinksMade.IssuedPlanAsync(app, "SRV-NEW-1");
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);

        var path = await SurveyLinksMade.LinkAsync(caseworker, planId);

        var token = path["/survey/".Length..];
        Assert.Equal(43, token.Length);
        var invitation = await app.WithDatabaseAsync(db => db.SurveyInvitations.AsNoTracking().SingleAsync(i => i.PlanId == planId));
        Assert.Equal(SurveyInvitation.HashOf(token), invitation.TokenHash);
        Assert.Equal((SurveyRespondent.ParentOrCarer, SurveyOccasion.PlanIssued), (invitation.Respondent, invitation.Occasion));
        Assert.Equal(app.Clock.GetUtcNow().AddDays(SurveyPolicy.DefaultValidDays), invitation.ExpiresAt);
        var plan = await caseworker.GetPageAsync($"/plans/{planId}");
        Assert.DoesNotContain(token, plan.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Contains("Parent or carer", plan.QuerySelector("#surveys + table")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(token, app.ReadLog(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANewLinkForTheSamePerson_StopsTheEarlierOneWorking()
    {
        var planId = await SurveyLinksMade.IssuedPlanAsync(app, "SRV-NEW-2");
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        var first = await SurveyLinksMade.LinkAsync(caseworker, planId);

        await SurveyLinksMade.LinkAsync(caseworker, planId);

        Assert.Equal(HttpStatusCode.Gone, (await SurveyLinksMade.Family(app).GetAsync(first)).StatusCode);
    }

    [Fact]
    public async Task APlanWithNoIssuedVersion_SaysSo_AndOffersNoForm()
    {
        var planId = await app.Plans.DraftAsync("SRV-NEW-3");
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);

        var page = await caseworker.GetPageAsync($"/plans/{planId}/surveys/new");

        Assert.Contains("has no issued version", page.QuerySelector(".govuk-inset-text")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("main form"));
    }

    [Fact]
    public async Task AYoungPersonUnder11_IsRefusedBesideTheChoice_AndNothingIsKept()
    {
        var planId = await SurveyLinksMade.IssuedPlanAsync(app, "SRV-NEW-4");
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        var form = await caseworker.GetPageAsync($"/plans/{planId}/surveys/new");

        var response = await caseworker.PostAsync($"/plans/{planId}/surveys/new", FormFields.Of(form.QuerySelector("main form")!)
            .With("Form.Respondent", "YoungPerson").With("Form.Occasion", "PlanIssued"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SignedInClient.ParseAsync(response);
        Assert.Contains("must be 11 or over", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("YoungPerson", page.QuerySelector("input[name='Form.Respondent'][checked]")!.GetAttribute("value"));
        Assert.False(await app.WithDatabaseAsync(db => db.SurveyInvitations.AnyAsync(i => i.PlanId == planId)));
    }

    [Fact]
    public async Task AnotherCaseworkersPlan_IsRefused_AndAnUnknownPlanIsNotFound()
    {
        var planId = await SurveyLinksMade.IssuedPlanAsync(app, "SRV-NEW-5", caseworker: DemoUsers.OtherCaseworker);
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);

        Assert.Equal(HttpStatusCode.Forbidden, (await caseworker.GetAsync($"/plans/{planId}/surveys/new")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caseworker.GetAsync("/plans/999999/surveys/new")).StatusCode);
    }
}
