using System.Net;
using EhcpQa.Web.Tests.Drafts;

namespace EhcpQa.Web.Tests.DraftChecks;

/// <summary>
/// A draft uploaded in the national template's layout is split by its tables' columns, and the caseworker sees which
/// line started each section and the golden thread from each need to the outcomes and provision that answer it, with
/// its breaks; the grader sees the same thread beside the grading, never on a final plan under moderation.
/// </summary>
public sealed class GoldenThreadShownTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    [Fact]
    public async Task ANationalTemplateDraft_IsSplitByColumn_AndTheCaseworkerSeesWhereEachSectionStarted()
    {
        var planId = await app.Plans.DraftAsync("EHC-THR-1");
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);

        var uploaded = await caseworker.PostFileAsync($"/plans/{planId}/draft", $"/plans/{planId}/draft/upload", "Upload.Document",
            NationalTemplatePlan.Builder().ToBytes(), "national-template.docx", Docx);

        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        var page = await SignedInClient.ParseAsync(uploaded);
        Assert.Contains("Daily phonics in a group of 4.", page.QuerySelector("textarea#Form_F")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Sam has asthma.", page.QuerySelector("textarea#Form_C")!.TextContent, StringComparison.Ordinal);
        var starts = page.QuerySelector("[data-split-starts]")!.TextContent;
        Assert.Contains("Table column: Section F: Special educational provision", starts, StringComparison.Ordinal);
        Assert.Contains("Section A: Views, interests and aspirations", starts, StringComparison.Ordinal);
        var thread = page.QuerySelector("[data-golden-thread]")!;
        Assert.Contains("Communication and interaction", thread.QuerySelectorAll("caption").Select(c => c.TextContent.Trim()));
        Assert.Contains("Sam reads below age expectations.", thread.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANeedWithNoProvision_IsShownAsABreakInTheThread_ToTheCaseworkerAndTheGrader()
    {
        var planId = await app.Plans.DraftAsync("EHC-THR-2");
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        var fields = SignOffJourney.DraftText();
        fields["Form.B"] = "Communication and interaction\nSam finds it hard to follow spoken instructions in class.\n\nSensory and physical\nSam finds handwriting tiring and slow because of weak fine motor control.";
        fields["Form.E"] = "Communication and interaction\nBy July 2027 Sam will follow three-part spoken instructions on four out of five occasions.\n\nSensory and physical\nBy July 2027 Sam will write three sentences legibly in ten minutes.";
        fields["Form.F"] = "Communication and interaction\nA speech and language therapist will deliver 3 sessions of 30 minutes per week on following instructions.";
        foreach (var code in new[] { "C", "D", "G", "H1", "H2" })
        {
            fields[$"Form.{code}"] = "No needs or provision were identified.";
        }

        var checkedPage = await SignedInClient.ParseAsync(await caseworker.PostFormAsync($"/plans/{planId}/draft", fields.Append(new("check", "true"))));

        var gaps = checkedPage.QuerySelectorAll("[data-thread-gap]").Select(g => (g.GetAttribute("data-thread-gap"), g.TextContent)).ToList();
        var gap = Assert.Single(gaps);
        Assert.Equal("NeedWithoutProvision", gap.Item1);
        Assert.Contains("handwriting tiring", gap.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 break", checkedPage.QuerySelector("[data-thread-details] summary")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await caseworker.PostFormAsync($"/plans/{planId}/draft", fields)).StatusCode);
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);
        var gradingId = await SignOffJourney.StartGradingAsync(manager, planId);
        var taskList = await manager.GetPageAsync($"/gradings/{gradingId}");
        var sectionF = await manager.GetPageAsync($"/gradings/{gradingId}/sections/F");

        foreach (var graderPage in new[] { taskList, sectionF })
        {
            var shown = Assert.Single(graderPage.QuerySelectorAll("[data-thread-gap]"));
            Assert.Contains("handwriting tiring", shown.TextContent, StringComparison.Ordinal);
        }
    }
}
