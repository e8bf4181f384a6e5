using System.Net;
using EhcpQa.Web.Tests.Deployment;

namespace EhcpQa.Web.Tests.SingleSignOn;

/// <summary>
/// The service set up for single sign-on with a real OpenID Connect provider the test runs (<see cref="OpenIdProvider"/>):
/// an authority on Microsoft Entra ID, as it configures it. Subclasses say whether local passwords are still used.
/// </summary>
public abstract class ServiceWithSingleSignOn : IAsyncLifetime
{
    private readonly IReadOnlyDictionary<string, string?> _settings;

    protected ServiceWithSingleSignOn(IReadOnlyDictionary<string, string?> settings)
    {
        _settings = settings;
        DataPath = ServiceHost.NewDataPath();
    }

    public const string AccountName = "your Test Council account";

    public string DataPath { get; }

    public OpenIdProvider Provider { get; private set; } = null!;

    public ServiceHost Host { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Provider = await OpenIdProvider.StartAsync(new Uri("https://ehcpqa.test/signin-oidc"));
        var settings = new Dictionary<string, string?>
        {
            ["Storage:DataPath"] = DataPath,
            ["Database:Provider"] = "Sqlite",
            ["Reports:Schedule"] = "false",
            ["SecurityLog:Schedule"] = "false",
            ["Retention:Schedule"] = "false",
            ["Notifications:Schedule"] = "false",
            ["SingleSignOn:Authority"] = Provider.Authority.ToString(),
            ["SingleSignOn:ClientId"] = OpenIdProvider.ClientId,
            ["SingleSignOn:ClientSecret"] = OpenIdProvider.ClientSecret,
            ["SingleSignOn:DisplayName"] = AccountName,
            // The test's provider is on this machine, over plain HTTP; an authority's is reached over HTTPS.
            ["SingleSignOn:RequireHttpsMetadata"] = "false",
        };
        foreach (var (key, value) in _settings)
        {
            settings[key] = value;
        }

        Host = new ServiceHost("Testing", settings);
        await Host.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Provider.DisposeAsync();
        ServiceHost.RemoveDataPath(DataPath);
        GC.SuppressFinalize(this);
    }

    /// <summary>A browser-like client of the service: it keeps cookies and follows no redirects.</summary>
    public SignedInClient NewClient() => new(Host.CreateClient());

    /// <summary>
    /// Signs in with the organisation's account as a browser does: the button on the sign-in page, the provider
    /// (signed in as <paramref name="person"/>, or nobody), back to the service, and the service's answer.
    /// </summary>
    public async Task<HttpResponseMessage> SignInAsync(SignedInClient client, ProviderPerson? person, string? returnUrl = null)
    {
        Provider.SignedIn = person;
        var signInPage = await client.GetPageAsync("/account/sign-in" + (returnUrl is null ? string.Empty : "?returnUrl=" + Uri.EscapeDataString(returnUrl)));
        var button = signInPage.QuerySelector($"main a.govuk-button:contains('Sign in with {AccountName}')")?.GetAttribute("href")
            ?? throw new InvalidOperationException("No button to sign in with the organisation's account");
        var challenge = await client.GetAsync(button);
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var authorize = challenge.Headers.Location!;
        Assert.StartsWith(Provider.Authority.ToString(), authorize.ToString(), StringComparison.Ordinal);

        using var toProvider = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
        var answer = await toProvider.GetAsync(authorize);
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        var callback = answer.Headers.Location!;
        Assert.Equal("https://ehcpqa.test/signin-oidc", callback.GetLeftPart(UriPartial.Path));

        var back = await client.GetAsync(callback.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        var next = back.Headers.Location!;
        return next.OriginalString.StartsWith("/account/sign-in/organisation/done", StringComparison.Ordinal)
            ? await client.GetAsync(next.OriginalString)
            : back;
    }
}

/// <summary>Single sign-on beside the service's own passwords, matching staff by e-mail address; the demo authority's data.</summary>
public sealed class SingleSignOnBesidePasswords() : ServiceWithSingleSignOn(new Dictionary<string, string?>
{
    ["Demo:Seed"] = "true",
});

/// <summary>
/// Only the organisation's accounts sign in (local accounts off): a new authority, its first administrator made from
/// the bootstrap settings with no password, matched by e-mail address at their first sign-in.
/// </summary>
public sealed class OrganisationAccountsOnly() : ServiceWithSingleSignOn(new Dictionary<string, string?>
{
    ["SingleSignOn:LocalAccounts"] = "false",
    ["Bootstrap:AdministratorEmail"] = AdministratorEmail,
})
{
    public const string AdministratorEmail = "it.administrator@council.example";
}
