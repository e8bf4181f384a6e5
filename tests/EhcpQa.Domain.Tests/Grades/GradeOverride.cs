using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Grades;

/// <summary>A grader may choose a grade other than the suggested one when they say why.</summary>
public class GradeOverride
{
    private readonly FrameworkVersion _framework = Gradings.Framework();

    [Fact]
    public void OverrideWithReason_IsAccepted_KeepingBothGrades()
    {
        var grading = Gradings.Start(_framework);

        var judgement = grading.Judge(
            _framework, SectionCode.B, Answers.OneNo(_framework, SectionCode.B), Grade.Good,
            new SectionCommentary(OverrideReason: " The unmet descriptor is a minor typo "), PlanData.Now);

        Assert.Equal(Grade.RequiresImprovement, judgement.SuggestedGrade);
        Assert.Equal(Grade.Good, judgement.Grade);
        Assert.True(judgement.IsOverridden);
        Assert.Equal("The unmet descriptor is a minor typo", judgement.OverrideReason);
    }

    [Fact]
    public void OverrideDownwardsWithReason_IsAccepted()
    {
        var grading = Gradings.Start(_framework);

        var judgement = grading.Judge(
            _framework, SectionCode.B, Answers.AllYes(_framework, SectionCode.B), Grade.Inadequate,
            new SectionCommentary(OverrideReason: "The child's name is wrong throughout"), PlanData.Now);

        Assert.Equal(Grade.Good, judgement.SuggestedGrade);
        Assert.Equal(Grade.Inadequate, judgement.Grade);
        Assert.True(judgement.IsOverridden);
    }

    [Fact]
    public void Outstanding_IsNeverSuggested_SoAlwaysNeedsAReason()
    {
        var grading = Gradings.Start(_framework);
        var answers = Answers.AllYes(_framework, SectionCode.B);

        Assert.Throws<DomainRuleException>(() => grading.Judge(_framework, SectionCode.B, answers, Grade.Outstanding, new SectionCommentary(), PlanData.Now));
        var judgement = grading.Judge(_framework, SectionCode.B, answers, Grade.Outstanding, new SectionCommentary(OverrideReason: "Exemplary"), PlanData.Now);

        Assert.Equal(Grade.Good, judgement.SuggestedGrade);
        Assert.Equal(Grade.Outstanding, judgement.Grade);
        Assert.Equal("Exemplary", judgement.OverrideReason);
    }

    [Fact]
    public void OverrideOfThePlanOverall_KeepsBothGrades()
    {
        var grading = Gradings.Start(_framework).JudgeSectionsAllYes(_framework);

        var overall = grading.Judge(
            _framework, SectionCode.Overall, Answers.AllYes(_framework, SectionCode.Overall), Grade.RequiresImprovement,
            new SectionCommentary(OverrideReason: "No golden thread"), PlanData.Now);

        Assert.Equal(Grade.Good, overall.SuggestedGrade);
        Assert.Equal(Grade.RequiresImprovement, overall.Grade);
        Assert.Equal("No golden thread", overall.OverrideReason);
        Assert.Equal(Grade.RequiresImprovement, grading.OverallGrade);
    }

    [Fact]
    public void SuggestionFor_GivesTheGradeTheAnswersPointTo()
    {
        var grading = Gradings.Start(_framework);

        Assert.Equal(Grade.Good, grading.SuggestionFor(_framework, SectionCode.B, Answers.AllYes(_framework, SectionCode.B)));
        Assert.Equal(Grade.RequiresImprovement, grading.SuggestionFor(_framework, SectionCode.B, Answers.OneNo(_framework, SectionCode.B)));
        Assert.Equal(Grade.Inadequate, grading.SuggestionFor(_framework, SectionCode.B, Answers.AllNo(_framework, SectionCode.B)));
    }
}
