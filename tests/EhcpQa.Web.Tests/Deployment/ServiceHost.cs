using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Seeding;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EhcpQa.Web.Tests.Deployment;

/// <summary>
/// One instance of the real service, set up as an authority deploys it: the environment and settings given
/// here, on a data folder and SQLite file that other instances may share, served in memory or, when Kestrel
/// options are given, by Kestrel on loopback ports.
/// </summary>
public sealed class ServiceHost : WebApplicationFactory<Program>
{
    private readonly string _environment;
    private readonly Dictionary<string, string?> _settings;
    private readonly TimeProvider? _clock;

    public ServiceHost(string environment, IReadOnlyDictionary<string, string?> settings, TimeProvider? clock = null, Action<KestrelServerOptions>? kestrel = null)
    {
        _environment = environment;
        _settings = new Dictionary<string, string?>(settings);
        _clock = clock;
        ClientOptions.BaseAddress = new Uri("https://ehcpqa.test");
        ClientOptions.AllowAutoRedirect = false;
        if (kestrel is not null)
        {
            UseKestrel(kestrel);
        }
    }

    /// <summary>A fresh folder under the temp folder for a data folder shared by the instances of one test.</summary>
    public static string NewDataPath()
    {
        var path = Path.Combine(Path.GetTempPath(), "ehcpqa-deployment-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Starts the host and waits until start-up has migrated and seeded the database.</summary>
    public async Task StartAsync()
    {
        await Task.Run(StartServer);
        await Services.GetRequiredService<DatabaseReadiness>().Ready.WaitAsync(TimeSpan.FromMinutes(3));
    }

    /// <summary>The address Kestrel listens on for the scheme ("http" or "https").</summary>
    public Uri Address(string scheme) =>
        Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(address => new Uri(address))
            .Single(uri => uri.Scheme == scheme);

    public async Task<T> WithDatabaseAsync<T>(Func<EhcpQaDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<EhcpQaDbContext>());
    }

    /// <summary>Removes a data folder once every instance using it has stopped.</summary>
    public static void RemoveDataPath(string path)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // A log file may still be held open for a moment; the temp folder is cleared by the OS.
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_clock is not null)
        {
            builder.ConfigureServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton(_clock);
            });
        }
    }
}

/// <summary>A clock that stands still unless a test moves it, shared by the instances of a test.</summary>
public sealed class StoppedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
