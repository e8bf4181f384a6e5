using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace EhcpQa.Browser.Tests;

/// <summary>
/// A new member of staff, in a real browser, is made to set up an authenticator app at their first sign-in
/// (after choosing their own password), and signs in with its code from then on; every page passes axe. The demo
/// users skip the second factor here only because this host runs in Development.
/// </summary>
public sealed class SecondFactorTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string TemporaryPassword = "copper meadow lantern 58";
    private const string OwnPassword = "quiet heron painted 7 bridges";

    [Fact]
    public async Task ANewMemberOfStaff_IsMadeToSetUpAnApp_AndSignsInWithItsCode()
    {
        var email = $"new.starter.{Guid.NewGuid():N}@ehcpqa.test";
        await CreateBoardMemberAsync(email);

        var page = await app.NewPageAsync();
        await SignInWithPasswordAsync(page, email, TemporaryPassword);
        await ShowsAsync(page, "input[name='CurrentPassword']");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByLabel("Current password", new() { Exact = true }).FillAsync(TemporaryPassword);
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync(OwnPassword);
        await page.GetByLabel("Confirm new password", new() { Exact = true }).FillAsync(OwnPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();

        // Made to set up an app before anything else, with no way round it through the navigation.
        await ShowsAsync(page, ".app-qr-code svg");
        await page.AssertNoAxeViolationsAsync();
        Assert.Equal(0, await page.Locator(".govuk-service-navigation__link").CountAsync());
        await page.GotoAsync("/dashboard");
        await ShowsAsync(page, ".app-qr-code svg");
        Assert.EndsWith("/account/two-factor/set-up", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.True(await page.Locator(".app-qr-code svg").IsVisibleAsync());
        await page.GetByText("I cannot scan the QR code").ClickAsync();
        var phone = new AuthenticatorApp(await page.Locator("[data-secret-key]").InnerTextAsync());
        await page.AssertNoAxeViolationsAsync();
        await page.GetByLabel("Code from your authenticator app").FillAsync(phone.CodeAt(DateTimeOffset.UtcNow));
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await page.Locator("[data-recovery-codes]").WaitForAsync();
        Assert.Equal(10, await page.Locator("[data-recovery-codes] li").CountAsync());
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "I have saved my recovery codes" }).ClickAsync();
        await page.Locator("form[action$='/account/sign-out']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        Assert.Equal(1, await page.Locator("nav").GetByRole(AriaRole.Link, new() { Name = "Dashboard", Exact = true }).CountAsync());
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Your account") }).ClickAsync();
        await ShowsAsync(page, ".govuk-summary-list");
        Assert.Contains("10 left", await page.Locator(".govuk-summary-list").InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await ShowsAsync(page, "h1:has-text(\"You have signed out\")");

        // From now on: the password, then the code the app shows.
        await SignInWithPasswordAsync(page, email, OwnPassword);
        await ShowsAsync(page, "input[name='Code']");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByLabel("Code from your authenticator app").FillAsync("000000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        Assert.Contains("The code is not correct", await page.Locator(".govuk-error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertNoAxeViolationsAsync();

        // The set-up spent its code's half minute: the app's next code is the one it shows by now or soon.
        await page.GetByLabel("Code from your authenticator app").FillAsync(phone.CodeAt(DateTimeOffset.UtcNow.AddSeconds(30)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.Locator("form[action$='/account/sign-out']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        Assert.Equal(1, await page.Locator("nav").GetByRole(AriaRole.Link, new() { Name = "Dashboard", Exact = true }).CountAsync());
    }

    private async Task CreateBoardMemberAsync(string email)
    {
        var admin = await app.SignedInPageAsync("admin@ehcpqa.test");
        await admin.GotoAsync("/admin/users/new");
        await admin.GetByLabel("Full name").FillAsync("Nia Starter");
        await admin.GetByLabel("Email address").FillAsync(email);
        await admin.GetByLabel("Board member").ChooseAsync();
        await admin.GetByLabel("Agency", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "SEND team" });
        await admin.GetByLabel("Temporary password").FillAsync(TemporaryPassword);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await ShowsAsync(admin, ".govuk-notification-banner");
        await admin.Context.CloseAsync();
    }

    /// <summary>
    /// Waits for the next page by an element only it has, then for the whole page (waiting for an address was
    /// sometimes never seen to arrive on a loaded machine).
    /// </summary>
    private static async Task ShowsAsync(IPage page, string selector)
    {
        await page.Locator(selector).First.WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.Locator(".govuk-footer").First.WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }

    private static async Task SignInWithPasswordAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }
}
