using System.Net;
using EhcpQa.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.SignOff;

/// <summary>
/// A QA lead sets a draft-stage sample on the sign-off policy page (1 in K drafts to a second grader, whatever their
/// grade); a draft the sample draws waits for a second opinion even when graded Good.
/// </summary>
public sealed class DraftStageSampleTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    private readonly SignOffJourney _journey = new(app);

    [Fact]
    public async Task EveryDraftDrawn_ADraftGradedGood_WaitsForASecondOpinion_AndTheSettingIsListed()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var saved = await qaLead.PostAsync("/sign-off/policy", FormFields.Of(await qaLead.GetPageAsync("/sign-off/policy"))
            .With("Policy.SecondGraderOneIn", "1"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("1 in 1", (await qaLead.GetPageAsync("/sign-off/policy")).QuerySelector("tbody tr")!.TextContent, StringComparison.Ordinal);

        var planId = await app.Plans.DraftAsync("EHC-DRAWN-1");
        await SignOffJourney.SubmitDraftAsync(await app.SignInAsync(DemoUsers.Caseworker), planId);
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);
        await SignOffJourney.GradeAndSubmitAsync(manager, planId, sectionGrade: 2, overallGrade: 2);

        Assert.Equal(DraftStatus.AwaitingSecondOpinion, (await _journey.CurrentVersionAsync(planId)).Status);
        var page = await manager.GetPageAsync($"/sign-off/{planId}");
        Assert.Contains("drawn in the authority", page.QuerySelector(".govuk-inset-text")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 in 1", (await qaLead.GetPageAsync("/sign-off/policy")).Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Every draft also goes to a second grader", (await manager.GetPageAsync("/sign-off")).Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("one in five")]
    [InlineData("-3")]
    [InlineData("101")]
    [InlineData("2.5")]
    public async Task AShareThatIsNotAWholeNumberFromOneToAHundred_IsRefused_AndWhatWasTypedKept(string typed)
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var count = await app.WithDatabaseAsync(db => db.SignOffPolicyChanges.CountAsync());

        var refused = await SignedInClient.ParseAsync(await qaLead.PostAsync("/sign-off/policy", FormFields.Of(await qaLead.GetPageAsync("/sign-off/policy"))
            .With("Policy.SecondGraderOneIn", typed)));

        Assert.Contains("whole number from 1 to 100", refused.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(typed, refused.QuerySelector("input[name='Policy.SecondGraderOneIn']")!.GetAttribute("value"));
        Assert.Equal(count, await app.WithDatabaseAsync(db => db.SignOffPolicyChanges.CountAsync()));
    }
}
