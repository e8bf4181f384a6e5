using System.Net;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Plans;

/// <summary>
/// Adding the texts of a checked zip brings in every document ready, each kept as its version's document, and leaves
/// the plans whose documents were refused as they were; the zip is no longer kept.
/// </summary>
public sealed class AddingTheTextsOfIssuedPlansFromAZipTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task EveryReadyDocument_IsBroughtInWithItsDocumentKept_AndRefusedOnesAreUntouched()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var plans = await IssuedTextZips.ImportPlansAsync(app, qaLead, "ZIPADD-1", "ZIPADD-2", "ZIPADD-3");
        var zip = IssuedTextZips.Zip(
            ("ZIPADD-1.docx", IssuedTextZips.IssuedPlan("ZIPADD-1")),
            ("ZIPADD-2.docx", IssuedTextZips.IssuedPlan("ZIPADD-2")),
            ("ZIPADD-3.docx", IssuedTextZips.Doubtful()),
            ("ZIPADD-404.docx", IssuedTextZips.IssuedPlan("ZIPADD-404")),
            ("readme.txt", "Not a plan"u8.ToArray()));
        var preview = await SignedInClient.ParseAsync(await IssuedTextZips.UploadAsync(qaLead, zip));

        var added = await IssuedTextZips.AddAsync(qaLead, preview);

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(IssuedTextZips.Page, added.Headers.Location!.OriginalString);
        foreach (var reference in new[] { "ZIPADD-1", "ZIPADD-2" })
        {
            var version = await app.WithDatabaseAsync(db => db.PlanVersions.SingleAsync(v => v.PlanId == plans[reference]));
            Assert.Equal(DraftStatus.BroughtIn, version.Status);
            Assert.Equal($"{reference}.docx", version.Document!.FileName);
            Assert.Equal($"Issued text of section F of {reference}.", version.Sections.Single(s => s.Section == SectionCode.F).Text);
            Assert.True(await app.WithDatabaseAsync(db => db.StoredFiles.AnyAsync(f => f.Key == version.Document.StorageKey && f.Length == version.Document.Length)));
        }

        Assert.False(await app.WithDatabaseAsync(db => db.PlanVersions.AnyAsync(v => v.PlanId == plans["ZIPADD-3"])));
        Assert.Equal(0, await IssuedTextZips.StoredZipsAsync(app));
        Assert.Contains("The texts of 2 plans as issued have been added", (await qaLead.GetPageAsync(IssuedTextZips.Page)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddingTheSameZipAgain_AddsNothingMore_AndSaysToUploadItAgain()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var plans = await IssuedTextZips.ImportPlansAsync(app, qaLead, "ZIPADD-11");
        var preview = await SignedInClient.ParseAsync(await IssuedTextZips.UploadAsync(qaLead, IssuedTextZips.Zip(("ZIPADD-11.docx", IssuedTextZips.IssuedPlan("ZIPADD-11")))));
        Assert.Equal(HttpStatusCode.Redirect, (await IssuedTextZips.AddAsync(qaLead, preview)).StatusCode);

        var again = await IssuedTextZips.AddAsync(qaLead, preview);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("Upload it again", (await SignedInClient.ParseAsync(again)).QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDatabaseAsync(db => db.PlanVersions.CountAsync(v => v.PlanId == plans["ZIPADD-11"])));
    }
}
