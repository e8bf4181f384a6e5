namespace EhcpQa.Web.Tests.SignOff;

/// <summary>
/// A grading page keeps what each grade means folded in one "What each grade means" details, instead of
/// repeating every grade's descriptors under its radio.
/// </summary>
public sealed class GradeMeaningsFoldedTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task OnTheOneToFourFramework_TheGradesMeaningsAreFolded_NotUnderEachGrade()
    {
        var planId = await app.Plans.DraftAsync("EHC-GM-1");
        await SignOffJourney.SubmitDraftAsync(await app.SignInAsync(DemoUsers.Caseworker), planId);
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);
        var gradingId = await SignOffJourney.StartGradingAsync(manager, planId);

        var page = await manager.GetPageAsync($"/gradings/{gradingId}/sections/B");

        var details = Assert.Single(page.QuerySelectorAll("main details.govuk-details"), d => d.TextContent.Contains("What each grade means", StringComparison.Ordinal));
        Assert.Equal(4, details.QuerySelectorAll(".govuk-summary-list__row").Length);
        Assert.Contains("1 Outstanding", details.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("input[name='Form.Grade'] ~ .govuk-radios__hint"));
    }
}
