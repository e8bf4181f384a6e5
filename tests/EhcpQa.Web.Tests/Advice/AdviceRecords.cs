using System.Text;
using EhcpQa.Domain;
using EhcpQa.Domain.Advice;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Staff;
using EhcpQa.Web.Features.Drafts;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Tests.Drafts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace EhcpQa.Web.Tests.Advice;

/// <summary>Advice requested for a test's plans, made with the domain's own operation, and the files advice arrives in.</summary>
internal static class AdviceRecords
{
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>Advice requested for the plan <paramref name="daysAgo"/> days ago from the service, due 6 weeks later; returns its id.</summary>
    public static Task<int> RequestedAsync(EhcpQaApp app, int planId, AdviceService service, int daysAgo, string? name = null, Agency? agency = null) =>
        app.WithDatabaseAsync(async db =>
        {
            var caseworker = await db.Plans.Where(p => p.Id == planId).Select(p => p.CaseworkerId).SingleAsync();
            var today = ServiceCalendar.DateOf(app.Clock.GetUtcNow());
            var request = AdviceRequest.Request(planId, AdviceOccasion.NewAssessment, service, name, agency, today.AddDays(-daysAgo), null,
                AdvicePolicy.StatutoryWeeks, today, caseworker, app.Clock.GetUtcNow());
            db.AdviceRequests.Add(request);
            await db.SaveChangesAsync();
            return request.Id;
        });

    /// <summary>Advice requested 40 days ago and received <paramref name="receivedDaysAgo"/> days ago, its text pasted; returns its id.</summary>
    public static async Task<int> ReceivedAsync(EhcpQaApp app, int planId, AdviceService service, int receivedDaysAgo = 5)
    {
        var id = await RequestedAsync(app, planId, service, daysAgo: 40);
        await app.WithDatabaseAsync(async db =>
        {
            var request = await db.AdviceRequests.SingleAsync(r => r.Id == id);
            var today = ServiceCalendar.DateOf(app.Clock.GetUtcNow());
            request.RecordReceipt(today.AddDays(-receivedDaysAgo), null, "Made-up advice for a test.", today, request.RequestedById, app.Clock.GetUtcNow());
            await db.SaveChangesAsync();
            return id;
        });
        return id;
    }

    /// <summary>Advice requested 60 days ago and received 3 days ago as the file given, kept in the service's store; returns its id.</summary>
    public static async Task<int> ReceivedAsDocumentAsync(EhcpQaApp app, int planId, AdviceService service, byte[] content, string fileName)
    {
        var id = await RequestedAsync(app, planId, service, daysAgo: 60);
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<EhcpQaDbContext>();
            var stored = await services.GetRequiredService<IDraftFileStore>().SaveAsync(planId, fileName, new MemoryStream(content));
            var request = await db.AdviceRequests.SingleAsync(r => r.Id == id);
            var today = ServiceCalendar.DateOf(app.Clock.GetUtcNow());
            request.RecordReceipt(today.AddDays(-3), new DraftDocument(stored.StorageKey, stored.OriginalFileName, stored.Length, stored.Sha256), null, today,
                request.RequestedById, app.Clock.GetUtcNow());
            await db.SaveChangesAsync();
            return id;
        });
        return id;
    }

    public static byte[] WordDocument(string text) => new DocxBuilder().Paragraph(text).ToBytes();

    /// <summary>A one-page PDF with the text on it, as a report printed to PDF is.</summary>
    public static byte[] Pdf(string text)
    {
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream))
        {
            var canvas = document.BeginPage(595, 842);
            using var font = new SKFont(SKTypeface.Default, 12);
            using var paint = new SKPaint { Color = SKColors.Black };
            canvas.DrawText(text, 72, 72, font, paint);
            document.EndPage();
            document.Close();
        }

        return stream.ToArray();
    }

    /// <summary>A PDF that runs a script when it opens.</summary>
    public static byte[] PdfWithScript() => Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >> >>\nendobj\n"
        + "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n"
        + "trailer\n<< /Root 1 0 R >>\n%%EOF\n");
}
