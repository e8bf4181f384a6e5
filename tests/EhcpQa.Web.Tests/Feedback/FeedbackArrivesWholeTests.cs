using System.Net;
using EhcpQa.Domain.Frameworks;

namespace EhcpQa.Web.Tests.Feedback;

/// <summary>
/// A draft below Good goes through a first grading, a second opinion and an agreed grade before it is returned:
/// the caseworker's feedback, on the page and in the PDF, carries every grader's suggested wording (each named
/// with their part) and the manager's note, signed by the manager who returned it.
/// </summary>
public sealed class FeedbackArrivesWholeTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    private const string ManagersWording = "Sam will have 30 minutes of speech and language therapy each week, delivered by the school's therapist.";
    private const string SecondOpinionsWording = "Name who delivers the therapy and how progress is reviewed each term.";
    private const string Note = "Please quantify the provision in section F.";

    private Task<int> ReturnedAsync() => app.SharedAsync("returned-after-three-gradings", async () =>
    {
        var planId = await app.Plans.DraftAsync("EHC-FW-1");
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        await SignOffJourney.SubmitDraftAsync(caseworker, planId);

        var first = await SignOffJourney.StartGradingAsync(manager, planId);
        await SignOffJourney.GradeEverySectionAsync(manager, first, 3, 3, wording: s => s == SectionCode.F ? ManagersWording : null);
        await SignOffJourney.SubmitGradingAsync(manager, first);
        var second = await SignOffJourney.StartGradingAsync(qaLead, planId);
        await SignOffJourney.GradeEverySectionAsync(qaLead, second, 3, 3, wording: s => s == SectionCode.F ? SecondOpinionsWording : null);
        await SignOffJourney.SubmitGradingAsync(qaLead, second);
        await SignOffJourney.GradeAndSubmitAsync(manager, planId, 3, 3);
        await SignOffJourney.DecideAsync(manager, planId, "Return", Note);
        return planId;
    });

    [Fact]
    public async Task ThePage_ShowsEveryGradersWording_AndTheNote_SignedByWhoReturnedIt()
    {
        var planId = await ReturnedAsync();
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);

        var main = (await caseworker.GetPageAsync($"/plans/{planId}/versions/1/feedback")).QuerySelector("main")!.TextContent;

        Assert.Contains("Returned for changes by Morgan Hale on", main, StringComparison.Ordinal);
        Assert.Contains("Morgan Hale wrote:", main, StringComparison.Ordinal);
        Assert.Contains(Note, main, StringComparison.Ordinal);
        Assert.Contains("Morgan Hale, sign-off grading", main, StringComparison.Ordinal);
        Assert.Contains(ManagersWording, main, StringComparison.Ordinal);
        Assert.Contains("Alex Morgan, second opinion", main, StringComparison.Ordinal);
        Assert.Contains(SecondOpinionsWording, main, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePdf_CarriesTheSame()
    {
        var planId = await ReturnedAsync();
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);

        var response = await caseworker.GetAsync($"/plans/{planId}/versions/1/feedback.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = Reporting.PdfReading.AllText(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("Returned for changes by Morgan Hale", text, StringComparison.Ordinal);
        Assert.Contains("Morgan Hale wrote", text, StringComparison.Ordinal);
        Assert.Contains(Note, text, StringComparison.Ordinal);
        Assert.Contains("Suggested wording from Morgan Hale, sign-off grading", text, StringComparison.Ordinal);
        Assert.Contains("Suggested wording from Alex Morgan, second opinion", text, StringComparison.Ordinal);
        Assert.Contains("delivered by the school's therapist", text, StringComparison.Ordinal);
    }
}
