namespace EhcpQa.Web.Tests.SignOff;

/// <summary>On a form with its own scale, the form's grades and what they mean are folded the same way.</summary>
public sealed class FormGradeMeaningsFoldedTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task OnAFormWithItsOwnScale_TheFormsGradesAreFolded()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        await FormGradingJourney.UseAsync(qaLead, "checklist.json", "grade-meanings");
        var planId = await app.Plans.DraftAsync("EHC-GM-2");
        await SignOffJourney.SubmitDraftAsync(await app.SignInAsync(DemoUsers.Caseworker), planId);
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);
        var gradingId = await SignOffJourney.StartGradingAsync(manager, planId);
        var part = (await manager.GetPageAsync($"/gradings/{gradingId}")).QuerySelector(".govuk-task-list__link")!.GetAttribute("href")!;

        var page = await manager.GetPageAsync(part);

        var details = Assert.Single(page.QuerySelectorAll("main details.govuk-details"), d => d.TextContent.Contains("What each grade means", StringComparison.Ordinal));
        Assert.Contains("5 Excellent", details.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("input[name='Form.Grade'] ~ .govuk-radios__hint"));
    }
}
