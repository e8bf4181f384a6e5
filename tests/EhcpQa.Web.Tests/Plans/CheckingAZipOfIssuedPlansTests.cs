using System.Net;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Plans;

/// <summary>
/// A zip of issued plans' documents is checked before anything is changed: each document is matched to a plan by its
/// name and is either ready, with the sections found, or refused with the reason.
/// </summary>
public sealed class CheckingAZipOfIssuedPlansTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task EachDocument_IsReadyOrRefusedWithItsReason_AndNothingIsChangedYet()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var plans = await IssuedTextZips.ImportPlansAsync(app, qaLead, "ZIPCHK-1", "ZIPCHK-2");
        var zip = IssuedTextZips.Zip(
            ("ZIPCHK-1.docx", IssuedTextZips.IssuedPlan("ZIPCHK-1")),
            ("plans/zipchk-2.docx", IssuedTextZips.IssuedPlan("ZIPCHK-2")),
            ("ZIPCHK-404.docx", IssuedTextZips.IssuedPlan("ZIPCHK-404")),
            ("notes.txt", "Not a plan"u8.ToArray()),
            ("__MACOSX/._ZIPCHK-1.docx", [1, 2, 3]));
        var kept = await IssuedTextZips.StoredZipsAsync(app);

        var response = await IssuedTextZips.UploadAsync(qaLead, zip);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SignedInClient.ParseAsync(response);
        var rows = page.QuerySelectorAll("[data-issued-texts] tbody tr");
        Assert.Equal(4, rows.Length);
        Assert.Equal(2, rows.Count(r => r.GetAttribute("data-outcome") == "ready"));
        Assert.Contains("12 sections found", rows.Single(r => r.TextContent.Contains("ZIPCHK-1.docx", StringComparison.Ordinal)).TextContent, StringComparison.Ordinal);
        Assert.Equal("ready", rows.Single(r => r.TextContent.Contains("zipchk-2.docx", StringComparison.Ordinal)).GetAttribute("data-outcome"));
        Assert.NotNull(page.QuerySelector($"[data-issued-texts] a[href='/plans/{plans["ZIPCHK-2"]}']"));
        Assert.Contains("There is no plan ZIPCHK-404 on the register", Reason("ZIPCHK-404.docx"), StringComparison.Ordinal);
        Assert.Equal("Only Word documents (.docx) are read", Reason("notes.txt"));
        Assert.Contains("Add the texts of 2 plans", page.QuerySelector("main form button")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDatabaseAsync(db => db.PlanVersions.CountAsync(v => plans.Values.Contains(v.PlanId))));
        Assert.Equal(kept + 1, await IssuedTextZips.StoredZipsAsync(app));

        string Reason(string fileName) =>
            rows.Single(r => r.QuerySelector("th")!.TextContent.Trim() == fileName).QuerySelector("[data-reason]")!.TextContent.Trim();
    }

    [Fact]
    public async Task ADocumentWhoseSplitIsInDoubt_OrNamedTwice_IsLeftForThePlansOwnPage()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var plans = await IssuedTextZips.ImportPlansAsync(app, qaLead, "ZIPCHK-11", "ZIPCHK-12");
        var zip = IssuedTextZips.Zip(
            ("ZIPCHK-11.docx", IssuedTextZips.Doubtful()),
            ("a/ZIPCHK-12.docx", IssuedTextZips.IssuedPlan("ZIPCHK-12")),
            ("b/ZIPCHK-12.docx", IssuedTextZips.IssuedPlan("ZIPCHK-12")));
        var kept = await IssuedTextZips.StoredZipsAsync(app);

        var page = await SignedInClient.ParseAsync(await IssuedTextZips.UploadAsync(qaLead, zip));

        var rows = page.QuerySelectorAll("[data-issued-texts] tbody tr");
        Assert.All(rows, r => Assert.Equal("refused", r.GetAttribute("data-outcome")));
        var doubtful = rows.Single(r => r.TextContent.Contains("ZIPCHK-11.docx", StringComparison.Ordinal));
        Assert.Contains("check its split on the plan's own page", doubtful.QuerySelector("[data-reason]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(doubtful.QuerySelector($"a[href='/plans/{plans["ZIPCHK-11"]}/issued-text']"));
        Assert.All(rows.Where(r => r.TextContent.Contains("ZIPCHK-12.docx", StringComparison.Ordinal)),
            r => Assert.Contains("More than one document in the zip is named ZIPCHK-12", r.TextContent, StringComparison.Ordinal));
        Assert.Null(page.QuerySelector("main form"));
        Assert.NotNull(page.QuerySelector("[data-nothing-to-add]"));
        Assert.Equal(kept, await IssuedTextZips.StoredZipsAsync(app));
    }
}
