using EhcpQa.Web.Features.Frameworks;
using Microsoft.Playwright;

namespace EhcpQa.Browser.Tests;

/// <summary>
/// A QA lead imports a framework file with a mistake and is shown where it is; imports the corrected file as
/// a draft, sees it as graders will, edits an item's guidance, publishes it, and finds it offered on the page
/// that chooses each purpose's version.
/// </summary>
public sealed class FrameworkImportTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task QaLead_ImportsAFileWithAProblem_ThenTheCorrectedFile_EditsIt_AndPublishesIt()
    {
        var page = await app.SignedInPageAsync("qalead@ehcpqa.test");
        await page.GotoAsync("/frameworks");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Import a framework file" }).ClickAsync();
        await page.ArriveAtAsync("**/frameworks/import");
        await page.AssertNoAxeViolationsAsync();

        var example = await File.ReadAllTextAsync(FrameworkExamples.PathOf("checklist.json")!);
        var broken = Path.Combine(Path.GetTempPath(), $"checklist-broken-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(broken, example.Replace("\"best\": \"last\"", "\"best\": \"top\"", StringComparison.Ordinal));
        try
        {
            await page.GetByLabel("Framework file").SetInputFilesAsync(broken);
            await page.GetByRole(AriaRole.Button, new() { Name = "Import as a new draft version" }).ClickAsync();

            var summary = page.Locator(".govuk-error-summary");
            await summary.WaitForAsync();
            Assert.Contains("gradeScale.best", await summary.InnerTextAsync(), StringComparison.Ordinal);
            await page.AssertNoAxeViolationsAsync();
        }
        finally
        {
            File.Delete(broken);
        }

        await page.GetByLabel("Framework file").SetInputFilesAsync(FrameworkExamples.PathOf("checklist.json")!);
        await page.GetByRole(AriaRole.Button, new() { Name = "Import as a new draft version" }).ClickAsync();
        await page.ArriveAtAsync("**/frameworks/versions/*");
        Assert.Contains("How would you rate the plan as a whole?", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("draft", await page.Locator(".govuk-caption-l").InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertNoAxeViolationsAsync();

        var versionUrl = page.Url;
        await page.GetByRole(AriaRole.Button, new() { Name = "Edit this draft" }).ClickAsync();
        await page.ArriveAtAsync("**/edit");
        await page.AssertNoAxeViolationsAsync();
        await page.Locator("main tbody a").First.ClickAsync();
        await page.ArriveAtAsync("**/edit/sections/*");
        await page.AssertNoAxeViolationsAsync();
        await page.Locator("main tbody a").First.ClickAsync();
        await page.ArriveAtAsync("**/items/*");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByLabel("What to look for (optional)").FillAsync("The child's own words, quoted");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the item" }).ClickAsync();
        await page.Locator(".govuk-notification-banner--success").WaitForAsync();

        foreach (var editPage in new[] { "/edit/details", "/edit/grades", "/edit/sections/new" })
        {
            await page.GotoAsync(versionUrl + editPage);
            await page.AssertNoAxeViolationsAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Add the section" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await page.AssertNoAxeViolationsAsync();

        await page.GotoAsync(versionUrl);
        Assert.Contains("The child's own words, quoted", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish version 1" }).ClickAsync();
        await page.Locator(".govuk-notification-banner--success").WaitForAsync();
        Assert.Contains("published", await page.Locator(".govuk-caption-l").InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertNoAxeViolationsAsync();

        await page.GotoAsync("/frameworks/uses");
        Assert.Contains("A checklist, version 1", await page.GetByLabel("Draft sign-off").InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertNoAxeViolationsAsync();

        // The other setting the authority makes for sign-off: its policy.
        await page.GotoAsync("/sign-off");
        await page.GetByRole(AriaRole.Link, new() { Name = "Change the sign-off policy" }).ClickAsync();
        await page.ArriveAtAsync("**/sign-off/policy");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the policy" }).ClickAsync();
        await page.Locator(".govuk-notification-banner--success").WaitForAsync();
        await page.AssertNoAxeViolationsAsync();
    }
}
