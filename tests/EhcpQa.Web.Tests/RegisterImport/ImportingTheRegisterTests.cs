using System.Net;
using EhcpQa.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.RegisterImport;

/// <summary>
/// A QA lead imports the register: the file's plans are added only once the preview is confirmed, refused rows are
/// left out with their reasons, and importing the same register again changes nothing.
/// </summary>
public sealed class ImportingTheRegisterTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task TheRegistersPlans_AreAddedOnlyWhenThePreviewIsConfirmed_WithRefusedRowsLeftOut()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var file = RegisterUploads.Csv(
            RegisterUploads.Headings,
            RegisterUploads.Row("REG-1001"),
            RegisterUploads.Row("REG-1002", DemoUsers.OtherCaseworker, "South", "Amended"),
            RegisterUploads.Row("REG-1003", "nobody@example.test"));

        var preview = await RegisterUploads.UploadAndChooseOfferedColumnsAsync(qaLead, file);
        var page = await qaLead.GetPageAsync(preview);

        Assert.Equal(2, RegisterUploads.Figure(page, "Plans to add"));
        Assert.Equal(1, RegisterUploads.Figure(page, "Rows refused"));
        var refusal = page.QuerySelector("[data-refusals] tbody tr")!.TextContent;
        Assert.Contains("4", refusal, StringComparison.Ordinal);
        Assert.Contains("nobody@example.test", refusal, StringComparison.Ordinal);
        Assert.False(await app.WithDatabaseAsync(db => db.Plans.AnyAsync(p => p.Reference.StartsWith("REG-100"))));

        var imported = await RegisterUploads.ImportAsync(qaLead, preview);

        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        var result = await qaLead.GetPageAsync(imported.Headers.Location!.OriginalString);
        Assert.Equal(2, RegisterUploads.Figure(result, "Plans added"));
        var plans = await app.WithDatabaseAsync(db => db.Plans.Include(p => p.Events).Where(p => p.Reference.StartsWith("REG-100")).OrderBy(p => p.Reference).ToListAsync());
        Assert.Equal(["REG-1001", "REG-1002"], plans.Select(p => p.Reference));
        Assert.Equal([PlanStage.Final, PlanStage.Amended], plans.Select(p => p.Stage));
        Assert.Equal(new DateOnly(2025, 5, 30), plans[0].IssuedOn);
        Assert.All(plans, p => Assert.Equal(PlanEventKind.Imported, Assert.Single(p.Events).Kind));
    }

    [Fact]
    public async Task TheSameRegisterImportedAgain_ChangesNothing()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var file = RegisterUploads.Csv(RegisterUploads.Headings, RegisterUploads.Row("REG-2001"), RegisterUploads.Row("REG-2002"));
        await RegisterUploads.ImportAsync(qaLead, await RegisterUploads.UploadAndChooseOfferedColumnsAsync(qaLead, file));
        var eventsBefore = await app.WithDatabaseAsync(db => db.PlanEvents.CountAsync());

        var again = await qaLead.GetPageAsync(await RegisterUploads.UploadAndChooseOfferedColumnsAsync(qaLead, file));

        Assert.Equal(0, RegisterUploads.Figure(again, "Plans to add"));
        Assert.Equal(0, RegisterUploads.Figure(again, "Plans to update"));
        Assert.Equal(2, RegisterUploads.Figure(again, "Rows unchanged"));
        Assert.NotNull(again.QuerySelector("[data-nothing-to-import]"));
        Assert.Equal(eventsBefore, await app.WithDatabaseAsync(db => db.PlanEvents.CountAsync()));
    }

    [Fact]
    public async Task ALaterExport_UpdatesWhatChanged_AndThePlansHistorySaysWhoImportedWhichFields()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        await RegisterUploads.ImportAsync(qaLead, await RegisterUploads.UploadAndChooseOfferedColumnsAsync(
            qaLead, RegisterUploads.Csv(RegisterUploads.Headings, RegisterUploads.Row("REG-3001"), RegisterUploads.Row("REG-3002"))));

        var later = RegisterUploads.Csv(RegisterUploads.Headings, RegisterUploads.Row("REG-3001", DemoUsers.OtherCaseworker, "South"), RegisterUploads.Row("REG-3002"));
        var preview = await RegisterUploads.UploadAndChooseOfferedColumnsAsync(qaLead, later);
        var page = await qaLead.GetPageAsync(preview);
        Assert.Equal(1, RegisterUploads.Figure(page, "Plans to update"));
        Assert.Equal(1, RegisterUploads.Figure(page, "Rows unchanged"));
        await RegisterUploads.ImportAsync(qaLead, preview);

        var plan = await app.WithDatabaseAsync(db => db.Plans.Include(p => p.Events).SingleAsync(p => p.Reference == "REG-3001"));
        var south = await app.WithDatabaseAsync(db => db.Localities.SingleAsync(l => l.Name == "South"));
        Assert.Equal(south.Id, plan.LocalityId);
        var change = plan.Events.Single(e => e.Kind == PlanEventKind.RecordImported);
        Assert.Contains("locality", change.Detail, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("caseworker", change.Detail, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(app.Clock.Now, change.At);
        var history = await qaLead.GetPageAsync($"/plans/{plan.Id}");
        Assert.Contains(change.Detail, history.Body!.TextContent, StringComparison.Ordinal);
    }
}
