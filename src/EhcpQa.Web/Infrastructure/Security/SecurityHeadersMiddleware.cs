using Microsoft.AspNetCore.StaticAssets;

namespace EhcpQa.Web.Infrastructure.Security;

/// <summary>
/// Sets the security headers on every response, and stops browsers and proxies storing pages shown
/// to a signed-in user (static files excepted), since those pages carry children's personal data.
/// </summary>
public sealed class SecurityHeadersMiddleware
{
    /// <summary>No inline script or style: the GOV.UK template's inline script is a file here.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    private readonly RequestDelegate _next;
    private readonly string _contentSecurityPolicy;

    public SecurityHeadersMiddleware(RequestDelegate next, IWebHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        _next = next;

        // dotnet watch's browser refresh script talks to its own websocket server on localhost.
        _contentSecurityPolicy = environment.IsDevelopment()
            ? ContentSecurityPolicy + "; connect-src 'self' ws://localhost:* wss://localhost:*"
            : ContentSecurityPolicy;
    }

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = _contentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = PermissionsPolicy;

        // Authentication runs later in the pipeline, so decide when the response starts.
        context.Response.OnStarting(static state =>
        {
            var httpContext = (HttpContext)state;
            if (httpContext.User.Identity?.IsAuthenticated == true && !IsStaticFile(httpContext))
            {
                httpContext.Response.Headers.CacheControl = "no-store";
                httpContext.Response.Headers.Pragma = "no-cache";
            }

            return Task.CompletedTask;
        }, context);

        return _next(context);
    }

    private static bool IsStaticFile(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is not null;
}
