using Microsoft.Playwright;

namespace EhcpQa.Browser.Tests;

/// <summary>
/// A QA lead draws a dip sample and runs a moderation session in a real browser: a panel member grades an
/// assigned plan, the QA lead (the session's chair) records the agreed grade and downloads the moderation
/// report. Every kind of page on the way passes axe.
/// </summary>
public sealed class ModerationSessionTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private readonly AxeOncePerKind _axe = new();

    [Fact]
    public async Task QaLead_RunsASession_ModeratorGrades_ChairAgrees_AndTheReportDownloads()
    {
        var page = await app.SignedInPageAsync("qalead@ehcpqa.test");
        await page.GotoAsync("/samples");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Draw a sample" }).ClickAsync();
        await page.AssertNoAxeViolationsAsync();

        // Any month with finalised plans will do: pick the one with the most.
        var options = await page.Locator("#Form_Month option").AllAsync();
        var drawn = false;
        foreach (var option in options)
        {
            await page.Locator("#Form_Month").SelectOptionAsync(await option.GetAttributeAsync("value") ?? string.Empty);
            await page.GetByRole(AriaRole.Textbox, new() { Name = "Number of plans" }).FillAsync("3");
            await page.GetByRole(AriaRole.Button, new() { Name = "Draw the sample" }).ClickAsync();

            // Either the sample's page (with its success banner) or the form again with an error.
            await page.Locator(".govuk-notification-banner, .govuk-error-summary").First.WaitForAsync();
            if (await page.Locator(".govuk-notification-banner").CountAsync() > 0)
            {
                drawn = true;
                break;
            }
        }

        Assert.True(drawn, "No month had finalised plans to sample");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Is it representative?");
        await page.AssertNoAxeViolationsAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Add the plan" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the reference of a plan on the register");
        await page.AssertNoAxeViolationsAsync();

        // A session for the sample: its members, the representation warning and the assignments.
        await page.GotoAsync("/panels/new");
        await page.AssertNoAxeViolationsAsync();
        await page.Locator("#Form_HeldOn_Day").FillAsync("3");
        await page.Locator("#Form_HeldOn_Month").FillAsync("12");
        await page.Locator("#Form_HeldOn_Year").FillAsync("2026");
        await page.GetByLabel("Multi-agency panel").ChooseAsync();
        await page.Locator("#Form_DipSampleId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Set up the session" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("now add its members");
        await page.Locator("#Member_UserId").SelectOptionAsync(new SelectOptionValue { Label = "Ruth Evans (Health)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add member" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-warning-text")).ToContainTextAsync("Social care");
        await page.GetByRole(AriaRole.Button, new() { Name = "Assign the plans evenly" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Ruth Evans");
        await page.AssertNoAxeViolationsAsync();

        var moderator = await app.SignedInPageAsync("panel@ehcpqa.test");
        await moderator.GotoAsync("/moderation");
        await Assertions.Expect(moderator.Locator("table.govuk-table tbody tr")).Not.ToHaveCountAsync(0);
        await moderator.AssertNoAxeViolationsAsync();

        // The moderator grades their first plan on their own, then sees the sign-off grade.
        await moderator.Locator("table.govuk-table tbody tr td:first-child a").First.ClickAsync();
        await Assertions.Expect(moderator.Locator("main")).ToContainTextAsync("You will see the grade it was signed off at");
        await CheckAsync(moderator);
        var planUrl = new Uri(moderator.Url).AbsolutePath;
        await moderator.GetByRole(AriaRole.Button, new() { Name = "Start moderating" }).ClickAsync();
        await GradingPages.GradeAndSubmitAsync(moderator, "2 Good", "3 Requires improvement", CheckAsync);
        await Assertions.Expect(moderator.Locator(".govuk-notification-banner")).ToContainTextAsync("Your grading has been submitted");
        await Assertions.Expect(moderator.Locator("main")).ToContainTextAsync("Signed off at");
        await CheckAsync(moderator, "submitted");

        // The chair records the agreed grade, with the panel's rationale, from the moderator's grading.
        await page.GotoAsync(planUrl);
        await CheckAsync(page, "chair");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the agreed grade" }).ClickAsync();
        await GradingPages.GradeAndSubmitAsync(page, "2 Good", "3 Requires improvement", CheckAsync, rationale: "The panel agreed the provision is not specific enough.");
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("The agreed grade has been recorded: overall 3 Requires improvement");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Re-graded");
        await CheckAsync(page, "agreed");

        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the session" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Agreement between moderators");
        await CheckAsync(page);
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download the moderation report (PDF)" }).ClickAsync());
        Assert.StartsWith("moderation-report-2026-12-03", download.SuggestedFilename, StringComparison.Ordinal);

        await page.GotoAsync("/moderation/agreement");
        await CheckAsync(page);
    }

    private Task CheckAsync(IPage page, string state = "") => _axe.CheckAsync(page, state);
}
