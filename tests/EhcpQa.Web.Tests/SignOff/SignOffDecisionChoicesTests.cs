namespace EhcpQa.Web.Tests.SignOff;

/// <summary>The decision page offers only what the sign-off policy allows.</summary>
public sealed class SignOffDecisionChoicesTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task ADraftAgreedBelowGood_UnderTheDefaultPolicy_IsOfferedOnlyReturn()
    {
        var planId = await app.Plans.DraftAsync("EHC-CHOICES-1");
        await SignOffJourney.SubmitDraftAsync(await app.SignInAsync(DemoUsers.Caseworker), planId);
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);
        await SignOffJourney.GradeAndSubmitAsync(manager, planId, sectionGrade: 3, overallGrade: 3);
        await SignOffJourney.GradeAndSubmitAsync(await app.SignInAsync(DemoUsers.QaLead), planId, sectionGrade: 3, overallGrade: 3);
        await SignOffJourney.GradeAndSubmitAsync(manager, planId, sectionGrade: 3, overallGrade: 3);

        var page = await manager.GetPageAsync($"/sign-off/{planId}");

        var outcomes = page.QuerySelectorAll("input[name='Decision.Outcome']").Select(i => i.GetAttribute("value")).ToList();
        Assert.Equal(["Return"], outcomes);
    }

    [Fact]
    public async Task ADraftGradedGood_IsOfferedSignOffAndReturn()
    {
        var planId = await app.Plans.DraftAsync("EHC-CHOICES-2");
        await SignOffJourney.SubmitDraftAsync(await app.SignInAsync(DemoUsers.Caseworker), planId);
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);
        await SignOffJourney.GradeAndSubmitAsync(manager, planId, sectionGrade: 2, overallGrade: 2);

        var page = await manager.GetPageAsync($"/sign-off/{planId}");

        var outcomes = page.QuerySelectorAll("input[name='Decision.Outcome']").Select(i => i.GetAttribute("value")).ToList();
        Assert.Equal(["SignOff", "Return"], outcomes);
    }
}
