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
        await page.GetByLabel("Multi-agency panel").CheckAsync();
        await page.Locator("#Form_DipSampleId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Set up the session" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("now add its members");
        await page.Locator("#Member_UserId").SelectOptionAsync(new SelectOptionValue { Label = "Ruth Evans (Health)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add member" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-warning-text")).ToContainTextAsync("social care");
        await page.GetByRole(AriaRole.Button, new() { Name = "Assign the plans evenly" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Ruth Evans");
        await page.AssertNoAxeViolationsAsync();

        var moderator = await app.SignedInPageAsync("panel@ehcpqa.test");
        await moderator.GotoAsync("/moderation");
        await Assertions.Expect(moderator.Locator("table.govuk-table tbody tr")).Not.ToHaveCountAsync(0);
        await moderator.AssertNoAxeViolationsAsync();
    }
}
