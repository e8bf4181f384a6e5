using System.Text.RegularExpressions;
using EhcpQa.Web.Features.Frameworks;
using Microsoft.Playwright;

namespace EhcpQa.Browser.Tests;

/// <summary>
/// A QA lead brings in the marks form (Yes / No / N/A criteria worth 10 marks in three parts, no grade), publishes
/// it and sets it for sign-off; a manager grades a draft on it part by part and signs it off on its marks. Every
/// kind of page on the way passes axe and reflows at 320 pixels wide, and the decision counts on the dashboard
/// under the form.
/// </summary>
public sealed partial class FormGradingTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private readonly AxeOncePerKind _axe = new();
    private readonly HashSet<string> _narrowed = [];

    [Fact]
    public async Task QaLead_SetsTheMarksFormForSignOff_AndAManagerGradesADraftOnIt()
    {
        var qaLead = await app.SignedInPageAsync("qalead@ehcpqa.test");
        await qaLead.GotoAsync("/frameworks/import");
        await qaLead.GetByLabel("Framework file").SetInputFilesAsync(FrameworkExamples.PathOf("marks-form.json")!);
        await qaLead.GetByRole(AriaRole.Button, new() { Name = "Import as a new draft version" }).ClickAsync();
        await qaLead.ArriveAtAsync("**/frameworks/versions/*");
        await CheckAsync(qaLead, "draft");
        await qaLead.GetByRole(AriaRole.Button, new() { Name = "Publish version 1" }).ClickAsync();
        await qaLead.Locator(".govuk-notification-banner--success").WaitForAsync();
        await CheckAsync(qaLead, "published");
        await qaLead.GotoAsync("/frameworks/uses");
        await qaLead.GetByLabel("Draft sign-off").SelectOptionAsync(new SelectOptionValue { Label = "A marks form in three parts, version 1: EHCP marks form in three parts, example version 1" });
        await qaLead.GetByRole(AriaRole.Button, new() { Name = "Save the choices" }).ClickAsync();
        await qaLead.Locator(".govuk-notification-banner--success").WaitForAsync();
        await CheckAsync(qaLead, "chosen");

        var caseworker = await app.SignedInPageAsync("caseworker@ehcpqa.test");
        await caseworker.GotoAsync("/plans?stage=Draft");
        await caseworker.Locator("table.govuk-table tbody tr", new() { HasText = "Not sent" }).Locator("td:first-child a").First.ClickAsync();
        var reference = (await caseworker.Locator("h1").InnerTextAsync()).Trim();
        var planUrl = new Uri(caseworker.Url).AbsolutePath;
        await DraftPages.SubmitDraftAsync(caseworker, "A draft graded on marks.", CheckAsync);

        var manager = await app.SignedInPageAsync("manager@ehcpqa.test");
        await manager.GotoAsync("/sign-off");
        await manager.GetByRole(AriaRole.Link, new() { Name = reference }).First.ClickAsync();
        await manager.GetByRole(AriaRole.Button, new() { Name = "Start grading" }).ClickAsync();
        await manager.ArriveAtAsync(GradingUrl());
        await CheckAsync(manager);
        await manager.Locator(".govuk-task-list__link").First.ClickAsync();
        await manager.ArriveAtAsync(PartUrl());
        while (PartUrl().IsMatch(manager.Url))
        {
            await CheckAsync(manager);
            foreach (var fieldset in await manager.Locator("fieldset:has(input[name^='Form.Answers['])").AllAsync())
            {
                await fieldset.GetByLabel("Yes", new() { Exact = true }).ChooseAsync();
            }

            await manager.GetByLabel("Areas for improvement").FillAsync("Say who provides each support, and how often.");
            var before = manager.Url;
            await manager.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).SendWithAsync();
            await manager.ArriveAtAsync(url => url != before);
            Assert.Equal(0, await manager.Locator(".govuk-error-summary").CountAsync());
        }

        await Assertions.Expect(manager.Locator("main")).ToContainTextAsync("Points so far: 220 out of 220 (100.0%)");
        await CheckAsync(manager, "complete");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Submit grading" }).ClickAsync();
        await Assertions.Expect(manager.Locator(".govuk-notification-banner")).ToContainTextAsync("overall 220 out of 220 (100.0%)");
        await CheckAsync(manager, "submitted");

        await manager.GetByLabel("Sign off and issue the plan").ChooseAsync();
        await manager.GetByRole(AriaRole.Button, new() { Name = "Confirm decision" }).ClickAsync();
        await Assertions.Expect(manager.Locator(".govuk-notification-banner")).ToContainTextAsync("signed off and issued");

        await caseworker.GotoAsync(planUrl);
        await Assertions.Expect(caseworker.Locator("main")).ToContainTextAsync("Signed off at 220 out of 220 (100.0%)");
        await caseworker.GetByRole(AriaRole.Link, new() { Name = "Read the feedback on version 1" }).ClickAsync();
        await Assertions.Expect(caseworker.Locator("main")).ToContainTextAsync("Part 1 Accessibility");
        await Assertions.Expect(caseworker.Locator("main")).ToContainTextAsync("Say who provides each support, and how often.");
        await CheckAsync(caseworker, "feedback");

        // The decision counts on the dashboard for its month (the demo's month, or today's where the server keeps real time), under the form.
        string Month(DateTimeOffset at) => EhcpQa.Domain.ServiceCalendar.DateOf(at).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        await qaLead.GotoAsync($"/dashboard?Query.From={Month(FixedClock.Default)}&Query.To={Month(DateTimeOffset.UtcNow)}");
        await Assertions.Expect(qaLead.Locator("main")).ToContainTextAsync("A marks form in three parts, version 1");
        await CheckAsync(qaLead, "dashboard");
    }

    /// <summary>
    /// Axe on each kind of page (and state), and the same page at 320 pixels wide (WCAG 1.4.10): a form's grading
    /// pages share their addresses' shapes with the descriptor framework's, so the reflow crawl never tells them apart.
    /// </summary>
    private async Task CheckAsync(IPage page, string state = "")
    {
        await _axe.CheckAsync(page, state);
        if (_narrowed.Add(PageCrawl.KindOf(new Uri(page.Url)) + state))
        {
            var size = page.ViewportSize;
            await page.SetViewportSizeAsync(Reflow.NarrowestWidth, 800);
            await page.AssertNoSidewaysScrollingAsync();
            await page.SetViewportSizeAsync(size?.Width ?? 1280, size?.Height ?? 720);
        }
    }


    [GeneratedRegex("/gradings/[0-9]+$")]
    private static partial Regex GradingUrl();

    [GeneratedRegex("/gradings/[0-9]+/parts/")]
    private static partial Regex PartUrl();
}
