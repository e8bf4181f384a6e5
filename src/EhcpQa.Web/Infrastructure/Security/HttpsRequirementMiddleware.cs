using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace EhcpQa.Web.Infrastructure.Security;

/// <summary>
/// Outside Development the service's cookies are sent only over HTTPS, so it is used only over HTTPS. A request
/// that arrives over HTTP (after a trusted proxy's <c>X-Forwarded-Proto</c> has been applied) is redirected to
/// the same address over HTTPS when the HTTPS port is known (<c>Https:Port</c>, or the port of an HTTPS address
/// the server itself listens on), and otherwise answered with a page that says to use the https:// address.
/// Health checks (<c>/health/…</c>) answer over HTTP, for load balancers that probe each instance directly.
/// </summary>
public sealed class HttpsRequirementMiddleware(RequestDelegate next, IConfiguration configuration, IServer server)
{
    public const string PortSetting = "Https:Port";

    /// <summary>The page shown instead, when there is no HTTPS port to redirect to.</summary>
    public const string UseHttpsPath = "/error/use-https";

    private readonly int? _configuredPort = configuration.GetValue<int?>(PortSetting);

    /// <summary>Whether the service insists on HTTPS in this environment: wherever its cookies are secure-only.</summary>
    public static bool AppliesIn(IHostEnvironment environment) => !environment.IsDevelopment();

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (request.IsHttps || request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
        {
            return next(context);
        }

        if (HttpsPort() is { } port)
        {
            var host = port == 443 ? new HostString(request.Host.Host) : new HostString(request.Host.Host, port);
            context.Response.StatusCode = StatusCodes.Status307TemporaryRedirect;
            context.Response.Headers.Location = string.Concat("https://", host.ToUriComponent(), request.PathBase.ToUriComponent(), request.Path.ToUriComponent(), request.QueryString.ToUriComponent());
            return Task.CompletedTask;
        }

        request.Path = UseHttpsPath;
        request.QueryString = QueryString.Empty;
        return next(context);
    }

    private int? HttpsPort()
    {
        if (_configuredPort is not null)
        {
            return _configuredPort;
        }

        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var https = addresses
            .Select(address => Uri.TryCreate(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri) ? uri : null)
            .Where(uri => uri is not null && uri.Scheme == Uri.UriSchemeHttps)
            .Select(uri => uri!.Port)
            .Distinct()
            .ToList();
        return https.Count == 1 ? https[0] : null;
    }
}

public static class HttpsRequirementApplicationBuilderExtensions
{
    /// <summary>Adds <see cref="HttpsRequirementMiddleware"/> where <see cref="HttpsRequirementMiddleware.AppliesIn"/> says so.</summary>
    public static IApplicationBuilder UseHttpsRequirement(this IApplicationBuilder app, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return HttpsRequirementMiddleware.AppliesIn(environment) ? app.UseMiddleware<HttpsRequirementMiddleware>() : app;
    }
}
