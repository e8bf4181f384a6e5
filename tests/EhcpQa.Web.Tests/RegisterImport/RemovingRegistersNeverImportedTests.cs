using System.Net;
using EhcpQa.Web.Features.Retention;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EhcpQa.Web.Tests.RegisterImport;

/// <summary>
/// A register uploaded and not imported is kept a day: then the retention job removes its file, and whoever comes back
/// to it is told to upload it again. An imported register's file goes as soon as it is imported.
/// </summary>
public sealed class RemovingRegistersNeverImportedTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task ARegisterNotImported_IsRemovedAfterADay_AndComingBackToItSaysUploadItAgain()
    {
        var start = app.Clock.Now;
        try
        {
            var qaLead = await app.SignInAsync(DemoUsers.QaLead);
            var preview = await RegisterUploads.UploadAndChooseOfferedColumnsAsync(
                qaLead, RegisterUploads.Csv(RegisterUploads.Headings, RegisterUploads.Row("RET-REG-1")));
            Assert.Equal(1, await RegisterFilesAsync());

            app.Clock.Now = start.AddHours(23);
            Assert.Equal(0, (await RunAsync()).Registers);

            app.Clock.Now = start.AddHours(25);
            Assert.Equal(1, (await RunAsync()).Registers);

            Assert.Equal(0, await RegisterFilesAsync());
            qaLead = await app.SignInAsync(DemoUsers.QaLead);
            var response = await qaLead.GetAsync(preview);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await SignedInClient.ParseAsync(response);
            Assert.Contains("upload the register again", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
            Assert.Contains("Removed", page.QuerySelector("[data-earlier-imports]")!.TextContent, StringComparison.Ordinal);
        }
        finally
        {
            app.Clock.Now = start;
        }
    }

    [Fact]
    public async Task AnImportedRegistersFile_IsRemovedWhenItIsImported()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var before = await RegisterFilesAsync();
        var preview = await RegisterUploads.UploadAndChooseOfferedColumnsAsync(
            qaLead, RegisterUploads.Csv(RegisterUploads.Headings, RegisterUploads.Row("RET-REG-2")));
        Assert.Equal(before + 1, await RegisterFilesAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await RegisterUploads.ImportAsync(qaLead, preview)).StatusCode);

        Assert.Equal(before, await RegisterFilesAsync());
        Assert.Equal(HttpStatusCode.OK, (await qaLead.GetAsync(preview)).StatusCode);
    }

    private Task<int> RegisterFilesAsync() =>
        app.WithDatabaseAsync(db => db.StoredFiles.CountAsync(f => f.Key.StartsWith("registers/")));

    private Task<RetentionRun> RunAsync() =>
        app.WithScopeAsync(services => services.GetRequiredService<RetentionWork>().RemoveDueAsync(CancellationToken.None));
}
