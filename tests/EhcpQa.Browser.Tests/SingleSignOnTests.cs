using EhcpQa.Web.Persistence.Seeding;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EhcpQa.Browser.Tests;

/// <summary>
/// In a real browser, a member of staff signs in with their organisation's account at a real OpenID Connect provider
/// and comes back signed in; someone the service has no account for, and a provider that refuses, end on pages of
/// the service. Every page passes axe. The service here is an instance of its own, set up for single sign-on.
/// </summary>
public sealed class SingleSignOnTests(ServiceWithSingleSignOnInABrowser service) : IClassFixture<ServiceWithSingleSignOnInABrowser>
{
    [Fact]
    public async Task AMemberOfStaff_SignsInWithTheirOrganisationAccount_AndOthersAreToldWhyNot()
    {
        var page = await service.NewPageAsync();
        service.Provider.SignedIn = new ProviderPerson("sub-qa", "oid-qa", "Quinn Lead", "qalead@ehcpqa.test");
        await page.GotoAsync("/account/sign-in");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Sign in with {ServiceWithSingleSignOnInABrowser.AccountName}" }).ClickAsync();

        await page.Locator("form[action$='/account/sign-out']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        Assert.Equal(1, await page.Locator("nav").GetByRole(AriaRole.Link, new() { Name = "Samples", Exact = true }).CountAsync());
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.Locator("h1:has-text(\"You have signed out\")").WaitForAsync();

        // Someone the service has no account for.
        service.Provider.SignedIn = new ProviderPerson("sub-stranger", "oid-stranger", "Sam Stranger", "sam.stranger@council.example");
        await page.GotoAsync("/account/sign-in");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Sign in with {ServiceWithSingleSignOnInABrowser.AccountName}" }).ClickAsync();
        await page.Locator("h1:has-text(\"You cannot sign in to EhcpQa with this account\")").WaitForAsync();
        Assert.Contains("sam.stranger@council.example", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertNoAxeViolationsAsync();

        // A provider that refuses.
        service.Provider.SignedIn = null;
        await page.GotoAsync("/account/sign-in");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Sign in with {ServiceWithSingleSignOnInABrowser.AccountName}" }).ClickAsync();
        await page.Locator("h1:has-text(\"Signing in did not finish\")").WaitForAsync();
        await page.AssertNoAxeViolationsAsync();
    }
}

/// <summary>
/// The service in Development with its demo data, served by Kestrel on a loopback port, signing in with a real
/// OpenID Connect provider (<see cref="OpenIdProvider"/>) on another; the browser is the assembly's.
/// </summary>
public sealed class ServiceWithSingleSignOnInABrowser(BrowserHost host) : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AccountName = "your Test Council account";

    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "ehcpqa-browser-sso", Guid.NewGuid().ToString("N"));

    public OpenIdProvider Provider { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_dataPath);
        Provider = await OpenIdProvider.StartAsync();
        UseKestrel(0);
        StartServer();
        await Services.GetRequiredService<DatabaseReadiness>().Ready.WaitAsync(TimeSpan.FromMinutes(2));
        await Provider.RegisterServiceAsync(new Uri(ClientOptions.BaseAddress, "/signin-oidc"));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:DataPath", _dataPath);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Reports:Schedule", "false");
        builder.UseSetting("SecurityLog:Schedule", "false");
        builder.UseSetting("Retention:Schedule", "false");
        builder.UseSetting("Notifications:Schedule", "false");
        builder.UseSetting("Notifications:Reminders", "false");
        builder.UseSetting("Notifications:MailCatcherPort", "0");
        builder.UseSetting("SingleSignOn:Authority", Provider.Authority.ToString());
        builder.UseSetting("SingleSignOn:ClientId", OpenIdProvider.ClientId);
        builder.UseSetting("SingleSignOn:ClientSecret", OpenIdProvider.ClientSecret);
        builder.UseSetting("SingleSignOn:DisplayName", AccountName);
        builder.UseSetting("SingleSignOn:RequireHttpsMetadata", "false");
    }

    /// <summary>A new page with cookies of its own, on this service.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await host.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = ClientOptions.BaseAddress.ToString() });
        context.SetDefaultTimeout(BrowserHost.SlowMachineTimeout);
        context.SetDefaultNavigationTimeout(BrowserHost.SlowMachineTimeout);
        return await context.NewPageAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Provider.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataPath, recursive: true);
        }
        catch (IOException)
        {
            // A log file may still be held open for a moment; the temp folder is cleared by the OS.
        }
    }
}
