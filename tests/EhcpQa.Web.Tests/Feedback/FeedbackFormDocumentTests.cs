using EhcpQa.Web.Features.Feedback;
using EhcpQa.Web.Tests.Reporting;

namespace EhcpQa.Web.Tests.Feedback;

public sealed class FeedbackFormDocumentTests
{
    [Fact]
    public void SampleForm_RunsOverSeveralPagesEachWithTheFooter()
    {
        var pages = PdfReading.PageTexts(SampleFeedbackForms.RequiresImprovementPdf);

        Assert.True(pages.Count > 1);
        Assert.EndsWith($"Feedback on draft EHC plan {SampleFeedbackForms.PlanReference} – page 1 of {pages.Count}", pages[0], StringComparison.Ordinal);
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.EndsWith($"page {i + 1} of {pages.Count}", pages[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void LongCommentary_ContinuesOnTheNextPageWithNothingCut()
    {
        var pages = PdfReading.PageTexts(SampleFeedbackForms.RequiresImprovementPdf);

        var start = pages.ToList().FindIndex(p => p.Contains("Areas for improvement Several needs are written as diagnoses only", StringComparison.Ordinal));
        var end = pages.ToList().FindIndex(p => p.Contains(SampleFeedbackForms.LongParagraphEnding, StringComparison.Ordinal));
        Assert.True(start >= 0, "The long paragraph's beginning is missing.");
        Assert.True(end > start, $"The long paragraph should run from page {start + 1} onto a later page; its end is on page {end + 1}.");
    }

    [Fact]
    public void SampleForm_EmbedsEachFaceOnceAndStaysSmall()
    {
        var pdf = SampleFeedbackForms.RequiresImprovementPdf;

        Assert.Equal(2, PdfReading.FontNames(pdf).Count);
        Assert.InRange(pdf.Length, 1, 1_500_000);
    }

    [Fact]
    public void SampleForm_CarriesItsTitleAndGenerationTimeInTheMetadata()
    {
        using var document = PdfReading.Open(SampleFeedbackForms.RequiresImprovementPdf);

        Assert.Equal($"Feedback on draft EHC plan {SampleFeedbackForms.PlanReference}", document.Information.Title);
        Assert.Equal("EhcpQa", document.Information.Author);
        Assert.Equal(SampleFeedbackForms.GeneratedAt, document.Information.GetCreatedDateTimeOffset());
    }

    [Fact]
    public void Write_PutsTheSamePdfOnAStream()
    {
        using var stream = new MemoryStream();

        FeedbackFormPdf.Write(SampleFeedbackForms.RequiresImprovement(), stream);

        Assert.Equal(PdfReading.AllText(SampleFeedbackForms.RequiresImprovementPdf), PdfReading.AllText(stream.ToArray()));
    }
}
