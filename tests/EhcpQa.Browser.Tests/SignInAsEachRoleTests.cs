using EhcpQa.Web.Persistence.Seeding;
using Microsoft.Playwright;

namespace EhcpQa.Browser.Tests;

/// <summary>Every demo user signs in, sees the navigation their role allows, and every page they reach passes axe.</summary>
public sealed class SignInAsEachRoleTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    public static TheoryData<string, string[], string[]> Roles => new()
    {
        { "caseworker@ehcpqa.test", ["Plans", "Advice", "Framework"], ["Users", "Sign-off"] },
        { "manager@ehcpqa.test", ["Plans", "Sign-off", "Moderation", "Dashboard", "Framework"], ["Users", "Samples", "Actions", "Reports"] },
        { "qalead@ehcpqa.test", ["Plans", "Sign-off", "Samples", "Panels", "Actions", "Moderation", "Dashboard", "Reports", "Framework"], ["Users"] },
        { "panel@ehcpqa.test", ["Moderation", "Framework"], ["Plans", "Users", "Samples", "Actions"] },
        { "board@ehcpqa.test", ["Dashboard", "Reports", "Framework"], ["Plans", "Users", "Moderation"] },
        { "admin@ehcpqa.test", ["Framework", "Users"], ["Plans"] },
        { "agency-health@ehcpqa.test", ["Advice", "Framework"], ["Plans", "Users", "Sign-off", "Dashboard", "Moderation"] },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task SignIn_ShowsTheRolesNavigation_AndEveryPageVisitedPassesAxe(string email, string[] shown, string[] hidden)
    {
        Assert.Contains(DemoData.Users, u => u.Email == email);
        var page = await app.SignedInPageAsync(email);
        await page.AssertNoAxeViolationsAsync();

        var navigation = page.Locator("nav");
        foreach (var link in shown)
        {
            Assert.Equal(1, await navigation.GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).CountAsync());
        }

        foreach (var link in hidden)
        {
            Assert.Equal(0, await navigation.GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).CountAsync());
        }

        foreach (var link in shown)
        {
            var target = navigation.GetByRole(AriaRole.Link, new() { Name = link, Exact = true });
            var href = await target.GetAttributeAsync("href");
            await target.ClickAsync();
            await page.ArriveAtAsync(url => new Uri(url).AbsolutePath == href);
            Assert.Equal(200, (await page.ReloadAsync())!.Status);
            await page.AssertNoAxeViolationsAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.ArriveAtAsync("**/account/signed-out");
        await page.AssertNoAxeViolationsAsync();
    }

    [Theory]
    [InlineData("/account/sign-in")]
    [InlineData("/accessibility")]
    public async Task PublicPage_PassesAxe(string url)
    {
        var page = await app.NewPageAsync();

        var response = await page.GotoAsync(url);

        Assert.Equal(200, response!.Status);
        await page.AssertNoAxeViolationsAsync();
    }
}
