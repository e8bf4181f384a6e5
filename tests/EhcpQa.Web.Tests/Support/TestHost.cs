using EhcpQa.Web.Persistence.Seeding;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

[assembly: AssemblyFixture(typeof(EhcpQa.Web.Tests.Support.TestHost))]

namespace EhcpQa.Web.Tests.Support;

/// <summary>
/// The real application, started once for the whole test assembly: at start it migrates and seeds a
/// template database (the demo users and a year of plans, at <see cref="FixedClock.Default"/>), which each
/// test class then copies (<see cref="EhcpQaApp"/>). Every request and piece of work names the copy it
/// works on, and reads the time from that copy's clock.
/// </summary>
public sealed class TestHost : WebApplicationFactory<Program>, IAsyncLifetime
{
    public TestHost()
    {
        DataPath = Path.Combine(Path.GetTempPath(), "ehcpqa-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataPath);
        Databases = new TestDatabases(Path.Combine(DataPath, "databases"));
        ClientOptions.BaseAddress = new Uri("https://ehcpqa.test");
        ClientOptions.AllowAutoRedirect = false;
        MailServer = netDumbster.smtp.SimpleSmtpServer.Start();
    }

    /// <summary>A real mail server, in process, that the app sends its e-mails to; tests send the outbox themselves.</summary>
    public netDumbster.smtp.SimpleSmtpServer MailServer { get; }

    /// <summary>The host's data folder (logs, keys, uploads).</summary>
    public string DataPath { get; }

    public TestDatabases Databases { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:DataPath", DataPath);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Sqlite", Databases.TemplateConnectionString);

        // Tests publish board summaries themselves, so the hourly schedule never races them.
        builder.UseSetting("Reports:Schedule", "false");
        builder.UseSetting("Samples:Schedule", "false");
        builder.UseSetting("Demo:Seed", "true");

        // Tests seal the security log themselves (SecurityLogChain), on their own databases.
        builder.UseSetting("SecurityLog:Schedule", "false");
        builder.UseSetting("Retention:Schedule", "false");
        // Every class's demo users are the same accounts: the per-account limits are tested on a host of their own.
        builder.UseSetting("SignIn:AccountStepsPerMinute", "100000");
        builder.UseSetting("SignIn:UploadsPerMinute", "100000");
        builder.UseSetting("Notifications:Provider", "Smtp");
        builder.UseSetting("Notifications:Schedule", "false");
        builder.UseSetting("Notifications:Reminders", "false");
        builder.UseSetting("Notifications:ServiceUrl", "https://ehcpqa.test");
        builder.UseSetting("Notifications:Smtp:Host", "localhost");
        builder.UseSetting("Notifications:Smtp:Port", MailServer.Configuration.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Notifications:Smtp:UseStartTls", "false");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(new TestDatabaseClock());
            Databases.AddTo(services);
        });
    }

    public async ValueTask InitializeAsync()
    {
        _ = Server; // starts the host; start-up migrates and seeds the template alongside
        await Services.GetRequiredService<DatabaseReadiness>().Ready.WaitAsync(TimeSpan.FromMinutes(2));
        await LetEveryRoleSignInWithAPasswordAsync();
        Databases.Seal();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        MailServer.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // A log file may still be held open for a moment; the temp folder is cleared by the OS.
        }
    }

    /// <summary>The time as the test database in use tells it; the template was seeded at the default.</summary>
    /// <summary>
    /// The tests' authority lets every role sign in with a password alone, as its administrator may, so tests sign
    /// in in one step; the classes that test the second factor require it again, for their own database, on the
    /// administrator's page.
    /// </summary>
    private async Task LetEveryRoleSignInWithAPasswordAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        await SecondFactorJourney.LetEveryRoleSignInWithAPasswordAsync(
            scope.ServiceProvider.GetRequiredService<Web.Persistence.EhcpQaDbContext>(), FixedClock.Default);
    }

    private sealed class TestDatabaseClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => TestDatabase.Current?.Clock.GetUtcNow() ?? FixedClock.Default;
    }
}
