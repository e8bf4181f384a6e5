namespace EhcpQa.Web.Infrastructure.Security;

public static class SecurityHeadersApplicationBuilderExtensions
{
    /// <summary>
    /// Adds <see cref="SecurityHeadersMiddleware"/>: CSP without unsafe-inline, nosniff, DENY framing,
    /// no referrer, a minimal Permissions-Policy, and no-store on pages for signed-in users.
    /// Call it before <c>MapStaticAssets</c> and the controllers. HSTS is left to <c>UseHsts()</c>.
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, IWebHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(environment);
        return app.UseMiddleware<SecurityHeadersMiddleware>(environment);
    }
}
