using System.Net;
using System.Text;
using EhcpQa.Web.Features.Frameworks;

namespace EhcpQa.Web.Tests.Frameworks;

/// <summary>What the framework tests share: example files under a key of the test's own, imported and published through the pages.</summary>
internal static class FrameworkImports
{
    /// <summary>An example file with its framework key changed, so each test has a framework of its own.</summary>
    public static byte[] Example(string name, string key)
    {
        var text = File.ReadAllText(FrameworkExamples.PathOf(name)!);
        var original = System.Text.Json.JsonDocument.Parse(text).RootElement.GetProperty("framework").GetProperty("key").GetString()!;
        return Encoding.UTF8.GetBytes(text.Replace($"\"key\": \"{original}\"", $"\"key\": \"{key}\"", StringComparison.Ordinal));
    }

    public static Task<HttpResponseMessage> ImportAsync(SignedInClient client, byte[] file, string fileName = "framework.json") =>
        client.PostFileAsync("/frameworks/import", "/frameworks/import", "Upload.File", file, fileName, "application/json");

    /// <summary>Imports the file and answers the new version's page address.</summary>
    public static async Task<string> ImportedAsync(SignedInClient client, byte[] file)
    {
        var response = await ImportAsync(client, file);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    /// <summary>Presses a button of the version page (publish, retire, discard) with the token the page holds.</summary>
    public static async Task<HttpResponseMessage> PressAsync(SignedInClient client, string versionPage, string action)
    {
        var page = await client.GetPageAsync(versionPage);
        var form = page.QuerySelector($"form[action$='/{action}']") ?? throw new InvalidOperationException($"No {action} button on {versionPage}");
        return await client.PostAsync(form.GetAttribute("action")!, FormFields.Of(form));
    }
}
