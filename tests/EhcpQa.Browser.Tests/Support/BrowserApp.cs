using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Seeding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EhcpQa.Browser.Tests.Support;

/// <summary>
/// The application in the browser as one test class sees it: the shared <see cref="BrowserHost"/> working
/// on the class's own copy of the seeded database. Use one per test class (<c>IClassFixture&lt;BrowserApp&gt;</c>).
/// </summary>
public sealed class BrowserApp(BrowserHost host) : IAsyncLifetime
{
    /// <summary>How long any single browser step may take before the test fails (milliseconds).</summary>
    public const float SlowMachineTimeout = BrowserHost.SlowMachineTimeout;

    private TestDatabase? _database;

    /// <summary>Where the application is served.</summary>
    public Uri BaseAddress => host.BaseAddress;

    private TestDatabase Database => _database ?? throw new InvalidOperationException("The test database is made when the class starts.");

    public ValueTask InitializeAsync()
    {
        _database = host.Databases.CopyOfTemplate(new FixedClock(FixedClock.Default));
        return ValueTask.CompletedTask;
    }

    /// <summary>A new browser page (its own cookies) signed in as a demo user.</summary>
    public async Task<IPage> SignedInPageAsync(string email)
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(DemoData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        // Signed in once the page after it shows the sign-out button. Waiting for an element rather than a
        // load state: a load state already reached while the wait began was sometimes never seen under load.
        await page.Locator("form[action$='/account/sign-out']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        return page;
    }

    /// <summary>A new browser page with cookies of its own, on this class's database.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await host.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = host.BaseAddress.ToString(),
            ExtraHTTPHeaders = new Dictionary<string, string> { [TestDatabase.Header] = Database.Id },
        });

        // The test run shares two cores with the other test assemblies, so a page can take a while
        // to load; generous limits keep a slow machine from failing a correct journey.
        context.SetDefaultTimeout(SlowMachineTimeout);
        context.SetDefaultNavigationTimeout(SlowMachineTimeout);
        return await context.NewPageAsync();
    }

    /// <summary>Runs work against this class's database in a scope of its own.</summary>
    public Task<T> WithDatabaseAsync<T>(Func<EhcpQaDbContext, Task<T>> work) => Database.RunAsync(async () =>
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<EhcpQaDbContext>());
    });

    /// <summary>Sends what this class's outbox holds now, as the service's worker does, to the host's mail catcher.</summary>
    public Task<int> SendNotificationsAsync() => Database.RunAsync(async () =>
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Web.Features.Notifications.NotificationSending>().SendDueAsync(CancellationToken.None);
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
