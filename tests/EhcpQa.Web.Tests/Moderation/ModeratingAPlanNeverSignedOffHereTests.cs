using System.Net;
using EhcpQa.Domain.Dashboards;
using EhcpQa.Web.Tests.RegisterImport;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Moderation;

/// <summary>
/// A plan issued before the service held it, brought in by the register with its text, is drawn, moderated by a panel
/// and counted on the dashboard like any other; with no sign-off grade, its agreed grade is never a re-grade. A locality
/// manager sees the imported plans of their own locality only.
/// </summary>
public sealed class ModeratingAPlanNeverSignedOffHereTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task APanelsAgreedGrade_OfAnImportedPlan_IsCountedOnTheDashboard()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var preview = await RegisterUploads.UploadAndChooseOfferedColumnsAsync(qaLead, RegisterUploads.Csv(RegisterUploads.Headings, Row("MOD-0001")));
        Assert.Equal(HttpStatusCode.Redirect, (await RegisterUploads.ImportAsync(qaLead, preview)).StatusCode);
        var planId = await app.WithDatabaseAsync(db => db.Plans.Where(p => p.Reference == "MOD-0001").Select(p => p.Id).SingleAsync());
        var form = await qaLead.GetPageAsync($"/plans/{planId}/issued-text");
        var fields = FormFields.Of(form.QuerySelector($"main form[action='/plans/{planId}/issued-text']")!)
            .With("Form.A", "All about me.").With("Form.F", "Two hours a week of speech and language therapy.");
        Assert.Equal(HttpStatusCode.Redirect, (await qaLead.PostAsync($"/plans/{planId}/issued-text", fields)).StatusCode);

        var setup = await ModerationJourney.SessionAsync(app, size: 1, month: "2024-02");
        Assert.Equal([planId], setup.PlanIds);
        await ModerationJourney.ModerateAsync(await app.SignInAsync(DemoUsers.PanelMember), setup, planId, 2, 2);
        await ModerationJourney.ModerateAsync(await app.SignInAsync(DemoUsers.OtherLocalityManager), setup, planId, 3, 3);
        await ModerationJourney.AgreeAsync(await app.SignInAsync(DemoUsers.LocalityManager), setup, planId, 3, 3);

        var assured = await app.WithDatabaseAsync(db => db.AssuredGrades.AsNoTracking().SingleAsync(a => a.PlanId == planId));
        Assert.Equal(AssuranceLevel.MultiAgencyPanel, assured.Level);
        Assert.False(assured.Regraded);
        var csv = await (await qaLead.GetAsync("/dashboard/gradings.csv?Query.Level=MultiAgencyPanel&Query.From=2026-11&Query.To=2026-11")).Content.ReadAsStringAsync();
        Assert.Contains("MOD-0001", csv, StringComparison.Ordinal);
        var plan = await qaLead.GetPageAsync($"/plans/{planId}");
        Assert.Contains("Moderation panel of 3 December 2026 agreed 3 Requires improvement", plan.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALocalityManager_SeesTheImportedPlansOfTheirOwnLocalityOnly()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var preview = await RegisterUploads.UploadAndChooseOfferedColumnsAsync(qaLead, RegisterUploads.Csv(RegisterUploads.Headings,
            Row("LOC-NORTH-1"), Row("LOC-SOUTH-1", DemoUsers.OtherCaseworker, "South")));
        Assert.Equal(HttpStatusCode.Redirect, (await RegisterUploads.ImportAsync(qaLead, preview)).StatusCode);
        var (north, south) = await app.WithDatabaseAsync(async db => (
            await db.Plans.Where(p => p.Reference == "LOC-NORTH-1").Select(p => p.Id).SingleAsync(),
            await db.Plans.Where(p => p.Reference == "LOC-SOUTH-1").Select(p => p.Id).SingleAsync()));
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);

        var listed = (await manager.GetPageAsync("/plans?reference=LOC-")).QuerySelector("main")!.TextContent;

        Assert.Contains("LOC-NORTH-1", listed, StringComparison.Ordinal);
        Assert.DoesNotContain("LOC-SOUTH-1", listed, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"/plans/{north}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync($"/plans/{south}")).StatusCode);
    }

    /// <summary>A final plan issued in February 2024, a month no other plan of the demo was issued in.</summary>
    private static string[] Row(string reference, string caseworker = DemoUsers.Caseworker, string locality = "North") =>
        [reference, "AB", "14/03/2015", caseworker, locality, "SEMH", "Mainstream", "10/10/2023", "12/02/2024", "Final"];
}
