using System.Net;

namespace EhcpQa.Web.Tests.Security;

public sealed class ResponseHeaderTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task SignedInPage_HasSecurityHeadersAndIsNotCached()
    {
        var client = await app.SignInAsync(DemoUsers.QaLead);

        var response = await client.GetAsync("/plans");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(response.Headers.CacheControl?.NoStore, "Signed-in pages must be sent with Cache-Control: no-store");
        Assert.Contains("max-age", string.Join(";", response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_SetsAHttpOnlySecureSameSiteCookie()
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = false,
            BaseAddress = new Uri("https://ehcpqa.test"),
        });
        var form = await client.GetAsync(new Uri("/account/sign-in", UriKind.Relative));
        var antiforgeryCookie = form.Headers.GetValues("Set-Cookie").First(c => c.StartsWith("EhcpQa.Antiforgery", StringComparison.Ordinal));
        var page = await SignedInClient.ParseAsync(form);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/sign-in")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = DemoUsers.QaLead,
                ["Password"] = DemoData.Password,
                ["__RequestVerificationToken"] = token,
            }),
        };
        request.Headers.Add("Cookie", antiforgeryCookie.Split(';')[0]);

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("EhcpQa.Auth", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("httponly", cookie, StringComparison.Ordinal);
        Assert.Contains("secure", cookie, StringComparison.Ordinal);
        Assert.Contains("samesite=lax", cookie, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRejected()
    {
        var client = await app.SignInAsync(DemoUsers.QaLead);

        var response = await client.PostAsync("/plans/new", new Dictionary<string, string> { ["Form.Reference"] = "EHC-X" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
