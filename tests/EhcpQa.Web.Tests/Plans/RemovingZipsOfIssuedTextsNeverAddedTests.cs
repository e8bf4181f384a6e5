using System.Net;
using EhcpQa.Web.Features.Retention;
using Microsoft.Extensions.DependencyInjection;

namespace EhcpQa.Web.Tests.Plans;

/// <summary>A zip of issued plans whose texts are not added is kept a day: then the retention job removes it.</summary>
public sealed class RemovingZipsOfIssuedTextsNeverAddedTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task AZipNotAdded_IsRemovedAfterADay_AndComingBackToItSaysUploadItAgain()
    {
        var start = app.Clock.Now;
        try
        {
            var qaLead = await app.SignInAsync(DemoUsers.QaLead);
            await IssuedTextZips.ImportPlansAsync(app, qaLead, "ZIPRET-1");
            var preview = await SignedInClient.ParseAsync(await IssuedTextZips.UploadAsync(qaLead, IssuedTextZips.Zip(("ZIPRET-1.docx", IssuedTextZips.IssuedPlan("ZIPRET-1")))));
            var address = preview.QuerySelector($"main form[action^='{IssuedTextZips.Page}/']")!.GetAttribute("action")!;
            Assert.Equal(1, await IssuedTextZips.StoredZipsAsync(app));

            app.Clock.Now = start.AddHours(23);
            Assert.Equal(0, (await RunAsync()).IssuedTexts);

            app.Clock.Now = start.AddHours(25);
            Assert.Equal(1, (await RunAsync()).IssuedTexts);

            Assert.Equal(0, await IssuedTextZips.StoredZipsAsync(app));
            qaLead = await app.SignInAsync(DemoUsers.QaLead);
            var response = await qaLead.GetAsync(address);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Upload it again", (await SignedInClient.ParseAsync(response)).QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        }
        finally
        {
            app.Clock.Now = start;
        }
    }

    private Task<RetentionRun> RunAsync() =>
        app.WithScopeAsync(services => services.GetRequiredService<RetentionWork>().RemoveDueAsync(CancellationToken.None));
}
