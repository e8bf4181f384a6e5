using EhcpQa.Web.Persistence.Seeding;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EhcpQa.Browser.Tests.Support;

/// <summary>
/// The real application served by Kestrel on a loopback port, on a fresh SQLite file with the demo
/// data, driven by Debian's Chromium through Playwright.
/// </summary>
public sealed class BrowserApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private IPlaywright? _playwright;

    /// <summary>How long any single browser step may take before the test fails (milliseconds).</summary>
    public const float SlowMachineTimeout = 120_000;

    static BrowserApp() => Assertions.SetDefaultExpectTimeout(60_000);

    public BrowserApp()
    {
        DataPath = Path.Combine(Path.GetTempPath(), "ehcpqa-browser-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataPath);
        UseKestrel(0);
    }

    public string DataPath { get; }

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:DataPath", DataPath);
        builder.UseSetting("Database:Provider", "Sqlite");

        // Tests publish board summaries themselves, so the hourly schedule never races them.
        builder.UseSetting("Reports:Schedule", "false");
    }

    public async ValueTask InitializeAsync()
    {
        StartServer();
        await Services.GetRequiredService<DatabaseReadiness>().Ready.WaitAsync(TimeSpan.FromMinutes(2));
        BaseAddress = ClientOptions.BaseAddress;
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath(),
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            ],
        });
    }

    /// <summary>A new browser page (its own cookies) signed in as a demo user.</summary>
    public async Task<IPage> SignedInPageAsync(string email)
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(DemoData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/sign-in", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        return page;
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString() });

        // The test run shares two cores with the other test assemblies, so a page can take a while
        // to load; generous limits keep a slow machine from failing a correct journey.
        context.SetDefaultTimeout(SlowMachineTimeout);
        context.SetDefaultNavigationTimeout(SlowMachineTimeout);
        return await context.NewPageAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // The log file may still be held for a moment; the temp folder is cleared by the OS.
        }
    }

    private static string ChromiumPath()
    {
        var configured = Environment.GetEnvironmentVariable("CHROMIUM_PATH");
        var candidates = new[] { configured, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" };
        return candidates.FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p))
            ?? throw new InvalidOperationException("The browser tests need Chromium: install it with 'apt-get install chromium' or set CHROMIUM_PATH.");
    }
}
