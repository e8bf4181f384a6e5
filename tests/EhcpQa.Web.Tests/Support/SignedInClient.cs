using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace EhcpQa.Web.Tests.Support;

/// <summary>An HTTP client that keeps its cookies and posts forms the way a browser does, antiforgery token included.</summary>
public sealed class SignedInClient(HttpClient client)
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http { get; } = client;

    public Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(new Uri(url, UriKind.Relative));

    public async Task<IHtmlDocument> GetPageAsync(string url)
    {
        var response = await GetAsync(url);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}");
        }

        return await ParseAsync(response);
    }

    /// <summary>Opens the form page to get an antiforgery token, then posts the fields to it.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string url, IEnumerable<KeyValuePair<string, string>> fields, string? formPage = null)
    {
        var page = await GetAsync(formPage ?? url);
        var document = await ParseAsync(page);
        var token = document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No antiforgery token on {formPage ?? url}");
        return await PostAsync(url, fields.Append(new("__RequestVerificationToken", token)));
    }

    /// <summary>Opens the form page to get an antiforgery token, then posts one file to it as a browser's file upload does.</summary>
    public async Task<HttpResponseMessage> PostFileAsync(string formPage, string url, string field, byte[] bytes, string fileName, string contentType)
    {
        var document = await GetPageAsync(formPage);
        var token = document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No antiforgery token on {formPage}");
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        content.Add(file, field, fileName);
        content.Add(new StringContent(token), "__RequestVerificationToken");
        return await Http.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    /// <summary>Posts a form's fields with one file, as a browser posts a form with a file upload (multipart).</summary>
    public async Task<HttpResponseMessage> PostMultipartAsync(string url, IEnumerable<KeyValuePair<string, string>> fields, string field, byte[] bytes, string fileName, string contentType)
    {
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        content.Add(file, field, fileName);
        return await Http.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    public Task<HttpResponseMessage> PostAsync(string url, IEnumerable<KeyValuePair<string, string>> fields) =>
        Http.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(fields));

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
}
