using System.Net;
using EhcpQa.Domain.Plans;

namespace EhcpQa.Web.Tests.SignOff;

/// <summary>
/// Under a policy that issues plans only at the bar but needs no second grader, a draft graded below Good
/// goes straight to a decision: the page offers only to return it, says why, and a sign-off sent anyway is
/// refused on the page, the note kept.
/// </summary>
public sealed class SignOffBelowTheBarTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task ADraftGradedBelowGood_WithoutASecondGrader_IsOfferedOnlyReturn_AndASignOffIsRefused()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var policy = await qaLead.PostAsync("/sign-off/policy", FormFields.Of(await qaLead.GetPageAsync("/sign-off/policy"))
            .With("Policy.IssueOnlyAtPassBar", "true")
            .With("Policy.SecondOpinionBelowBar", "false"));
        Assert.Equal(HttpStatusCode.Redirect, policy.StatusCode);
        var planId = await app.Plans.DraftAsync("EHC-BELOW-1");
        await SignOffJourney.SubmitDraftAsync(await app.SignInAsync(DemoUsers.Caseworker), planId);
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);
        await SignOffJourney.GradeAndSubmitAsync(manager, planId, sectionGrade: 3, overallGrade: 3);

        var page = await manager.GetPageAsync($"/sign-off/{planId}");

        Assert.Equal(["Return"], page.QuerySelectorAll("input[name='Decision.Outcome']").Select(i => i.GetAttribute("value")).ToList());
        Assert.Contains("issues a plan only when it reaches the bar", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var signOff = await SignOffJourney.DecideAsync(manager, planId, "SignOff", note: "Issue it anyway.");

        Assert.Equal(HttpStatusCode.OK, signOff.StatusCode);
        var refused = await SignedInClient.ParseAsync(signOff);
        Assert.NotNull(refused.QuerySelector(".govuk-error-summary"));
        Assert.Equal("Issue it anyway.", refused.QuerySelector("textarea[name='Decision.Note']")!.TextContent.Trim());
        Assert.Equal(PlanStage.Draft, (await new SignOffJourney(app).PlanAsync(planId)).Stage);
    }
}
