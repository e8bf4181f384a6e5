using EhcpQa.Web.Features.Feedback;
using EhcpQa.Web.Tests.Reporting;

namespace EhcpQa.Web.Tests.Feedback;

public sealed class FeedbackFormSectionTests
{
    public static TheoryData<string> Headings() =>
    [
        "Section A: Views, interests and aspirations, and journey so far",
        "Section B: Special educational needs",
        "Section C: Health needs related to special educational needs",
        "Section D: Social care needs related to special educational needs",
        "Section E: Outcomes",
        "Section F: Special educational provision",
        "Section G: Health provision",
        "Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
        "Section H2: Other social care provision",
        "Section I: Placement",
        "Section J: Personal budget",
        "Section K: Advice and information",
        "The plan overall",
    ];

    [Theory]
    [MemberData(nameof(Headings))]
    public void EachSection_HasItsHeadingFollowedByItsGrade(string heading)
    {
        var text = PdfReading.AllText(SampleFeedbackForms.RequiresImprovementPdf);
        var section = SampleFeedbackForms.RequiresImprovement().Sections.Single(s => FeedbackFormPdf.SectionHeading(s) == heading);

        Assert.Contains($"{heading} Grade: {section.Grade!.Words}", text, StringComparison.Ordinal);
    }

    [Fact]
    public void GradeDifferentFromTheSuggestion_ShowsTheSuggestedGradeAndTheReason()
    {
        var text = PdfReading.AllText(SampleFeedbackForms.RequiresImprovementPdf);

        Assert.Contains(
            $"Section B: Special educational needs Grade: 3 Requires improvement Suggested by the descriptors: 2 Good. Reason for the different grade: {SampleFeedbackForms.OverrideReason}",
            text,
            StringComparison.Ordinal);
        Assert.Equal(2, PdfReading.CountOccurrences(text, "Suggested by the descriptors:"));
    }

    [Fact]
    public void DescriptorAnswers_AreListedWithTheirNumbersAndAnswersAndNoInBold()
    {
        var pdf = SampleFeedbackForms.RequiresImprovementPdf;
        var text = PdfReading.AllText(pdf);

        Assert.Contains("No. Descriptor of good practice Answer 1 The child / young person's views", text, StringComparison.Ordinal);
        using var document = PdfReading.Open(pdf);
        var words = document.GetPage(2).GetWords().ToList();
        var descriptor = words.First(w => w.Text == "summary");
        var answer = Assert.Single(words, w => w.Text == "No" && Math.Abs(w.BoundingBox.Bottom - descriptor.BoundingBox.Bottom) < 1);
        Assert.EndsWith("Bold", answer.Letters[0].FontName, StringComparison.Ordinal);
    }

    [Fact]
    public void Commentary_AppearsUnderItsLabelsOnlyWhenGiven()
    {
        var text = PdfReading.AllText(SampleFeedbackForms.RequiresImprovementPdf);

        Assert.Contains($"Strengths {SampleFeedbackForms.CommentarySentence}", text, StringComparison.Ordinal);
        Assert.Contains("Areas for improvement Add a short summary of how Sophie prefers to communicate", text, StringComparison.Ordinal);
        Assert.Contains("Rationale for the grade Four of the five descriptors are met", text, StringComparison.Ordinal);
        Assert.Contains("Suggested wording Sophie has a diagnosis of autism.", text, StringComparison.Ordinal);
        var sections = SampleFeedbackForms.RequiresImprovement().Sections;
        Assert.Equal(sections.Count(s => s.Strengths is not null), PdfReading.CountOccurrences(text, "Strengths "));
        Assert.Equal(sections.Count(s => s.SuggestedWording is not null), PdfReading.CountOccurrences(text, "Suggested wording "));
    }

    [Fact]
    public void Prompts_AreListedAsRemindersForPlanWriters()
    {
        var text = PdfReading.AllText(SampleFeedbackForms.RequiresImprovementPdf);

        Assert.Contains("Reminders for plan writers: • This section must not contain provision. • Are the child's special educational needs clear?", text, StringComparison.Ordinal);
    }

    [Fact]
    public void SectionWithNothingToSay_StillShowsItsGrade()
    {
        var text = PdfReading.AllText(SampleFeedbackForms.RequiresImprovementPdf);

        Assert.Contains("Section H2: Other social care provision Grade: 2 Good No comments on this section.", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("B", "Special educational needs", "Section B: Special educational needs")]
    [InlineData("Section H1", "Social care provision", "Section H1: Social care provision")]
    [InlineData("h2", "Other social care provision", "Section H2: Other social care provision")]
    [InlineData("Overall", "The plan overall", "The plan overall")]
    [InlineData("The plan overall", "The plan overall", "The plan overall")]
    public void SectionHeading_AcceptsACodeOrAFullLabel(string label, string title, string expected)
    {
        var section = new FeedbackFormSection(label, title, SampleFeedbackForms.GradeOf(2), null, null, null, [], null, null, null, null, []);

        Assert.Equal(expected, FeedbackFormPdf.SectionHeading(section));
    }
}
