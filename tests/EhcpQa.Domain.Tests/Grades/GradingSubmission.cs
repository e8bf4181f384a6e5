using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Grades;

public class GradingSubmission
{
    private static readonly DateTimeOffset SubmittedAt = PlanData.Now.AddHours(2);

    private readonly FrameworkVersion _framework = Gradings.Framework();

    [Fact]
    public void Submit_EverythingJudged_RecordsTheTime()
    {
        var grading = Gradings.Start(_framework).GradeTo(_framework, Grade.Good);

        grading.Submit(_framework, SubmittedAt);

        Assert.True(grading.IsSubmitted);
        Assert.Equal(SubmittedAt, grading.SubmittedAt);
        Assert.Empty(grading.Outstanding(_framework));
    }

    [Fact]
    public void Submit_NothingJudged_IsRefusedListingEverySectionAndTheOverall()
    {
        var grading = Gradings.Start(_framework);

        var thrown = Assert.Throws<DomainRuleException>(() => grading.Submit(_framework, SubmittedAt));

        var expected = string.Join(", ", PlanSections.All.Select(s => s.Label));
        Assert.Contains($"Grade every section before submitting: {expected} still to do.", thrown.Message, StringComparison.Ordinal);
        Assert.False(grading.IsSubmitted);
    }

    [Fact]
    public void Submit_WithSectionsOutstanding_IsRefusedListingThem()
    {
        var grading = Gradings.Start(_framework);
        foreach (var section in PlanSections.Statutory.Where(s => s.Code is not (SectionCode.D or SectionCode.J)))
        {
            grading.JudgeAsSuggested(_framework, section.Code, Answers.AllYes(_framework, section.Code));
        }

        var thrown = Assert.Throws<DomainRuleException>(() => grading.Submit(_framework, SubmittedAt));

        Assert.Contains("Section D, Section J, The plan overall still to do.", thrown.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Section A", thrown.Message, StringComparison.Ordinal);
        Assert.Null(grading.SubmittedAt);
    }

    [Fact]
    public void Submit_WithOnlyTheOverallOutstanding_IsRefused()
    {
        var grading = Gradings.Start(_framework).JudgeSectionsAllYes(_framework);

        var thrown = Assert.Throws<DomainRuleException>(() => grading.Submit(_framework, SubmittedAt));

        Assert.Contains("before submitting: The plan overall still to do.", thrown.Message, StringComparison.Ordinal);
        Assert.Equal([SectionCode.Overall], grading.Outstanding(_framework));
    }

    [Fact]
    public void Submit_WithAnOverriddenOverallThatHasAReason_IsAccepted()
    {
        var grading = Gradings.Start(_framework).GradeTo(_framework, Grade.Outstanding);

        grading.Submit(_framework, SubmittedAt);

        Assert.True(grading.IsSubmitted);
        Assert.Equal(Grade.Outstanding, grading.OverallGrade);
        Assert.Equal(Gradings.OverrideReason, grading.Judgement(SectionCode.Overall)!.OverrideReason);
    }
}
