using System.Net;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Plans;
using EhcpQa.Web.Tests.Drafts;
using EhcpQa.Web.Tests.RegisterImport;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Plans;

/// <summary>
/// A plan issued before the service held it (brought in by the register import) gets its text as issued, pasted or
/// uploaded and checked: then, and only then, a dip sample of its month can draw it.
/// </summary>
public sealed class BringingInAnIssuedPlansTextTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    private const string Document = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    [Fact]
    public async Task AnImportedPlan_EntersADipSampleOfItsMonth_OnlyOnceItsTextIsAdded()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var (withText, withoutText) = await ImportAsync(qaLead, "OLD-1001", "OLD-1002");

        var plansPage = await qaLead.GetPageAsync($"/plans/{withText}");
        Assert.NotNull(plansPage.QuerySelector($"a[href='/plans/{withText}/issued-text']"));
        var form = await qaLead.GetPageAsync($"/plans/{withText}/issued-text");
        var fields = FormFields.Of(form.QuerySelector($"main form[action='/plans/{withText}/issued-text']")!)
            .With("Form.A", "All about me.").With("Form.F", "Two hours a week of speech and language therapy.");
        var saved = await qaLead.PostAsync($"/plans/{withText}/issued-text", fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var plan = await app.WithDatabaseAsync(db => db.Plans.Include(p => p.Versions).Include(p => p.Events).SingleAsync(p => p.Id == withText));
        Assert.Equal(DraftStatus.BroughtIn, plan.FinalVersion!.Status);
        Assert.Contains(plan.Events, e => e.Kind == PlanEventKind.IssuedTextBroughtIn);

        var sample = await qaLead.GetPageAsync(await DrawAsync(qaLead, "2024-03"));
        var drawn = sample.QuerySelectorAll("main table")[0].TextContent;
        Assert.Contains("OLD-1001", drawn, StringComparison.Ordinal);
        Assert.DoesNotContain("OLD-1002", drawn, StringComparison.Ordinal);
        Assert.NotEqual(withText, withoutText);
    }

    [Fact]
    public async Task TheIssuedDocument_IsSplitIntoSections_CheckedAndKeptWithTheText()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var (planId, _) = await ImportAsync(qaLead, "OLD-2001", "OLD-2002");
        var builder = new DocxBuilder();
        foreach (var section in PlanSections.Statutory)
        {
            builder.Section($"Section {section.Code}: {section.Title}", $"Issued text of section {section.Code}.");
        }

        var uploaded = await qaLead.PostFileAsync($"/plans/{planId}/issued-text", $"/plans/{planId}/issued-text/upload", "Upload.Document", builder.ToBytes(), "issued plan.docx", Document);
        var page = await SignedInClient.ParseAsync(uploaded);
        Assert.Equal("Issued text of section E.", page.QuerySelector("textarea[name='Form.E']")!.TextContent.Trim());

        var saved = await qaLead.PostAsync($"/plans/{planId}/issued-text", FormFields.Of(page.QuerySelector($"main form[action='/plans/{planId}/issued-text']")!));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var version = await app.WithDatabaseAsync(db => db.PlanVersions.SingleAsync(v => v.PlanId == planId));
        Assert.Equal(DraftStatus.BroughtIn, version.Status);
        Assert.Equal("issued plan.docx", version.Document!.FileName);
        Assert.Equal("Issued text of section K.", version.Sections.Single(s => s.Section == SectionCode.K).Text);
    }

    [Fact]
    public async Task NoText_IsRefusedInTheErrorSummary_AndADraftHasNoSuchPage()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var (planId, _) = await ImportAsync(qaLead, "OLD-3001", "OLD-3002");
        var form = await qaLead.GetPageAsync($"/plans/{planId}/issued-text");

        var refused = await qaLead.PostAsync($"/plans/{planId}/issued-text", FormFields.Of(form.QuerySelector($"main form[action='/plans/{planId}/issued-text']")!));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Enter the text of the plan's sections", (await SignedInClient.ParseAsync(refused)).QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        var draft = await app.Plans.DraftAsync("OLD-3003");
        var redirected = await qaLead.GetAsync($"/plans/{draft}/issued-text");
        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.Equal($"/plans/{draft}", redirected.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SomeoneWhoCannotChangeThePlansRecord_CannotAddItsText()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var (planId, _) = await ImportAsync(qaLead, "OLD-4001", "OLD-4002");

        foreach (var email in new[] { DemoUsers.OtherCaseworker, DemoUsers.PanelMember, DemoUsers.BoardMember })
        {
            var someone = await app.SignInAsync(email);
            Assert.Equal(HttpStatusCode.Forbidden, (await someone.GetAsync($"/plans/{planId}/issued-text")).StatusCode);
        }
    }

    /// <summary>Imports two final plans of the demo caseworker issued in March 2024; returns their ids.</summary>
    private async Task<(int, int)> ImportAsync(SignedInClient qaLead, string first, string second)
    {
        static string[] Row(string reference) =>
            [reference, "AB", "14/03/2015", DemoUsers.Caseworker, "North", "SEMH", "Mainstream", "10/01/2024", "15/03/2024", "Final"];
        var preview = await RegisterUploads.UploadAndChooseOfferedColumnsAsync(qaLead, RegisterUploads.Csv(RegisterUploads.Headings, Row(first), Row(second)));
        Assert.Equal(HttpStatusCode.Redirect, (await RegisterUploads.ImportAsync(qaLead, preview)).StatusCode);
        return await app.WithDatabaseAsync(async db => (
            await db.Plans.Where(p => p.Reference == first).Select(p => p.Id).SingleAsync(),
            await db.Plans.Where(p => p.Reference == second).Select(p => p.Id).SingleAsync()));
    }

    private static async Task<string> DrawAsync(SignedInClient qaLead, string month)
    {
        var response = await qaLead.PostFormAsync("/samples/new",
        [
            new("Form.Title", $"Sample of {month}"), new("Form.Month", month), new("Form.Size", "3"), new("Form.Seed", "7"),
            new("Form.PerCaseworker", "1"), new("Form.ProportionalSpread", "true"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }
}
