using System.Net;
using UglyToad.PdfPig;

namespace EhcpQa.Web.Tests.SignOff;

/// <summary>The feedback form PDF a caseworker downloads holds the plan's grade and the grader's comments.</summary>
public sealed class FeedbackPdfTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task Download_AfterReturn_HoldsTheGradeAndCommentsOfEachSection()
    {
        var journey = new SignOffJourney(app);
        var planId = await app.Plans.DraftAsync("EHC-FP-1");
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);
        await SignOffJourney.SubmitDraftAsync(caseworker, planId);
        await SignOffJourney.GradeAndSubmitAsync(manager, planId, sectionGrade: 2, overallGrade: 2);
        await SignOffJourney.DecideAsync(manager, planId, "Return", "Minor corrections before issue.");
        var reference = (await journey.PlanAsync(planId)).Reference;

        var response = await caseworker.GetAsync($"/plans/{planId}/versions/1/feedback.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains(reference, text, StringComparison.Ordinal);
        Assert.Contains("2 Good", text, StringComparison.Ordinal);
        Assert.Contains("Improve section F.", text, StringComparison.Ordinal);
        Assert.Contains("Strengths of section K.", text, StringComparison.Ordinal);
        Assert.Contains("Returned for changes", text, StringComparison.Ordinal);
        Assert.True(pdf.NumberOfPages > 1);
    }
}
