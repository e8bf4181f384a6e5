using System.Security.Claims;
using EhcpQa.Web.Persistence.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace EhcpQa.Web.Infrastructure.Authorization;

/// <summary>How a person's account at the authority's identity provider is matched to their staff account.</summary>
public enum OrganisationAccountMatch
{
    /// <summary>By e-mail address at the first sign-in, then by the account's object id (linked then).</summary>
    Email,

    /// <summary>Only by the object id an administrator entered on the person's staff account.</summary>
    ObjectId,
}

/// <summary>
/// Single sign-on with the authority's own identity provider (Microsoft Entra ID or any OpenID Connect provider),
/// set by configuration alone (section <c>SingleSignOn</c>). The provider proves who the person is, with its own
/// second factor; the service still decides whether they have an account here and what their roles are.
/// </summary>
public sealed class SingleSignOnOptions
{
    public const string Section = "SingleSignOn";

    /// <summary>The authentication scheme, and the name organisation accounts are linked under.</summary>
    public const string Scheme = "organisation";

    /// <summary>Where the provider sends the person back to.</summary>
    public const string CallbackPath = "/signin-oidc";

    /// <summary>The provider's issuer address, e.g. <c>https://login.microsoftonline.com/{tenant}/v2.0</c>.</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>What people call the account, on the button: "Sign in with {DisplayName}".</summary>
    public string DisplayName { get; set; } = "your organisation's account";

    public OrganisationAccountMatch MatchBy { get; set; } = OrganisationAccountMatch.Email;

    /// <summary>The claim of the ID token that names the account for good (Entra ID's <c>oid</c>; <c>sub</c> when absent).</summary>
    public string ObjectIdClaim { get; set; } = "oid";

    /// <summary>Whether staff may also sign in with a password of this service (false: only with the organisation's account).</summary>
    public bool LocalAccounts { get; set; } = true;

    /// <summary>Whether the provider's metadata must be fetched over HTTPS (only a provider on the same machine, in Development or tests, may be reached without).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);

    /// <summary>Whether the password pages are open (always, unless single sign-on is set up and local accounts turned off).</summary>
    public bool PasswordsInUse => !IsConfigured || LocalAccounts;

    /// <summary>Refuses settings that would leave nobody able to sign in, or the provider reached without HTTPS in Production.</summary>
    public static SingleSignOnOptions Check(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var options = configuration.GetSection(Section).Get<SingleSignOnOptions>() ?? new SingleSignOnOptions();
        if (!options.LocalAccounts && !options.IsConfigured)
        {
            throw new InvalidOperationException(
                $"{Section}:{nameof(LocalAccounts)} is false, but single sign-on is not set up ({Section}:{nameof(Authority)} and {Section}:{nameof(ClientId)}): nobody could sign in. Set up single sign-on, or remove {Section}:{nameof(LocalAccounts)}.");
        }

        if (options.IsConfigured && !options.RequireHttpsMetadata && environment.IsProduction())
        {
            throw new InvalidOperationException(
                $"{Section}:{nameof(RequireHttpsMetadata)} is false: in Production the identity provider is reached over HTTPS only. Remove the setting, and give an https address in {Section}:{nameof(Authority)}.");
        }

        if (options.IsConfigured && !Uri.TryCreate(options.Authority, UriKind.Absolute, out _))
        {
            throw new InvalidOperationException($"{Section}:{nameof(Authority)} must be the identity provider's address, like https://login.microsoftonline.com/{{tenant}}/v2.0.");
        }

        return options;
    }

    /// <summary>Adds the OpenID Connect sign-in when single sign-on is set up (nothing otherwise).</summary>
    public static void AddTo(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment, bool secureCookies)
    {
        var settings = Check(configuration, environment);
        services.Configure<SingleSignOnOptions>(configuration.GetSection(Section));
        services.AddScoped<OrganisationAccounts>();
        if (!settings.IsConfigured)
        {
            return;
        }

        services.AddAuthentication().AddOpenIdConnect(Scheme, settings.DisplayName, options =>
        {
            options.Authority = settings.Authority;
            options.ClientId = settings.ClientId;
            options.ClientSecret = settings.ClientSecret;
            options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
            options.CallbackPath = CallbackPath;

            // The authorisation code flow with PKCE, the code coming back in the address: a top-level navigation,
            // so the correlation cookies can stay SameSite=Lax.
            options.ResponseType = OpenIdConnectResponseType.Code;
            options.ResponseMode = OpenIdConnectResponseMode.Query;
            options.UsePkce = true;
            options.Scope.Clear();
            options.Scope.Add("openid");
            options.Scope.Add("profile");
            options.Scope.Add("email");

            // The ID token's claims by their own names (oid, sub, email): nothing is kept of the provider's tokens.
            options.MapInboundClaims = false;
            options.SaveTokens = false;
            options.GetClaimsFromUserInfoEndpoint = false;
            options.SignInScheme = IdentityConstants.ExternalScheme;

            foreach (var cookie in new[] { options.CorrelationCookie, options.NonceCookie })
            {
                cookie.SameSite = SameSiteMode.Lax;
                cookie.SecurePolicy = secureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            }

            options.Events.OnRemoteFailure = context =>
            {
                // The person refused, the provider failed, or the answer could not be trusted: say so on a page of
                // the service, never an exception's page.
                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("EhcpQa.Web.Security")
                    .LogWarning("Sign-in with the organisation's account did not finish: {Reason}", context.Failure?.Message);
                context.Response.Redirect(FailedPath);
                context.HandleResponse();
                return Task.CompletedTask;
            };
        });
    }

    /// <summary>The page that says a sign-in with the organisation's account did not finish.</summary>
    public const string FailedPath = "/account/sign-in/organisation/not-finished";
}

/// <summary>The outcome of matching an organisation's account to a staff account: the account, or why there is none.</summary>
public sealed record OrganisationAccountMatchResult(ApplicationUser? User, string? Email, string? Refusal)
{
    public bool Matched => User is not null;
}

/// <summary>
/// Finds the staff account for a person the identity provider has signed in: first by the object id linked to an
/// account, then (when the authority matches by e-mail) by e-mail address, linking the object id so later sign-ins
/// match by it even if the address changes. An account found must not be disabled.
/// </summary>
public sealed class OrganisationAccounts(UserManager<ApplicationUser> users, IOptions<SingleSignOnOptions> options)
{
    /// <summary>The object id of the person the provider signed in (the configured claim, else <c>sub</c>).</summary>
    public string? ObjectIdOf(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return First(principal, options.Value.ObjectIdClaim, "sub");
    }

    /// <summary>The e-mail address the provider gives for the person (<c>email</c>, else an address-like <c>preferred_username</c> or <c>upn</c>).</summary>
    public static string? EmailOf(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return principal.FindFirstValue("email") is { Length: > 0 } email
            ? email
            : AddressLikeClaims.Select(principal.FindFirstValue).FirstOrDefault(v => v is not null && v.Contains('@', StringComparison.Ordinal));
    }

    private static readonly string[] AddressLikeClaims = ["preferred_username", "upn"];

    public async Task<OrganisationAccountMatchResult> MatchAsync(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var objectId = ObjectIdOf(principal);
        var email = EmailOf(principal);
        if (objectId is null)
        {
            return new(null, email, "the provider named no account");
        }

        var user = await users.FindByLoginAsync(SingleSignOnOptions.Scheme, objectId);
        if (user is null && options.Value.MatchBy == OrganisationAccountMatch.Email && email is not null)
        {
            user = await users.FindByEmailAsync(email.Trim());
            if (user is not null)
            {
                if ((await users.GetLoginsAsync(user)).Any(l => l.LoginProvider == SingleSignOnOptions.Scheme))
                {
                    // The staff account is linked to another organisation account: one address, two people.
                    return new(null, email, "e-mail matched an account linked to another organisation account");
                }

                var linked = await users.AddLoginAsync(user, new UserLoginInfo(SingleSignOnOptions.Scheme, objectId, options.Value.DisplayName));
                if (!linked.Succeeded)
                {
                    return new(null, email, "the organisation account could not be linked");
                }
            }
        }

        return user switch
        {
            null => new(null, email, "no account linked"),
            { IsDisabled: true } => new(null, email, "account disabled"),
            _ => new(user, email, null),
        };
    }

    /// <summary>The object id linked to the account, if any.</summary>
    public async Task<string?> LinkedObjectIdAsync(ApplicationUser user) =>
        (await users.GetLoginsAsync(user)).FirstOrDefault(l => l.LoginProvider == SingleSignOnOptions.Scheme)?.ProviderKey;

    /// <summary>Whether another account is linked to this object id.</summary>
    public async Task<bool> IsLinkedElsewhereAsync(string objectId, string userId) =>
        await users.FindByLoginAsync(SingleSignOnOptions.Scheme, objectId.Trim()) is { } other && other.Id != userId;

    /// <summary>Links the account to this object id (replacing any other), or unlinks it when the id is blank.</summary>
    public async Task<bool> LinkAsync(ApplicationUser user, string? objectId)
    {
        ArgumentNullException.ThrowIfNull(user);
        var current = await LinkedObjectIdAsync(user);
        var wanted = string.IsNullOrWhiteSpace(objectId) ? null : objectId.Trim();
        if (current == wanted)
        {
            return false;
        }

        if (current is not null)
        {
            await users.RemoveLoginAsync(user, SingleSignOnOptions.Scheme, current);
        }

        if (wanted is not null)
        {
            await users.AddLoginAsync(user, new UserLoginInfo(SingleSignOnOptions.Scheme, wanted, options.Value.DisplayName));
        }

        return true;
    }

    private static string? First(ClaimsPrincipal principal, params string[] types) =>
        types.Select(principal.FindFirstValue).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
