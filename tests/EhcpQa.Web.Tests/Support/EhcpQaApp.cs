using EhcpQa.Web.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EhcpQa.Web.Tests.Support;

/// <summary>
/// The real application on a fresh SQLite database file of its own, with the demo users and plans
/// seeded and a fixed clock. Use one per test class (<c>IClassFixture&lt;EhcpQaApp&gt;</c>).
/// </summary>
public sealed class EhcpQaApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public EhcpQaApp()
    {
        DataPath = Path.Combine(Path.GetTempPath(), "ehcpqa-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataPath);
        ClientOptions.BaseAddress = new Uri("https://ehcpqa.test");
        ClientOptions.AllowAutoRedirect = false;
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Task<object>>> _shared = new();

    public string DataPath { get; }

    public FixedClock Clock { get; } = new(FixedClock.Default);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:DataPath", DataPath);
        builder.UseSetting("Database:Provider", "Sqlite");

        // Tests publish board summaries themselves, so the hourly schedule never races them.
        builder.UseSetting("Reports:Schedule", "false");
        builder.UseSetting("Demo:Seed", "true");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    public async ValueTask InitializeAsync()
    {
        _ = Server; // starts the host; start-up migrates and seeds the database alongside
        await Services.GetRequiredService<EhcpQa.Web.Persistence.Seeding.DatabaseReadiness>().Ready.WaitAsync(TimeSpan.FromMinutes(2));
    }

    /// <summary>A client signed in as the demo user with this email address.</summary>
    public async Task<SignedInClient> SignInAsync(string email)
    {
        var client = CreateClient();
        var signedIn = new SignedInClient(client);
        var response = await signedIn.PostFormAsync("/account/sign-in", new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = DemoData.Password,
        });
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as {email} failed: {(int)response.StatusCode}");
        }

        return signedIn;
    }

    /// <summary>Set-up made once for every test of a class that shares this app (tests of a class run one by one).</summary>
    public async Task<T> SharedAsync<T>(string key, Func<Task<T>> create) where T : notnull =>
        (T)await _shared.GetOrAdd(key, _ => new Lazy<Task<object>>(async () => await create())).Value;

    /// <summary>Runs work against the application's database in a scope of its own.</summary>
    public async Task<T> WithDatabaseAsync<T>(Func<EhcpQaDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<EhcpQaDbContext>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
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
}
