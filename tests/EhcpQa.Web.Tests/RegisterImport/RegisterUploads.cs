using System.Net;
using System.Text;
using AngleSharp.Html.Dom;

namespace EhcpQa.Web.Tests.RegisterImport;

/// <summary>Registers as a case-management system exports them, and the steps of importing one through the pages.</summary>
public static class RegisterUploads
{
    /// <summary>Headings the service recognises without being told.</summary>
    public static readonly string[] Headings =
        ["Plan reference", "Initials", "Date of birth", "Caseworker email", "Locality", "Primary need", "Setting type", "Request date", "Issue date", "Status"];

    /// <summary>A row under <see cref="Headings"/>: an issued plan of the demo caseworker in North.</summary>
    public static string[] Row(string reference, string caseworker = DemoUsers.Caseworker, string locality = "North", string status = "Final") =>
        [reference, "AB", "14/03/2015", caseworker, locality, "SEMH", "Mainstream", "10/01/2025", "30/05/2025", status];

    public static byte[] Csv(IEnumerable<string> headings, params IEnumerable<string>[] rows)
    {
        var text = new StringBuilder();
        foreach (var line in rows.Prepend(headings))
        {
            text.Append(string.Join(',', line.Select(Quote))).Append("\r\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>Uploads a file; returns the response (a redirect to its columns when it is read).</summary>
    public static Task<HttpResponseMessage> UploadAsync(SignedInClient client, byte[] file, string fileName = "register.csv", string contentType = "text/csv") =>
        client.PostFileAsync("/plans/import", "/plans/import", "Upload.File", file, fileName, contentType);

    /// <summary>Uploads a file and saves the columns the page offers; returns the preview's address.</summary>
    public static async Task<string> UploadAndChooseOfferedColumnsAsync(SignedInClient client, byte[] file)
    {
        var columns = await UploadedAsync(client, file);
        var saved = await client.PostAsync(columns, FormFields.Of(await client.GetPageAsync(columns)));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        return saved.Headers.Location!.OriginalString;
    }

    /// <summary>Uploads a file that is read; returns its columns page's address.</summary>
    public static async Task<string> UploadedAsync(SignedInClient client, byte[] file)
    {
        var uploaded = await UploadAsync(client, file);
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        return uploaded.Headers.Location!.OriginalString;
    }

    /// <summary>Presses the preview's import button.</summary>
    public static async Task<HttpResponseMessage> ImportAsync(SignedInClient client, string preview)
    {
        var page = await client.GetPageAsync(preview);
        var form = page.QuerySelector($"main form[action='{preview}']") ?? throw new InvalidOperationException($"No import button on {preview}");
        return await client.PostAsync(preview, FormFields.Of(form));
    }

    /// <summary>The preview's figure with this key ("Plans to add").</summary>
    public static int Figure(IHtmlDocument preview, string key)
    {
        var row = preview.QuerySelectorAll("[data-import-preview] .govuk-summary-list__row, [data-import-result] .govuk-summary-list__row")
            .Single(r => r.QuerySelector(".govuk-summary-list__key")!.TextContent.Trim() == key);
        return int.Parse(row.QuerySelector(".govuk-summary-list__value")!.TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
}
