using Microsoft.Playwright;

namespace EhcpQa.Browser.Tests;

/// <summary>
/// Each role's home page (its to-do lists, or the plain word that nothing waits, then its links) passes axe and
/// reflows on a phone-sized screen (320 CSS pixels, WCAG 1.4.10) without scrolling sideways.
/// </summary>
public sealed class HomePageForEachRoleTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Theory]
    [InlineData("caseworker@ehcpqa.test", "Drafts to write and send for sign-off")]
    [InlineData("manager@ehcpqa.test", "Drafts to grade for sign-off")]
    [InlineData("qalead@ehcpqa.test", null)]
    [InlineData("panel@ehcpqa.test", null)]
    [InlineData("board@ehcpqa.test", null)]
    [InlineData("admin@ehcpqa.test", null)]
    [InlineData("agency-health@ehcpqa.test", null)]
    public async Task TheHomePage_PassesAxe_AndReflowsAt320Pixels(string email, string? list)
    {
        var page = await app.SignedInPageAsync(email);
        await page.SetViewportSizeAsync(Reflow.NarrowestWidth, 800);

        var response = await page.GotoAsync("/");

        Assert.Equal(200, response!.Status);
        if (list is not null)
        {
            Assert.Equal(1, await page.GetByRole(AriaRole.Heading, new() { Name = list }).CountAsync());
            Assert.True(await page.Locator(".govuk-task-list__item").CountAsync() > 0);
        }

        await page.AssertNoSidewaysScrollingAsync();
        await page.AssertNoAxeViolationsAsync();
    }
}
