using EhcpQa.Web.Features.Feedback;
using EhcpQa.Web.Tests.Reporting;

namespace EhcpQa.Web.Tests.Feedback;

public sealed class FeedbackFormSummaryTests
{
    [Fact]
    public void FirstPage_ShowsThePlanDraftGraderFrameworkDeadlineAndOutcome()
    {
        var firstPage = PdfReading.PageTexts(SampleFeedbackForms.RequiresImprovementPdf)[0];

        Assert.StartsWith("Feedback on draft EHC plan", firstPage, StringComparison.Ordinal);
        Assert.Contains($"Plan reference {SampleFeedbackForms.PlanReference}", firstPage, StringComparison.Ordinal);
        Assert.Contains("Child's initials SB", firstPage, StringComparison.Ordinal);
        Assert.Contains("Caseworker Priya Shah", firstPage, StringComparison.Ordinal);
        Assert.Contains("Locality North locality", firstPage, StringComparison.Ordinal);
        Assert.Contains("Version 2, submitted on 9 March 2026", firstPage, StringComparison.Ordinal);
        Assert.Contains("Tom Evans, 13 March 2026 at 11:40", firstPage, StringComparison.Ordinal);
        Assert.Contains("Sign-off grading", firstPage, StringComparison.Ordinal);
        Assert.Contains("Wirral and Shropshire EHCP quality assurance framework, version 2", firstPage, StringComparison.Ordinal);
        Assert.Contains("Statutory deadline 24 April 2026", firstPage, StringComparison.Ordinal);
        Assert.Contains("Outcome Returned for changes", firstPage, StringComparison.Ordinal);
    }

    [Fact]
    public void OverallBelowGood_ShowsTheGradeAndSaysThePlanMustBeGoodBeforeIssue()
    {
        var firstPage = PdfReading.PageTexts(SampleFeedbackForms.RequiresImprovementPdf)[0];

        Assert.Contains("Overall grade: 3 Requires improvement", firstPage, StringComparison.Ordinal);
        Assert.Contains(FeedbackFormPdf.BarWarning("at least Good"), firstPage, StringComparison.Ordinal);
    }

    [Fact]
    public void OverallAtLeastGood_ShowsTheGradeWithoutTheWarning()
    {
        var text = PdfReading.AllText(FeedbackFormPdf.Render(SampleFeedbackForms.Good()));

        Assert.Contains("Overall grade: 2 Good", text, StringComparison.Ordinal);
        Assert.DoesNotContain(FeedbackFormPdf.BarWarning("at least Good"), text, StringComparison.Ordinal);
        Assert.Contains("Outcome Signed off", text, StringComparison.Ordinal);
    }

    [Fact]
    public void OverallBelowGood_WhereTheAuthorityIssuesAtAnyGrade_HasNoWarning()
    {
        var text = PdfReading.AllText(FeedbackFormPdf.Render(SampleFeedbackForms.RequiresImprovement() with { IssuedOnlyAtBar = false }));

        Assert.Contains("Overall grade: 3 Requires improvement", text, StringComparison.Ordinal);
        Assert.DoesNotContain(FeedbackFormPdf.BarWarning("at least Good"), text, StringComparison.Ordinal);
        Assert.DoesNotContain("A draft is issued only when graded at least Good", text, StringComparison.Ordinal);
    }

    [Fact]
    public void GradingNotYetSubmitted_SaysSoInsteadOfADate()
    {
        var data = SampleFeedbackForms.RequiresImprovement() with { GradedAt = null, Outcome = "Awaiting decision" };

        var firstPage = PdfReading.PageTexts(FeedbackFormPdf.Render(data))[0];

        Assert.Contains("Graded by Tom Evans (grading not yet submitted)", firstPage, StringComparison.Ordinal);
        Assert.Contains("Outcome Awaiting decision", firstPage, StringComparison.Ordinal);
    }
}
