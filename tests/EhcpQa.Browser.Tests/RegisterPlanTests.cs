using Microsoft.Playwright;

namespace EhcpQa.Browser.Tests;

/// <summary>A caseworker adds a plan, makes a mistake, is told what to fix without losing anything, and fixes it.</summary>
public sealed class RegisterPlanTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task CreatePlan_WithAValidationError_ThenFixingIt_AddsThePlan()
    {
        var page = await app.SignedInPageAsync("caseworker@ehcpqa.test");
        await page.GotoAsync("/plans");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a plan" }).Or(page.GetByRole(AriaRole.Link, new() { Name = "Add a plan" })).First.ClickAsync();
        await page.ArriveAtAsync("**/plans/new");
        await page.AssertNoAxeViolationsAsync();

        await page.GetByLabel("Plan reference").FillAsync("EHC-2026-7777");
        await page.GetByLabel("Child's initials").FillAsync("Jane Smith");
        await page.Locator("#Form_DateOfBirth_Day").FillAsync("14");
        await page.Locator("#Form_DateOfBirth_Month").FillAsync("3");
        await page.Locator("#Form_DateOfBirth_Year").FillAsync("2016");
        await page.GetByLabel("Primary need").SelectOptionAsync(new SelectOptionValue { Label = "Autistic spectrum disorder" });
        await page.GetByLabel("Type of setting").SelectOptionAsync(new SelectOptionValue { Label = "Mainstream school" });
        await page.GetByLabel("Child in care").ChooseAsync();
        await page.Locator("#Form_RequestDate_Day").FillAsync("1");
        await page.Locator("#Form_RequestDate_Month").FillAsync("9");
        await page.Locator("#Form_RequestDate_Year").FillAsync("2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add plan" }).ClickAsync();

        var summary = page.Locator(".govuk-error-summary");
        await summary.WaitForAsync();
        Assert.Contains("Enter the child's initials", await summary.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Jane Smith", await page.GetByLabel("Child's initials").InputValueAsync());
        Assert.Equal("EHC-2026-7777", await page.GetByLabel("Plan reference").InputValueAsync());
        Assert.True(await page.GetByLabel("Child in care").IsCheckedAsync());
        await page.AssertNoAxeViolationsAsync();

        // The summary's link takes the person to the field to fix.
        await summary.GetByRole(AriaRole.Link, new() { Name = "Enter the child's initials: 1 to 4 letters, not their name" }).ClickAsync();
        Assert.Equal("Form_ChildIdentifier", await page.EvaluateAsync<string>("() => document.activeElement.id"));

        await page.GetByLabel("Child's initials").FillAsync("JS");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add plan" }).ClickAsync();

        await page.ArriveAtAsync(url => System.Text.RegularExpressions.Regex.IsMatch(url, "/plans/[0-9]+$"));
        Assert.Contains("EHC-2026-7777", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Child in care", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertNoAxeViolationsAsync();
    }
}
