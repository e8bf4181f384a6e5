using System.Security.Claims;
using EhcpQa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EhcpQa.Web.Tests.Infrastructure.Security;

/// <summary>
/// A pipeline of its own (not the app's Program): the middleware, a stand-in for authentication
/// that signs in when the request has an X-Test-User header, a page and a static file endpoint.
/// </summary>
internal static class SecurityHeadersPipeline
{
    public static async Task<IHost> StartAsync(string environment = "Production")
    {
        var host = new HostBuilder()
            .UseEnvironment(environment)
            .ConfigureWebHost(web => web
                .UseTestServer()
                .ConfigureServices(services => services.AddRouting())
                .Configure(app =>
                {
                    app.UseRouting();
                    app.UseSecurityHeaders(app.ApplicationServices.GetRequiredService<IWebHostEnvironment>());
                    app.Use((context, next) =>
                    {
                        if (context.Request.Headers.ContainsKey("X-Test-User"))
                        {
                            context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "sam")], "Test"));
                        }

                        return next(context);
                    });
                    app.UseEndpoints(endpoints =>
                    {
                        endpoints.MapGet("/plans", () => "a page");
                        endpoints.MapGet("/lib/govuk/govuk-frontend.min.js", () => "a static file")
                            .WithMetadata(new StaticAssetDescriptor
                            {
                                Route = "lib/govuk/govuk-frontend.min.js",
                                AssetPath = "lib/govuk/govuk-frontend.min.js",
                            });
                    });
                }))
            .Build();
        await host.StartAsync(TestContext.Current.CancellationToken);
        return host;
    }

    public static async Task<HttpResponseMessage> GetAsync(IHost host, string path, bool signedIn)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (signedIn)
        {
            request.Headers.Add("X-Test-User", "sam");
        }

        return await host.GetTestClient().SendAsync(request, TestContext.Current.CancellationToken);
    }
}

public sealed class SecurityHeadersMiddleware_SetsHeadersOnEveryResponse
{
    [Fact]
    public async Task Content_security_policy_and_friends_are_set()
    {
        using var host = await SecurityHeadersPipeline.StartAsync();

        using var response = await SecurityHeadersPipeline.GetAsync(host, "/plans", signedIn: false);

        Assert.Equal(
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'",
            string.Join(",", response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", string.Join(",", response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("no-referrer", string.Join(",", response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("camera=()", string.Join(",", response.Headers.GetValues("Permissions-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Not_found_responses_get_them_too()
    {
        using var host = await SecurityHeadersPipeline.StartAsync();

        using var response = await SecurityHeadersPipeline.GetAsync(host, "/nowhere", signedIn: false);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task Policy_has_no_unsafe_inline_even_in_development()
    {
        using var host = await SecurityHeadersPipeline.StartAsync(Environments.Development);

        using var response = await SecurityHeadersPipeline.GetAsync(host, "/plans", signedIn: false);

        var policy = string.Join(",", response.Headers.GetValues("Content-Security-Policy"));
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
        Assert.StartsWith(SecurityHeadersMiddleware.ContentSecurityPolicy, policy, StringComparison.Ordinal);
    }
}

public sealed class SecurityHeadersMiddleware_WhenUserIsSignedIn_PreventsStoringPages
{
    [Fact]
    public async Task Pages_for_signed_in_users_are_no_store()
    {
        using var host = await SecurityHeadersPipeline.StartAsync();

        using var response = await SecurityHeadersPipeline.GetAsync(host, "/plans", signedIn: true);

        Assert.True(response.Headers.CacheControl!.NoStore);
        Assert.Contains("no-cache", response.Headers.Pragma.Select(p => p.Name));
    }

    [Fact]
    public async Task Pages_for_anonymous_users_are_left_alone()
    {
        using var host = await SecurityHeadersPipeline.StartAsync();

        using var response = await SecurityHeadersPipeline.GetAsync(host, "/plans", signedIn: false);

        Assert.Null(response.Headers.CacheControl);
    }

    [Fact]
    public async Task Static_files_stay_cacheable_for_signed_in_users()
    {
        using var host = await SecurityHeadersPipeline.StartAsync();

        using var response = await SecurityHeadersPipeline.GetAsync(host, "/lib/govuk/govuk-frontend.min.js", signedIn: true);

        Assert.Null(response.Headers.CacheControl);
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
    }
}
