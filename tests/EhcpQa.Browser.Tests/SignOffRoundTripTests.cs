using Microsoft.Playwright;

namespace EhcpQa.Browser.Tests;

/// <summary>
/// A caseworker and locality managers carry a draft through sign-off in a real browser: submit, grade
/// below Good (with a second opinion and an agreed grade), return, resubmit, grade Good, sign off.
/// Every kind of page on the way passes axe.
/// </summary>
public sealed class SignOffRoundTripTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private readonly AxeOncePerKind _axe = new();

    [Fact]
    public async Task Draft_IsReturnedBelowGood_ThenResubmittedAndSignedOff()
    {
        var caseworker = await app.SignedInPageAsync("caseworker@ehcpqa.test");
        await caseworker.GotoAsync("/plans?stage=Draft");
        await CheckAsync(caseworker);
        await caseworker.Locator("table.govuk-table tbody tr", new() { HasText = "Not sent" }).Locator("td:first-child a").First.ClickAsync();
        await CheckAsync(caseworker);
        var planUrl = new Uri(caseworker.Url).AbsolutePath;
        var reference = (await caseworker.Locator("h1").InnerTextAsync()).Trim();

        await SubmitDraftAsync(caseworker, "First draft.");

        var manager = await app.SignedInPageAsync("manager@ehcpqa.test");
        await manager.GotoAsync("/sign-off");
        await CheckAsync(manager);
        await manager.GetByRole(AriaRole.Link, new() { Name = reference }).First.ClickAsync();
        await CheckAsync(manager);
        await GradeAsync(manager, "Start grading", sectionGrade: "3 Requires improvement", overall: "3 Requires improvement");
        await Assertions.Expect(manager.Locator("main")).ToContainTextAsync("Awaiting second opinion");

        var qaLead = await app.SignedInPageAsync("qalead@ehcpqa.test");
        await qaLead.GotoAsync(manager.Url);
        await CheckAsync(qaLead);
        await GradeAsync(qaLead, "Give a second opinion", sectionGrade: "3 Requires improvement", overall: "3 Requires improvement");

        await manager.ReloadAsync();
        await GradeAsync(manager, "Record the agreed grade", sectionGrade: "3 Requires improvement", overall: "3 Requires improvement");
        await manager.GetByLabel("Return it to the caseworker with the feedback").CheckAsync();
        await manager.GetByLabel("Note to the caseworker").FillAsync("Please make the provision in section F specific and quantified.");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Confirm decision" }).ClickAsync();
        await Assertions.Expect(manager.Locator(".govuk-notification-banner")).ToContainTextAsync("returned to the caseworker");
        await CheckAsync(manager, "decided");

        await caseworker.GotoAsync(planUrl);
        await caseworker.GetByRole(AriaRole.Link, new() { Name = "Read the feedback on version 1" }).ClickAsync();
        await Assertions.Expect(caseworker.Locator("main")).ToContainTextAsync("Please make the provision in section F specific and quantified.");
        await CheckAsync(caseworker);
        var download = await caseworker.RunAndWaitForDownloadAsync(() => caseworker.GetByRole(AriaRole.Link, new() { Name = "Download the feedback form (PDF)" }).ClickAsync());
        Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.Ordinal);

        await caseworker.GotoAsync(planUrl);
        await SubmitDraftAsync(caseworker, "Second draft with quantified provision.");

        await manager.GotoAsync("/sign-off");
        await manager.GetByRole(AriaRole.Link, new() { Name = reference }).First.ClickAsync();
        await GradeAsync(manager, "Start grading", sectionGrade: "2 Good", overall: "2 Good");
        await manager.GetByLabel("Sign off and issue the plan").CheckAsync();
        await manager.GetByRole(AriaRole.Button, new() { Name = "Confirm decision" }).ClickAsync();
        await Assertions.Expect(manager.Locator(".govuk-notification-banner")).ToContainTextAsync("signed off and issued");

        await caseworker.GotoAsync(planUrl);
        await Assertions.Expect(caseworker.Locator("main")).ToContainTextAsync("Final");
        await Assertions.Expect(caseworker.Locator("main")).ToContainTextAsync("Signed off at 2 Good");
        await CheckAsync(caseworker, "issued");
    }

    private Task SubmitDraftAsync(IPage caseworker, string marker) => DraftPages.SubmitDraftAsync(caseworker, marker, CheckAsync);

    /// <summary>Starts (or continues) a grading from the sign-off page and grades every section, then submits it.</summary>
    private async Task GradeAsync(IPage page, string startButton, string sectionGrade, string overall)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = startButton }).ClickAsync();
        await GradingPages.GradeAndSubmitAsync(page, sectionGrade, overall, CheckAsync);
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Your grading has been submitted");
        await CheckAsync(page, "submitted");
    }

    private Task CheckAsync(IPage page, string state = "") => _axe.CheckAsync(page, state);
}
