using AngleSharp.Html.Dom;

namespace EhcpQa.Web.Tests.SignOff;

/// <summary>
/// The sign-off page says where a draft's grading stands: "Not graded yet" only before anyone has graded it;
/// once graded below Good it says a second opinion and an agreed grade are awaited (without telling the
/// second grader the first grade), and once agreed it gives the grade the decision rests on.
/// </summary>
public sealed class SignOffGradingStateTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    private const string GradeTheDecisionRestsOn = "Grade the decision rests on";

    [Fact]
    public async Task ADraftNobodyHasGraded_ReadsNotGradedYet()
    {
        var planId = await app.Plans.DraftAsync("EHC-STATE-1");
        await SignOffJourney.SubmitDraftAsync(await app.SignInAsync(DemoUsers.Caseworker), planId);

        var page = await (await app.SignInAsync(DemoUsers.LocalityManager)).GetPageAsync($"/sign-off/{planId}");

        Assert.Equal("Not graded yet", Row(page, GradeTheDecisionRestsOn));
    }

    [Fact]
    public async Task ADraftGradedBelowGood_AwaitingASecondOpinion_ReadsAsGraded_WithoutTellingTheSecondGraderTheGrade()
    {
        var planId = await app.Plans.DraftAsync("EHC-STATE-2");
        await SignOffJourney.SubmitDraftAsync(await app.SignInAsync(DemoUsers.Caseworker), planId);
        await SignOffJourney.GradeAndSubmitAsync(await app.SignInAsync(DemoUsers.LocalityManager), planId, sectionGrade: 3, overallGrade: 3);

        var firstGrader = Row(await (await app.SignInAsync(DemoUsers.LocalityManager)).GetPageAsync($"/sign-off/{planId}"), GradeTheDecisionRestsOn);
        var secondGrader = Row(await (await app.SignInAsync(DemoUsers.QaLead)).GetPageAsync($"/sign-off/{planId}"), GradeTheDecisionRestsOn);

        foreach (var state in new[] { firstGrader, secondGrader })
        {
            Assert.DoesNotContain("Not graded yet", state, StringComparison.Ordinal);
            Assert.Contains("second opinion", state, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Requires improvement", secondGrader, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADraftWithBothGradingsIn_ReadsAsAwaitingTheAgreedGrade()
    {
        var planId = await app.Plans.DraftAsync("EHC-STATE-3");
        await SignOffJourney.SubmitDraftAsync(await app.SignInAsync(DemoUsers.Caseworker), planId);
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);
        await SignOffJourney.GradeAndSubmitAsync(manager, planId, sectionGrade: 3, overallGrade: 3);
        await SignOffJourney.GradeAndSubmitAsync(await app.SignInAsync(DemoUsers.QaLead), planId, sectionGrade: 3, overallGrade: 3);

        var state = Row(await manager.GetPageAsync($"/sign-off/{planId}"), GradeTheDecisionRestsOn);

        Assert.DoesNotContain("Not graded yet", state, StringComparison.Ordinal);
        Assert.Contains("agree", state, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADraftWithAnAgreedGrade_ReadsTheAgreedGrade()
    {
        var planId = await app.Plans.DraftAsync("EHC-STATE-4");
        await SignOffJourney.SubmitDraftAsync(await app.SignInAsync(DemoUsers.Caseworker), planId);
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);
        await SignOffJourney.GradeAndSubmitAsync(manager, planId, sectionGrade: 3, overallGrade: 3);
        await SignOffJourney.GradeAndSubmitAsync(await app.SignInAsync(DemoUsers.QaLead), planId, sectionGrade: 3, overallGrade: 3);
        await SignOffJourney.GradeAndSubmitAsync(manager, planId, sectionGrade: 3, overallGrade: 3);

        var page = await manager.GetPageAsync($"/sign-off/{planId}");

        Assert.Equal("3 Requires improvement", Row(page, GradeTheDecisionRestsOn));
    }

    private static string Row(IHtmlDocument page, string key) =>
        page.QuerySelectorAll(".govuk-summary-list__row")
            .Single(r => r.QuerySelector(".govuk-summary-list__key")!.TextContent.Trim() == key)
            .QuerySelector(".govuk-summary-list__value")!.TextContent.Trim();
}
