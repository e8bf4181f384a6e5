using EhcpQa.Web.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EhcpQa.Web.Tests.Support;

/// <summary>
/// The application as one test class sees it: the shared <see cref="TestHost"/> working on a database of
/// the class's own (a copy of the seeded template, so the demo users and plans are there) with a fixed
/// clock the class may move. Use one per test class (<c>IClassFixture&lt;EhcpQaApp&gt;</c>).
/// </summary>
public sealed class EhcpQaApp(TestHost host) : IAsyncLifetime
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Task<object>>> _shared = new();
    private TestDatabase? _database;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("The test database is made when the class starts.");

    public FixedClock Clock => Database.Clock;

    /// <summary>The shared host's data folder (logs, keys, uploads).</summary>
    public string DataPath => host.DataPath;

    /// <summary>The mail server the app e-mails (shared by every class: read the messages to your own recipients).</summary>
    public netDumbster.smtp.SimpleSmtpServer MailServer => host.MailServer;

    /// <summary>Sends this class's outbox as the sending job would; answers how many were e-mailed.</summary>
    public Task<int> SendNotificationsAsync() =>
        WithScopeAsync(services => services.GetRequiredService<Web.Features.Notifications.NotificationSending>().SendDueAsync(CancellationToken.None));

    /// <summary>Sends this class's survey links waiting to be e-mailed, as their sending job would; answers how many were e-mailed.</summary>
    public Task<int> SendSurveyEmailsAsync() =>
        WithScopeAsync(services => services.GetRequiredService<Web.Features.Surveys.SurveyEmailSending>().SendDueAsync(CancellationToken.None));

    /// <summary>Makes the plans a test names, in this class's database.</summary>
    public TestPlans Plans => new(this);

    /// <summary>The host's services. Work that reaches the database goes through <see cref="WithScopeAsync{T}"/> or <see cref="RunAsync"/>.</summary>
    public IServiceProvider Services => host.Services;

    public ValueTask InitializeAsync()
    {
        _database = host.Databases.CopyOfTemplate(new FixedClock(FixedClock.Default));
        return ValueTask.CompletedTask;
    }

    /// <summary>A client of the app on this class's database, with cookies, that does not follow redirects.</summary>
    public HttpClient CreateClient() => CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = host.ClientOptions.BaseAddress,
        AllowAutoRedirect = false,
    });

    public HttpClient CreateClient(WebApplicationFactoryClientOptions options)
    {
        var client = host.CreateClient(options);
        client.DefaultRequestHeaders.Add(TestDatabase.Header, Database.Id);
        return client;
    }

    /// <summary>A client (with cookies, not following redirects) whose requests come, as the service sees them, from this address.</summary>
    public SignedInClient ClientFrom(System.Net.IPAddress address)
    {
        var handler = new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler
        {
            InnerHandler = host.Server.CreateHandler(context => context.Connection.RemoteIpAddress = address),
        };
        var client = new HttpClient(handler) { BaseAddress = host.ClientOptions.BaseAddress };
        client.DefaultRequestHeaders.Add(TestDatabase.Header, Database.Id);
        return new SignedInClient(client);
    }

    /// <summary>Everything the shared host has logged so far (every class's requests: find yours by what is yours).</summary>
    public string ReadLog()
    {
        var folder = Path.Combine(host.DataPath, "logs");
        return string.Join('\n', Directory.EnumerateFiles(folder).Select(file =>
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }));
    }

    /// <summary>An administrator disables the account with this e-mail address through the users page.</summary>
    public async Task DisableAccountAsync(string email)
    {
        var admin = await SignInAsync(DemoUsers.Administrator);
        var id = await WithDatabaseAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var fields = FormFields.Of(await admin.GetPageAsync($"/admin/users/{id}/edit")).With("Form.Disabled", "true");
        var response = await admin.PostAsync($"/admin/users/{id}/edit", fields);
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Disabling {email} answered {(int)response.StatusCode}");
        }
    }

    /// <summary>A client signed in as the demo user with this email address.</summary>
    public async Task<SignedInClient> SignInAsync(string email)
    {
        var signedIn = new SignedInClient(CreateClient());
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

    /// <summary>Runs work against this class's database in a scope of its own.</summary>
    public Task<T> WithDatabaseAsync<T>(Func<EhcpQaDbContext, Task<T>> work) =>
        WithScopeAsync(services => work(services.GetRequiredService<EhcpQaDbContext>()));

    /// <summary>Runs work with the application's services, in a scope of its own, on this class's database and clock.</summary>
    public Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work) => Database.RunAsync(async () =>
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    });

    /// <summary>Runs work (which may make scopes of its own) on this class's database and clock.</summary>
    public Task RunAsync(Func<Task> work) => Database.RunAsync(async () =>
    {
        await work();
        return true;
    });

    public ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            host.Databases.Remove(_database);
        }

        return ValueTask.CompletedTask;
    }
}
