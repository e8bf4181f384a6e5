using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using EhcpQa.Domain.Advice;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Advice;

/// <summary>
/// The advice received is recorded on its page: the date and the advice, a Word document or a PDF checked as draft uploads
/// are, or pasted; a file refused says why, a form refused keeps the file uploaded, and a change made meanwhile is detected.
/// </summary>
public sealed class RecordingAdviceReceivedTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Theory]
    [InlineData("EP advice.docx", AdviceRecords.Docx)]
    [InlineData("EP advice.pdf", "application/pdf")]
    public async Task AdviceUploaded_IsKept_AndCanBeDownloaded(string fileName, string contentType)
    {
        var planId = await app.Plans.DraftAsync(fileName.EndsWith(".pdf", StringComparison.Ordinal) ? "ADV-RCV-PDF" : "ADV-RCV-DOCX");
        var adviceId = await AdviceRecords.RequestedAsync(app, planId, AdviceService.EducationalPsychology, daysAgo: 20);
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        var form = await caseworker.GetPageAsync($"/advice/{adviceId}");
        var bytes = fileName.EndsWith(".pdf", StringComparison.Ordinal) ? AdviceRecords.Pdf("Advice of the educational psychologist") : AdviceRecords.WordDocument("Advice of the educational psychologist");

        var response = await caseworker.PostMultipartAsync($"/advice/{adviceId}/received", FormFields.Of(form.QuerySelector("form[action$='/received']")!),
            "Receipt.Document", bytes, fileName, contentType);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var advice = await app.WithDatabaseAsync(db => db.AdviceRequests.AsNoTracking().SingleAsync(r => r.Id == adviceId));
        Assert.Equal((fileName, (long)bytes.Length, true), (advice.Document!.FileName, advice.Document.Length, advice.ReceivedOnTime!.Value));
        var download = await caseworker.GetAsync($"/advice/{adviceId}/document");
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(contentType, download.Content.Headers.ContentType!.MediaType);
    }

    public static TheoryData<int, string, string, string> RefusedFiles => new()
    {
        { 1, "advice.docm", AdviceRecords.Docx, "The selected file must not contain macros" },
        { 2, "advice.pdf", "application/pdf", "The selected file must not contain scripts" },
        { 3, "advice.txt", "text/plain", "The selected file must be a Word document (.docx) or a PDF" },
        { 4, "advice.pdf", "application/pdf", "The selected file is not a PDF that can be read" },
    };

    [Theory]
    [MemberData(nameof(RefusedFiles))]
    public async Task FileNotSafeOrNotAdvice_IsRefusedWithItsReason_AndNothingIsRecorded(int number, string fileName, string contentType, string message)
    {
        var planId = await app.Plans.DraftAsync($"ADV-BAD-{number}");
        var adviceId = await AdviceRecords.RequestedAsync(app, planId, AdviceService.Camhs, daysAgo: 10);
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        var form = await caseworker.GetPageAsync($"/advice/{adviceId}");
        var bytes = message.Contains("scripts", StringComparison.Ordinal) ? AdviceRecords.PdfWithScript()
            : message.Contains("can be read", StringComparison.Ordinal) ? "%PDF-1.7 not really a PDF"u8.ToArray()
            : AdviceRecords.WordDocument("Advice");

        var response = await caseworker.PostMultipartAsync($"/advice/{adviceId}/received", FormFields.Of(form.QuerySelector("form[action$='/received']")!),
            "Receipt.Document", bytes, fileName, contentType);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SignedInClient.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector(".govuk-error-summary a[href='#Receipt_Document']")!.TextContent, StringComparison.Ordinal);
        Assert.False(await app.WithDatabaseAsync(db => db.AdviceRequests.AnyAsync(r => r.Id == adviceId && r.ReceivedOn != null)));
    }

    [Fact]
    public async Task FormRefusedForItsDate_KeepsTheUpload_SoTheNextTryNeedsNoFile()
    {
        var planId = await app.Plans.DraftAsync("ADV-KEEP-1");
        var adviceId = await AdviceRecords.RequestedAsync(app, planId, AdviceService.Paediatrics, daysAgo: 50);
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        var form = await caseworker.GetPageAsync($"/advice/{adviceId}");

        var refused = await caseworker.PostMultipartAsync($"/advice/{adviceId}/received", FormFields.Of(form.QuerySelector("form[action$='/received']")!)
            .With("Receipt.ReceivedOn.Year", "2025"), "Receipt.Document", AdviceRecords.Pdf("Paediatric advice"), "paediatrics.pdf", "application/pdf");

        var page = await SignedInClient.ParseAsync(refused);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("must be on or after the date it was requested", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("You uploaded paediatrics.pdf", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2025", page.QuerySelector<IHtmlInputElement>("input[name='Receipt.ReceivedOn.Year']")!.Value);

        var saved = await caseworker.PostAsync($"/advice/{adviceId}/received", FormFields.Of(page.QuerySelector("form[action$='/received']")!)
            .With("Receipt.ReceivedOn.Year", "2026"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var advice = await app.WithDatabaseAsync(db => db.AdviceRequests.AsNoTracking().SingleAsync(r => r.Id == adviceId));
        Assert.Equal(("paediatrics.pdf", false), (advice.Document!.FileName, advice.ReceivedOnTime!.Value));
    }

    [Fact]
    public async Task AdvicePasted_IsShownOnItsPage()
    {
        var planId = await app.Plans.DraftAsync("ADV-PASTE-1");
        var adviceId = await AdviceRecords.RequestedAsync(app, planId, AdviceService.SocialCare, daysAgo: 5);
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        var form = await caseworker.GetPageAsync($"/advice/{adviceId}");

        var saved = await caseworker.PostAsync($"/advice/{adviceId}/received", FormFields.Of(form.QuerySelector("form[action$='/received']")!)
            .With("Receipt.PastedText", "Social care advice: the family has support from early help."));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await caseworker.GetPageAsync($"/advice/{adviceId}");
        Assert.Contains("the family has support from early help", page.QuerySelector(".govuk-inset-text")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("form[action$='/received']"));
    }

    [Fact]
    public async Task NeitherFileNorText_IsRefused()
    {
        var planId = await app.Plans.DraftAsync("ADV-NONE-1");
        var adviceId = await AdviceRecords.RequestedAsync(app, planId, AdviceService.SocialCare, daysAgo: 5);
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        var form = await caseworker.GetPageAsync($"/advice/{adviceId}");

        var refused = await caseworker.PostAsync($"/advice/{adviceId}/received", FormFields.Of(form.QuerySelector("form[action$='/received']")!));

        var page = await SignedInClient.ParseAsync(refused);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Upload the advice as a .docx or .pdf file, or paste its text", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReceiptRecordedMeanwhile_IsDetected_AndNotOverwritten()
    {
        var planId = await app.Plans.DraftAsync("ADV-RACE-1");
        var adviceId = await AdviceRecords.RequestedAsync(app, planId, AdviceService.Physiotherapy, daysAgo: 30);
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);
        var stale = await caseworker.GetPageAsync($"/advice/{adviceId}");
        var managers = await manager.GetPageAsync($"/advice/{adviceId}");
        await manager.PostAsync($"/advice/{adviceId}/received", FormFields.Of(managers.QuerySelector("form[action$='/received']")!)
            .With("Receipt.PastedText", "The manager's record."));

        var refused = await caseworker.PostAsync($"/advice/{adviceId}/received", FormFields.Of(stale.QuerySelector("form[action$='/received']")!)
            .With("Receipt.PastedText", "The caseworker's record."));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await SignedInClient.ParseAsync(refused);
        Assert.Contains("was recorded as received on", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("The caseworker's record.", page.GetElementById("not-saved")!.TextContent);
        Assert.Equal("The manager's record.", await app.WithDatabaseAsync(db => db.AdviceRequests.Where(r => r.Id == adviceId).Select(r => r.PastedText).SingleAsync()));
    }
}
