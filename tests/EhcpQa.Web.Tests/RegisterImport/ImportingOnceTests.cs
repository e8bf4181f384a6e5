using System.Net;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.RegisterImport;

/// <summary>An upload is imported once: pressing import again (a double click, a second tab) adds nothing more.</summary>
public sealed class ImportingOnceTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task ImportingTheSamePreviewTwice_AddsItsPlansOnce()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var preview = await RegisterUploads.UploadAndChooseOfferedColumnsAsync(
            qaLead, RegisterUploads.Csv(RegisterUploads.Headings, RegisterUploads.Row("ONCE-1"), RegisterUploads.Row("ONCE-2")));
        var confirm = FormFields.Of((await qaLead.GetPageAsync(preview)).QuerySelector($"main form[action='{preview}']")!);

        var first = await qaLead.PostAsync(preview, confirm);
        var second = await qaLead.PostAsync(preview, confirm);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(2, await app.WithDatabaseAsync(db => db.Plans.CountAsync(p => p.Reference.StartsWith("ONCE-"))));
        var result = await qaLead.GetPageAsync(preview);
        Assert.Equal(2, RegisterUploads.Figure(result, "Plans added"));
    }
}
