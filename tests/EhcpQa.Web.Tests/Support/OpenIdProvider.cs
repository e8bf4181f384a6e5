using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace EhcpQa.Web.Tests.Support;

/// <summary>
/// A real OpenID Connect provider (OpenIddict), served by Kestrel on a loopback port for the tests that sign in with
/// an organisation's account, as an authority's Microsoft Entra ID would be. It knows one client, the service, and
/// signs in whoever the test says is signed in at the provider (<see cref="SignedIn"/>): as a provider with a session
/// of its own does, it answers the service straight away, with an authorisation code for that person, or with
/// access_denied when nobody is.
/// </summary>
public sealed class OpenIdProvider : IAsyncDisposable
{
    public const string ClientId = "ehcpqa";
    public const string ClientSecret = "a client secret the provider and the service share";

    private readonly WebApplication _app;
    private readonly string _databasePath;

    private OpenIdProvider(WebApplication app, string databasePath)
    {
        _app = app;
        _databasePath = databasePath;
    }

    /// <summary>The provider's issuer address (the service's <c>SingleSignOn:Authority</c>).</summary>
    public Uri Authority => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single() + "/");

    /// <summary>The person signed in at the provider now; null when nobody is (the provider then refuses).</summary>
    public ProviderPerson? SignedIn { get; set; }

    /// <summary>Starts a provider that lets the service send people back to <paramref name="redirectUri"/>.</summary>
    public static async Task<OpenIdProvider> StartAsync(Uri redirectUri)
    {
        var provider = await StartAsync();
        await provider.RegisterServiceAsync(redirectUri);
        return provider;
    }

    /// <summary>Starts a provider that knows no client yet (<see cref="RegisterServiceAsync"/> once the service's address is known).</summary>
    public static async Task<OpenIdProvider> StartAsync()
    {
        var databasePath = Path.Combine(Path.GetTempPath(), "ehcpqa-openid-provider-" + Guid.NewGuid().ToString("N") + ".db");
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        builder.Services.AddDbContext<ProviderDbContext>(options =>
        {
            options.UseSqlite($"Data Source={databasePath};Pooling=false");
            options.UseOpenIddict();
        });
        builder.Services.AddOpenIddict()
            .AddCore(options => options.UseEntityFrameworkCore().UseDbContext<ProviderDbContext>())
            .AddServer(options =>
            {
                options.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token");
                options.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                options.RegisterScopes(Scopes.OpenId, Scopes.Email, Scopes.Profile);
                options.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
                options.DisableAccessTokenEncryption();
                options.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .DisableTransportSecurityRequirement();
            });

        var app = builder.Build();
        var provider = new OpenIdProvider(app, databasePath);
        app.MapMethods("connect/authorize", ["GET", "POST"], (Func<HttpContext, IResult>)provider.Authorize);
        app.MapPost("connect/token", (Func<HttpContext, Task<IResult>>)TokenAsync);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ProviderDbContext>().Database.EnsureCreatedAsync();
        }

        await app.StartAsync();
        return provider;
    }

    /// <summary>Registers the service as the provider's one client, sending people back to <paramref name="redirectUri"/>.</summary>
    public async Task RegisterServiceAsync(Uri redirectUri)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>().CreateAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = ClientId,
            ClientSecret = ClientSecret,
            ClientType = ClientTypes.Confidential,
            ConsentType = ConsentTypes.Implicit,
            RedirectUris = { redirectUri },
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.Token,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Email,
                Permissions.Scopes.Profile,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        });
    }

    /// <summary>The authorisation endpoint: the signed-in person's code for the service, or access_denied.</summary>
    private IResult Authorize(HttpContext context)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (SignedIn is not { } person)
        {
            return Results.Forbid(
                new AuthenticationProperties(new Dictionary<string, string?>
                {
                    [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.AccessDenied,
                    [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "The person refused to sign in.",
                }),
                [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, person.Subject)
            .SetClaim(Claims.Name, person.Name)
            .SetClaim(Claims.PreferredUsername, person.Email);
        if (person.ObjectId is not null)
        {
            identity.SetClaim("oid", person.ObjectId);
        }

        if (person.EmailClaim)
        {
            identity.SetClaim(Claims.Email, person.Email);
        }

        identity.SetScopes(request.GetScopes());
        identity.SetDestinations(_ => [Destinations.IdentityToken, Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>The token endpoint: the code is exchanged for tokens of the person it was issued for.</summary>
    private static async Task<IResult> TokenAsync(HttpContext context)
    {
        var result = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        if (result.Principal is not { } principal)
        {
            return Results.Forbid(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        principal.SetDestinations(_ => [Destinations.IdentityToken, Destinations.AccessToken]);
        return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_databasePath);
    }

    private sealed class ProviderDbContext(DbContextOptions<ProviderDbContext> options) : DbContext(options);
}

/// <summary>
/// A person with an account at the provider: its subject and (as Entra ID gives) object id, name and address;
/// <see cref="EmailClaim"/> false gives the address only as the preferred user name, as Entra ID does for accounts
/// with no mailbox.
/// </summary>
public sealed record ProviderPerson(string Subject, string? ObjectId, string Name, string Email, bool EmailClaim = true);
