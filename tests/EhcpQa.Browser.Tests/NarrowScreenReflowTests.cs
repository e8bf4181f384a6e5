using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Browser.Tests;

/// <summary>
/// On a phone-sized screen (320 CSS pixels, WCAG 1.4.10) the plans list and a plan's page reflow: nothing
/// makes the page scroll sideways, and they still pass axe.
/// </summary>
public sealed class NarrowScreenReflowTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task ThePlansListAndAPlansPage_At320PixelsWide_DoNotScrollSideways()
    {
        // A plan returned once and then signed off: two versions and a long history, the fullest plan page.
        var planId = await app.WithDatabaseAsync(db => db.Plans
            .Where(p => p.Versions.Count > 1)
            .OrderBy(p => p.Id)
            .Select(p => p.Id)
            .FirstAsync());

        // The QA lead sees every plan with every column and filter of the list.
        var page = await app.SignedInPageAsync("qalead@ehcpqa.test");
        await page.SetViewportSizeAsync(Reflow.NarrowestWidth, 800);

        await page.GotoAsync("/plans");
        await page.AssertNoSidewaysScrollingAsync();
        await page.AssertNoAxeViolationsAsync();

        await page.GotoAsync($"/plans/{planId}");
        await page.AssertNoSidewaysScrollingAsync();
        await page.AssertNoAxeViolationsAsync();
    }
}
