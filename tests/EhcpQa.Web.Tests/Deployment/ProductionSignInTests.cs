using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Deployment;

/// <summary>
/// Production behind a TLS-terminating proxy: the first administrator signs in through the proxy's
/// X-Forwarded-Proto; plain HTTP, and a forwarded header from anyone but the proxy, get a page saying to use
/// https, never a 500; health checks answer over HTTP.
/// </summary>
public sealed class ProductionBehindAProxyTests(ProductionBehindAProxy service) : IClassFixture<ProductionBehindAProxy>
{
    private Uri Http => service.Host.Address("http");

    [Fact]
    public async Task FirstAdministrator_SignsIn_ThroughTheProxysForwardedProto()
    {
        using var proxy = ProductionService.ClientFrom(Http, ProductionBehindAProxy.ProxyAddress);
        var cookies = new Dictionary<string, string>();

        var form = await SendAsync(proxy, HttpMethod.Get, "/account/sign-in", cookies);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains(form.Headers.GetValues("Set-Cookie"), c => c.StartsWith("EhcpQa.Antiforgery", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        var token = Browser.TokenOf(await Browser.ParseAsync(form));

        var signedIn = await SendAsync(proxy, HttpMethod.Post, "/account/sign-in", cookies, new Dictionary<string, string>
        {
            ["Email"] = ProductionService.AdministratorEmail,
            ["Password"] = ProductionService.AdministratorPassword,
            ["__RequestVerificationToken"] = token,
        });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Contains("EhcpQa.Auth", cookies.Keys);

        // In production every role needs a second factor: the administrator sets one up before anything else.
        var home = await SendAsync(proxy, HttpMethod.Get, "/", cookies);
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/account/two-factor/set-up", home.Headers.Location?.OriginalString);
        var setUp = await SendAsync(proxy, HttpMethod.Get, "/account/two-factor/set-up", cookies);
        Assert.Equal(HttpStatusCode.OK, setUp.StatusCode);
        var page = await Browser.ParseAsync(setUp);
        Assert.NotNull(page.QuerySelector("button.app-service-navigation__button"));
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    public async Task PlainHttp_GetsAPageSayingUseHttps(string method)
    {
        using var client = ProductionService.ClientFrom(Http);

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/account/sign-in")
        {
            Content = method == "POST" ? new FormUrlEncodedContent([new("Email", "someone@authority.example")]) : null,
        });

        await AssertUseHttpsPageAsync(response);
    }

    [Fact]
    public async Task ForwardedProto_FromAnAddressThatIsNotAKnownProxy_IsIgnored()
    {
        using var stranger = ProductionService.ClientFrom(Http, ProductionBehindAProxy.OtherAddress);

        var response = await SendAsync(stranger, HttpMethod.Get, "/account/sign-in", []);

        await AssertUseHttpsPageAsync(response);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task HealthChecks_AnswerOverPlainHttp(string path)
    {
        using var loadBalancer = ProductionService.ClientFrom(Http, ProductionBehindAProxy.OtherAddress);

        var response = await loadBalancer.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Production_HasNoDemoData_OnlyTheBootstrapAdministrator()
    {
        var emails = await service.Host.WithDatabaseAsync(db => db.Users.Select(u => u.Email).ToListAsync());

        Assert.Equal([ProductionService.AdministratorEmail], emails);
        Assert.Equal(0, await service.Host.WithDatabaseAsync(db => db.Plans.CountAsync()));
    }

    private static async Task AssertUseHttpsPageAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        IHtmlDocument page = await Browser.ParseAsync(response);
        Assert.Equal("Use the secure address of this service", page.QuerySelector("h1")?.TextContent.Trim());
    }

    /// <summary>Sends a request as the proxy forwards a person's HTTPS request, keeping the cookies by hand (they are secure-only).</summary>
    private static async Task<HttpResponseMessage> SendAsync(
        HttpClient client, HttpMethod method, string path, Dictionary<string, string> cookies, IReadOnlyDictionary<string, string>? form = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.24");
        if (cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        if (form is not null)
        {
            request.Content = new FormUrlEncodedContent(form);
        }

        var response = await client.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var set))
        {
            foreach (var pair in set.Select(c => c.Split(';')[0].Split('=', 2)))
            {
                cookies[pair[0]] = pair[1];
            }
        }

        return response;
    }
}

/// <summary>Production served over HTTPS by Kestrel: the first administrator signs in; HTTP is redirected to the HTTPS port.</summary>
public sealed class ProductionOverHttpsTests(ProductionOverHttps service) : IClassFixture<ProductionOverHttps>
{
    [Fact]
    public async Task FirstAdministrator_SignsIn_OverHttps()
    {
        using var browser = ProductionService.ClientFrom(service.Host.Address("https"), useCookies: true, trust: service.Certificate);
        var form = await browser.GetAsync(new Uri("/account/sign-in", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);

        var signedIn = await browser.PostAsync(new Uri("/account/sign-in", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = ProductionService.AdministratorEmail,
            ["Password"] = ProductionService.AdministratorPassword,
            ["__RequestVerificationToken"] = Browser.TokenOf(await Browser.ParseAsync(form)),
        }));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Contains(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("EhcpQa.Auth", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));

        // In production every role needs a second factor: the administrator is sent to set one up, and does.
        var home = await browser.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        var setUp = await Browser.ParseAsync(await browser.GetAsync(home.Headers.Location));
        var app = SecondFactorJourney.AppFrom(setUp);
        var enrolled = await browser.PostAsync(new Uri("/account/two-factor/set-up", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Code"] = app.CodeAt(DateTimeOffset.UtcNow),
            ["__RequestVerificationToken"] = Browser.TokenOf(setUp),
        }));
        Assert.Equal(HttpStatusCode.OK, enrolled.StatusCode);
        Assert.Equal(10, (await Browser.ParseAsync(enrolled)).QuerySelectorAll("[data-recovery-codes] li").Length);

        home = await browser.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.NotNull((await Browser.ParseAsync(home)).QuerySelector("button.app-service-navigation__button"));
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    public async Task PlainHttp_IsRedirectedToTheHttpsPort(string method)
    {
        using var client = ProductionService.ClientFrom(service.Host.Address("http"));

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/account/sign-in?returnUrl=%2Fplans"));

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        var https = service.Host.Address("https");
        Assert.Equal(new Uri($"https://127.0.0.1:{https.Port}/account/sign-in?returnUrl=%2Fplans"), response.Headers.Location);
    }

    [Fact]
    public async Task HealthCheck_AnswersOverPlainHttp()
    {
        using var loadBalancer = ProductionService.ClientFrom(service.Host.Address("http"));

        var response = await loadBalancer.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
