using System.Net;

namespace EhcpQa.Web.Tests.Surveys;

/// <summary>
/// The family's answers show on the plan's page, beside the grade it was issued at, to whoever may change its record and to
/// QA leads; panel members, agency leads and board members never see them.
/// </summary>
public sealed class SurveyAnswersOnThePlanPageTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    private async Task<int> AnsweredPlanAsync(string reference)
    {
        var planId = await SurveyLinksMade.IssuedPlanAsync(app, reference);
        var path = await SurveyLinksMade.LinkAsync(await app.SignInAsync(DemoUsers.Caseworker), planId);
        await SurveyLinksMade.AnswerAsync(SurveyLinksMade.Family(app), path, ("plan.clear", "2"), ("plan.plan-comment", "The provision section was hard to follow."));
        return planId;
    }

    [Theory]
    [InlineData(DemoUsers.Caseworker)]
    [InlineData(DemoUsers.QaLead)]
    public async Task TheAnswers_ShowOnThePlanPage_BesideTheProfessionalGrade(string email)
    {
        var planId = await AnsweredPlanAsync($"SRV-PAGE-{email[..4]}");
        var staff = await app.SignInAsync(email);

        var page = await staff.GetPageAsync($"/plans/{planId}");

        var answers = page.QuerySelector("h3[id^='survey-'] + dl")!.TextContent;
        Assert.Contains("2 A little", answers, StringComparison.Ordinal);
        Assert.Contains("The provision section was hard to follow.", answers, StringComparison.Ordinal);
        Assert.Contains("Good", answers, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DemoUsers.PanelMember)]
    [InlineData(DemoUsers.AgencyLead)]
    [InlineData(DemoUsers.BoardMember)]
    public async Task OthersRoles_CannotSeeTheAnswersOrMakeLinks(string email)
    {
        var planId = await AnsweredPlanAsync($"SRV-PAGE-{email[..5]}");
        var other = await app.SignInAsync(email);

        var plan = await other.GetAsync($"/plans/{planId}");
        var create = await other.GetAsync($"/plans/{planId}/surveys/new");

        Assert.Equal(HttpStatusCode.Forbidden, plan.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.DoesNotContain("hard to follow", await plan.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
