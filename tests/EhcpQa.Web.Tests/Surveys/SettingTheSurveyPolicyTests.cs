using System.Net;
using EhcpQa.Domain.Families;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Surveys;

/// <summary>
/// The QA lead sets how many days survey links stay valid and turns on easy read for young people: a young person's link
/// then shows each question's plain wording; a number of days out of bounds is refused with what was typed kept.
/// </summary>
public sealed class SettingTheSurveyPolicyTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task EasyReadAndFourteenDays_ApplyToTheYoungPersonsNextLink()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var form = await qaLead.GetPageAsync("/surveys/policy");
        var saved = await qaLead.PostAsync("/surveys/policy", FormFields.Of(form.QuerySelector("main form")!)
            .With("Policy.ValidDays", "14").With("Policy.EasyReadForYoungPeople", "true"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var planId = await SurveyLinksMade.IssuedPlanAsync(app, "SRV-POL-1", bornOn: new DateOnly(2012, 5, 1));

        var path = await SurveyLinksMade.LinkAsync(await app.SignInAsync(DemoUsers.Caseworker), planId, "YoungPerson");

        var invitation = await app.WithDatabaseAsync(db => db.SurveyInvitations.AsNoTracking().SingleAsync(i => i.PlanId == planId));
        Assert.Equal((SurveyRespondent.YoungPerson, app.Clock.GetUtcNow().AddDays(14)), (invitation.Respondent, invitation.ExpiresAt));
        var page = await SurveyLinksMade.Family(app).GetPageAsync(path);
        Assert.NotNull(page.QuerySelector(".app-easy-read"));
        Assert.Contains("I can understand my plan.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 Not at all", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DaysOutOfBounds_AreRefused_WithWhatWasTypedKept()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var form = await qaLead.GetPageAsync("/surveys/policy");

        var response = await qaLead.PostAsync("/surveys/policy", FormFields.Of(form.QuerySelector("main form")!).With("Policy.ValidDays", "91"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SignedInClient.ParseAsync(response);
        Assert.Contains("between 7 and 90 days", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("91", page.QuerySelector("input[name='Policy.ValidDays']")!.GetAttribute("value"));
    }
}
