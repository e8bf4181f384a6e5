using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Deployment;

/// <summary>
/// The demo service served by Kestrel over HTTPS, as a person's browser reaches it (the in-memory test server
/// enforces no request size limits, so uploads too big are tried here, against the real server's limits).
/// </summary>
public sealed class ServiceOverKestrel : IAsyncLifetime
{
    public ServiceOverKestrel()
    {
        DataPath = ServiceHost.NewDataPath();
        Certificate = ProductionOverHttps.SelfSignedCertificate();
        var certificate = Certificate;
        Host = new ServiceHost("Testing", new Dictionary<string, string?>
        {
            ["Storage:DataPath"] = DataPath,
            ["Database:Provider"] = "Sqlite",
            ["Demo:Seed"] = "true",
            ["Reports:Schedule"] = "false",
            ["Notifications:Schedule"] = "false",
            ["Notifications:Reminders"] = "false",
        }, kestrel: kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
    }

    public string DataPath { get; }

    public System.Security.Cryptography.X509Certificates.X509Certificate2 Certificate { get; }

    public ServiceHost Host { get; }

    public async ValueTask InitializeAsync()
    {
        await Host.StartAsync();
        await Host.WithDatabaseAsync(db => SecondFactorJourney.LetEveryRoleSignInWithAPasswordAsync(db, DateTimeOffset.UtcNow));
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        ServiceHost.RemoveDataPath(DataPath);
        Certificate.Dispose();
    }
}

/// <summary>
/// A draft document far over 10 MB, sent to the real server, is read to its end and refused on the form with
/// "must be smaller than 10 MB": never a cut-off connection or an error page.
/// </summary>
public sealed class UploadsOverKestrelTests(ServiceOverKestrel service) : IClassFixture<ServiceOverKestrel>
{
    [Theory]
    [InlineData(11)]
    [InlineData(45)]
    public async Task ADraftDocumentOfManyMegabytes_GetsTheSmallerThan10MbMessageOnTheForm(int megabytes)
    {
        using var browser = ProductionService.ClientFrom(service.Host.Address("https"), useCookies: true, trust: service.Certificate);
        var signIn = await Browser.ParseAsync(await browser.GetAsync(new Uri("/account/sign-in", UriKind.Relative)));
        var signedIn = await browser.PostAsync(new Uri("/account/sign-in", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = Support.DemoUsers.Caseworker,
            ["Password"] = Web.Persistence.Seeding.DemoData.Password,
            ["__RequestVerificationToken"] = Browser.TokenOf(signIn),
        }));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var (planId, form) = await DraftPageAsync(browser);

        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(new byte[megabytes * 1024 * 1024]);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        content.Add(file, "Upload.Document", "draft.docx");
        content.Add(new StringContent(Browser.TokenOf(form)), "__RequestVerificationToken");
        var response = await browser.PostAsync(new Uri($"/plans/{planId}/draft/upload", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Browser.ParseAsync(response);
        Assert.Contains("The selected file must be smaller than 10 MB", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>A demo draft of the caseworker's that takes a new draft now, and its draft page.</summary>
    private async Task<(int PlanId, AngleSharp.Html.Dom.IHtmlDocument Page)> DraftPageAsync(HttpClient browser)
    {
        var ids = await service.Host.WithDatabaseAsync(db => db.Plans.OrderByDescending(p => p.Id).Select(p => p.Id).Take(60).ToListAsync());
        foreach (var id in ids)
        {
            var response = await browser.GetAsync(new Uri($"/plans/{id}/draft", UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.OK)
            {
                var page = await Browser.ParseAsync(response);
                if (page.QuerySelector($"form[action='/plans/{id}/draft/upload']") is not null)
                {
                    return (id, page);
                }
            }
        }

        throw new InvalidOperationException("No demo draft of the caseworker's takes a new draft");
    }
}
