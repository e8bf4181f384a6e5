using Microsoft.Playwright;

namespace EhcpQa.Browser.Tests;

/// <summary>A QA lead draws a dip sample in a real browser and checks its coverage; every page passes axe.</summary>
public sealed class DrawSampleTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task QaLead_DrawsASample_AndSeesItsCoverage()
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
            await page.GetByLabel("Number of plans").FillAsync("3");
            await page.GetByRole(AriaRole.Button, new() { Name = "Draw the sample" }).ClickAsync();
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
    }
}
