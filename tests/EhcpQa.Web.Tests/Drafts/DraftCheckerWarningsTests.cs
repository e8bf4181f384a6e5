using System.Net;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Drafts;

/// <summary>
/// Before sending, the caseworker sees the draft checker's warnings on the send page (vague provision with its words
/// and why, linked to its section), checks the draft again without sending, and may send it as it is: the checker
/// never blocks. The grader sees them again beside each section.
/// </summary>
public sealed class DraftCheckerWarningsTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    private const string VagueF = "Sam will have access to speech and language therapy.\nA teaching assistant will support Sam as needed.";
    private const string SpecificF = "A speech and language therapist will deliver 3 sessions of 30 minutes per week.";

    [Fact]
    public async Task VagueProvisionInSectionF_IsShownWithItsWordsAndWhy_AndNothingIsSent()
    {
        var planId = await app.Plans.DraftAsync("EHC-CHK-1");
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);

        var checkedPage = await caseworker.PostFormAsync($"/plans/{planId}/draft", Draft(VagueF).Append(new("check", "true")));

        Assert.Equal(HttpStatusCode.OK, checkedPage.StatusCode);
        var page = await SignedInClient.ParseAsync(checkedPage);
        var warnings = page.QuerySelector("main")!.TextContent;
        Assert.Contains("\"access to\" promises access, not the provision itself", warnings, StringComparison.Ordinal);
        Assert.Contains("\"as needed\" says neither how much nor how often", warnings, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("a[href='#Form_F']"));
        Assert.NotNull(page.QuerySelector("textarea#Form_F"));
        Assert.Equal(VagueF, page.QuerySelector("textarea#Form_F")!.TextContent.Trim().ReplaceLineEndings("\n"));
        Assert.Equal(0, await app.WithDatabaseAsync(db => db.PlanVersions.CountAsync(v => v.PlanId == planId)));
    }

    [Fact]
    public async Task ADraftWithWarnings_CanStillBeSent_AndACorrectedOneRaisesNone()
    {
        var planId = await app.Plans.DraftAsync("EHC-CHK-2");
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);

        var corrected = await SignedInClient.ParseAsync(await caseworker.PostFormAsync($"/plans/{planId}/draft", Draft(SpecificF).Append(new("check", "true"))));
        Assert.Null(corrected.QuerySelector("[data-draft-warnings]"));

        var sent = await caseworker.PostFormAsync($"/plans/{planId}/draft", Draft(VagueF));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(1, await app.WithDatabaseAsync(db => db.PlanVersions.CountAsync(v => v.PlanId == planId)));
    }

    [Fact]
    public async Task TheGrader_SeesTheWarningsBesideTheSection_AndNoneBesideAClearOne()
    {
        var planId = await app.Plans.DraftAsync("EHC-CHK-3");
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        Assert.Equal(HttpStatusCode.Redirect, (await caseworker.PostFormAsync($"/plans/{planId}/draft", Draft(VagueF))).StatusCode);
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);
        var gradingId = await SignOffJourney.StartGradingAsync(manager, planId);

        var sectionF = await manager.GetPageAsync($"/gradings/{gradingId}/sections/F");
        var sectionG = await manager.GetPageAsync($"/gradings/{gradingId}/sections/G");

        var beside = sectionF.QuerySelector("[data-draft-warnings='F']")?.TextContent ?? string.Empty;
        Assert.Contains("\"access to\" promises access, not the provision itself", beside, StringComparison.Ordinal);
        Assert.Contains("\"as needed\"", beside, StringComparison.Ordinal);
        Assert.Null(sectionG.QuerySelector("[data-draft-warnings]"));
    }

    private static Dictionary<string, string> Draft(string sectionF)
    {
        var fields = SignOffJourney.DraftText();
        foreach (var code in new[] { "C", "D", "G", "H1", "H2" })
        {
            fields[$"Form.{code}"] = "No needs or provision were identified.";
        }

        fields["Form.F"] = sectionF;
        return fields;
    }
}
