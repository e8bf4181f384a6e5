using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace EhcpQa.Web.Tests.Deployment;

/// <summary>
/// A person's browser behind a load balancer: one set of cookies, each request sent to whichever instance
/// the test names, forms posted with the antiforgery token of the page they came from.
/// </summary>
public sealed class Browser : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly CookieContainer _cookies = new();
    private readonly Dictionary<ServiceHost, HttpClient> _clients = [];

    public HttpClient On(ServiceHost instance)
    {
        if (!_clients.TryGetValue(instance, out var client))
        {
            client = instance.CreateDefaultClient(new Uri("https://ehcpqa.test"), new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler(_cookies));
            _clients[instance] = client;
        }

        return client;
    }

    public async Task<IHtmlDocument> PageAsync(ServiceHost instance, string url)
    {
        var response = await On(instance).GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ParseAsync(response);
    }

    public Task<HttpResponseMessage> PostAsync(ServiceHost instance, string url, IEnumerable<KeyValuePair<string, string>> fields) =>
        On(instance).PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(fields));

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    public static string TokenOf(IHtmlDocument page) =>
        page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
        ?? throw new InvalidOperationException("The page has no antiforgery token");

    public void Dispose()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }
    }
}
