using EhcpQa.Web.Persistence.Seeding;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(EhcpQa.Browser.Tests.Support.BrowserHost))]

namespace EhcpQa.Browser.Tests.Support;

/// <summary>
/// The real application served by Kestrel on a loopback port, started once for the whole assembly, and
/// one Debian Chromium driven through Playwright. At start the app migrates and seeds a template database
/// with the demo data; each test class works on its own copy of it (<see cref="BrowserApp"/>), named by a
/// header its browser contexts send with every request.
/// </summary>
public sealed class BrowserHost : WebApplicationFactory<Program>, IAsyncLifetime
{
    private IPlaywright? _playwright;

    /// <summary>How long any single browser step may take before the test fails (milliseconds).</summary>
    public const float SlowMachineTimeout = 120_000;

    static BrowserHost() => Assertions.SetDefaultExpectTimeout(60_000);

    public BrowserHost()
    {
        DataPath = Path.Combine(Path.GetTempPath(), "ehcpqa-browser-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataPath);
        Databases = new TestDatabases(Path.Combine(DataPath, "databases"));
        UseKestrel(0);
    }

    public string DataPath { get; }

    public TestDatabases Databases { get; }

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:DataPath", DataPath);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Sqlite", Databases.TemplateConnectionString);

        // Tests publish board summaries themselves, so the hourly schedule never races them.
        builder.UseSetting("Reports:Schedule", "false");
        builder.UseSetting("SecurityLog:Schedule", "false");
        builder.UseSetting("Retention:Schedule", "false");

        // E-mails go to the service's own mail catcher (shown at /development/mail) on a port of this run's own;
        // a test sends its class's outbox itself (BrowserApp.SendNotificationsAsync), as the worker would.
        builder.UseSetting("Notifications:MailCatcherPort", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Notifications:Schedule", "false");
        builder.UseSetting("Notifications:Reminders", "false");

        // Every browser signs in from the loopback address: the per-address limit on attempts is a web test's.
        builder.UseSetting("SignIn:AttemptsPerMinute", "1000");
        builder.UseSetting("SignIn:AccountStepsPerMinute", "1000");
        builder.UseSetting("SignIn:UploadsPerMinute", "1000");
        builder.ConfigureServices(Databases.AddTo);
    }

    public async ValueTask InitializeAsync()
    {
        StartServer();
        await Services.GetRequiredService<DatabaseReadiness>().Ready.WaitAsync(TimeSpan.FromMinutes(2));
        Databases.Seal();
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

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string ChromiumPath()
    {
        var configured = Environment.GetEnvironmentVariable("CHROMIUM_PATH");
        var candidates = new[] { configured, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" };
        return candidates.FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p))
            ?? throw new InvalidOperationException("The browser tests need Chromium: install it with 'apt-get install chromium' or set CHROMIUM_PATH.");
    }
}
