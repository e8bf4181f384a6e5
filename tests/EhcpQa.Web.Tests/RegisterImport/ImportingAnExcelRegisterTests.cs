using System.Net;
using EhcpQa.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.RegisterImport;

/// <summary>A register exported as an Excel workbook imports as a CSV does: real date cells and numbers read as the person sees them.</summary>
public sealed class ImportingAnExcelRegisterTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    private const string Workbook = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [Fact]
    public async Task AWorkbookWithDateCells_ImportsItsPlansWithTheirDates()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var file = RegisterFiles.Workbook(RegisterFiles.Sheet(
            ["Plan reference", "Initials", "Date of birth", "Caseworker email", "Locality", "Primary need", "Setting type", "Request date", "Issue date", "Status"],
            ["XLS-1", "AB", new DateTime(2015, 3, 14), DemoUsers.Caseworker, "North", "SEMH", "Special", new DateTime(2025, 1, 10), new DateTime(2025, 5, 30), "Final"],
            ["XLS-2", "CD", new DateTime(2012, 11, 2), DemoUsers.OtherCaseworker, "South", "ASD", "Mainstream", new DateTime(2025, 2, 3), null, "Draft"]));

        var uploaded = await RegisterUploads.UploadAsync(qaLead, file, "register.xlsx", Workbook);
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var columns = uploaded.Headers.Location!.OriginalString;
        var preview = (await qaLead.PostAsync(columns, FormFields.Of(await qaLead.GetPageAsync(columns)))).Headers.Location!.OriginalString;
        Assert.Equal(2, RegisterUploads.Figure(await qaLead.GetPageAsync(preview), "Plans to add"));
        await RegisterUploads.ImportAsync(qaLead, preview);

        var plans = await app.WithDatabaseAsync(db => db.Plans.Where(p => p.Reference.StartsWith("XLS-")).OrderBy(p => p.Reference).ToListAsync());
        Assert.Equal([new DateOnly(2015, 3, 14), new DateOnly(2012, 11, 2)], plans.Select(p => p.DateOfBirth));
        Assert.Equal(new DateOnly(2025, 5, 30), plans[0].IssuedOn);
        Assert.Equal([PlanStage.Final, PlanStage.Draft], plans.Select(p => p.Stage));
        Assert.Equal(SettingType.Special, plans[0].Setting);
    }
}
