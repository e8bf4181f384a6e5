using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Grades;

/// <summary>The plan overall is judged last, from its own descriptors capped by the sections.</summary>
public class OverallJudgement
{
    private readonly FrameworkVersion _framework = Gradings.Framework();

    [Fact]
    public void Overall_BeforeAnySection_IsRefusedListingEverySection()
    {
        var grading = Gradings.Start(_framework);

        var thrown = Assert.Throws<DomainRuleException>(() => JudgeOverall(grading, Grade.Good));

        Assert.Contains("Grade every section before the plan overall: A, B, C, D, E, F, G, H1, H2, I, J, K still to do", thrown.Message, StringComparison.Ordinal);
        Assert.Null(grading.OverallGrade);
    }

    [Fact]
    public void Overall_WithSomeSectionsOutstanding_IsRefusedListingThem()
    {
        var grading = Gradings.Start(_framework);
        foreach (var section in PlanSections.Statutory.Where(s => s.Code is not (SectionCode.C or SectionCode.H2)))
        {
            grading.JudgeAsSuggested(_framework, section.Code, Answers.AllYes(_framework, section.Code));
        }

        var thrown = Assert.Throws<DomainRuleException>(() => JudgeOverall(grading, Grade.Good));

        Assert.Contains("C, H2 still to do", thrown.Message, StringComparison.Ordinal);
        Assert.Null(grading.Judgement(SectionCode.Overall));
    }

    [Fact]
    public void Overall_WithOnlyTheLastSectionOutstanding_IsRefused()
    {
        var grading = Gradings.Start(_framework);
        foreach (var section in PlanSections.Statutory.Where(s => s.Code != SectionCode.K))
        {
            grading.JudgeAsSuggested(_framework, section.Code, Answers.AllYes(_framework, section.Code));
        }

        var thrown = Assert.Throws<DomainRuleException>(() => JudgeOverall(grading, Grade.Good));

        Assert.Contains(": K still to do", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overall_AfterEverySection_IsAccepted()
    {
        var grading = Gradings.Start(_framework).JudgeSectionsAllYes(_framework);

        var overall = JudgeOverall(grading, Grade.Good);

        Assert.Equal(SectionCode.Overall, overall.Section);
        Assert.Equal(Grade.Good, overall.SuggestedGrade);
        Assert.Equal(Grade.Good, grading.OverallGrade);
    }

    [Fact]
    public void Overall_SuggestionIsCappedByAnInadequateSection()
    {
        var grading = Gradings.Start(_framework).JudgeSectionsAllYes(_framework);
        grading.JudgeAsSuggested(_framework, SectionCode.F, Answers.AllNo(_framework, SectionCode.F));

        Assert.Equal(Grade.RequiresImprovement, grading.SuggestionFor(_framework, SectionCode.Overall, Answers.AllYes(_framework, SectionCode.Overall)));
        var thrown = Assert.Throws<DomainRuleException>(() => JudgeOverall(grading, Grade.Good));
        Assert.Contains("the descriptors suggest requires improvement", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overall_SuggestionUsesTheSectionsChosenGradesNotTheirSuggestions()
    {
        var grading = Gradings.Start(_framework).JudgeSectionsAllYes(_framework);
        grading.Judge(_framework, SectionCode.F, Answers.AllYes(_framework, SectionCode.F), Grade.Inadequate,
            new SectionCommentary(OverrideReason: "Provision is not quantified"), PlanData.Now);

        var overall = JudgeOverall(grading, Grade.RequiresImprovement);

        Assert.Equal(Grade.RequiresImprovement, overall.SuggestedGrade);
        Assert.False(overall.IsOverridden);
    }

    [Fact]
    public void Overall_SuggestionFollowsItsOwnDescriptorsWhenWorse()
    {
        var grading = Gradings.Start(_framework).JudgeSectionsAllYes(_framework);

        var overall = grading.JudgeAsSuggested(_framework, SectionCode.Overall, Answers.AllNo(_framework, SectionCode.Overall));

        Assert.Equal(Grade.Inadequate, overall.SuggestedGrade);
        Assert.Equal(Grade.Inadequate, grading.OverallGrade);
    }

    private SectionJudgement JudgeOverall(Grading grading, Grade grade) =>
        grading.Judge(_framework, SectionCode.Overall, Answers.AllYes(_framework, SectionCode.Overall), grade, new SectionCommentary(), PlanData.Now);
}
