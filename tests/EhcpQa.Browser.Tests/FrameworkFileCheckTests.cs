using EhcpQa.Web.Features.Frameworks;
using Microsoft.Playwright;

namespace EhcpQa.Browser.Tests;

/// <summary>A QA lead checks a framework file with a mistake, is shown where it is, then checks the corrected file and sees its form.</summary>
public sealed class FrameworkFileCheckTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task QaLead_ChecksAFileWithAProblem_ThenTheCorrectedFile()
    {
        var page = await app.SignedInPageAsync("qalead@ehcpqa.test");
        await page.GotoAsync("/frameworks");
        await page.GetByRole(AriaRole.Link, new() { Name = "Check a framework file" }).ClickAsync();
        await page.WaitForURLAsync("**/frameworks/check");
        await page.AssertNoAxeViolationsAsync();

        var example = await File.ReadAllTextAsync(FrameworkExamples.PathOf("checklist.json")!);
        var broken = Path.Combine(Path.GetTempPath(), $"checklist-broken-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(broken, example.Replace("\"best\": \"last\"", "\"best\": \"top\"", StringComparison.Ordinal));
        try
        {
            await page.GetByLabel("Framework file").SetInputFilesAsync(broken);
            await page.GetByRole(AriaRole.Button, new() { Name = "Check the file" }).ClickAsync();

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
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the file" }).ClickAsync();
        await page.Locator(".govuk-panel").WaitForAsync();
        Assert.Contains("How would you rate the plan as a whole?", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertNoAxeViolationsAsync();
    }
}
