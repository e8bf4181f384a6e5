using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Grades;

/// <summary>A section judged again after the plan overall moves the overall's suggestion, and submission notices.</summary>
public class OverallResuggestion
{
    private static readonly DateTimeOffset Later = PlanData.Now.AddMinutes(45);

    private readonly FrameworkVersion _framework = Gradings.Framework();

    [Fact]
    public void RejudgingASection_ChangesTheOverallSuggestionButNotItsGrade()
    {
        var grading = Gradings.Start(_framework).GradeTo(_framework, Grade.Good);

        grading.JudgeAsSuggested(_framework, SectionCode.B, Answers.AllNo(_framework, SectionCode.B), Later);

        var overall = grading.Judgement(SectionCode.Overall)!;
        Assert.Equal(Grade.RequiresImprovement, overall.SuggestedGrade);
        Assert.Equal(Grade.Good, overall.Grade);
        Assert.True(overall.IsOverridden);
        Assert.Equal(Grade.Good, grading.OverallGrade);
    }

    [Fact]
    public void Submit_WhenOverallNoLongerMatchesWithoutReason_IsRefused()
    {
        var grading = Gradings.Start(_framework).GradeTo(_framework, Grade.Good);
        grading.JudgeAsSuggested(_framework, SectionCode.B, Answers.AllNo(_framework, SectionCode.B), Later);

        var thrown = Assert.Throws<DomainRuleException>(() => grading.Submit(_framework, Later));

        Assert.Contains("the descriptors now suggest requires improvement", thrown.Message, StringComparison.Ordinal);
        Assert.False(grading.IsSubmitted);
    }

    [Fact]
    public void Submit_AfterTheOverallIsJudgedAgain_IsAccepted()
    {
        var grading = Gradings.Start(_framework).GradeTo(_framework, Grade.Good);
        grading.JudgeAsSuggested(_framework, SectionCode.B, Answers.AllNo(_framework, SectionCode.B), Later);

        grading.JudgeAsSuggested(_framework, SectionCode.Overall, Answers.AllYes(_framework, SectionCode.Overall), Later);
        grading.Submit(_framework, Later);

        Assert.True(grading.IsSubmitted);
        Assert.Equal(Grade.RequiresImprovement, grading.OverallGrade);
    }

    [Fact]
    public void Submit_AfterTheOverallIsKeptWithAReason_IsAccepted()
    {
        var grading = Gradings.Start(_framework).GradeTo(_framework, Grade.Good);
        grading.JudgeAsSuggested(_framework, SectionCode.B, Answers.AllNo(_framework, SectionCode.B), Later);

        grading.Judge(_framework, SectionCode.Overall, Answers.AllYes(_framework, SectionCode.Overall), Grade.Good,
            new SectionCommentary(OverrideReason: "Section B's gaps are covered in F"), Later);
        grading.Submit(_framework, Later);

        Assert.True(grading.IsSubmitted);
        Assert.Equal(Grade.Good, grading.OverallGrade);
    }

    [Fact]
    public void RejudgingASectionWithoutMovingTheSuggestion_StillSubmits()
    {
        var grading = Gradings.Start(_framework).GradeTo(_framework, Grade.Good);

        grading.JudgeAsSuggested(_framework, SectionCode.B, Answers.AllYes(_framework, SectionCode.B), Later);
        grading.Submit(_framework, Later);

        Assert.True(grading.IsSubmitted);
        Assert.False(grading.Judgement(SectionCode.Overall)!.IsOverridden);
    }

    [Fact]
    public void RejudgingASectionBackToGood_RestoresTheOverallSuggestion()
    {
        var grading = Gradings.Start(_framework).GradeTo(_framework, Grade.Good);
        grading.JudgeAsSuggested(_framework, SectionCode.B, Answers.AllNo(_framework, SectionCode.B), Later);

        grading.JudgeAsSuggested(_framework, SectionCode.B, Answers.AllYes(_framework, SectionCode.B), Later);
        grading.Submit(_framework, Later);

        Assert.Equal(Grade.Good, grading.Judgement(SectionCode.Overall)!.SuggestedGrade);
        Assert.True(grading.IsSubmitted);
    }

    [Fact]
    public void ReasonForAnEarlierOverride_DoesNotExplainANewSuggestion()
    {
        // Overall lowered from Good to Requires improvement with a reason; then three sections turn
        // Inadequate, so the descriptors suggest Inadequate. The old reason answered another question.
        var grading = Gradings.Start(_framework).JudgeSectionsAllYes(_framework);
        grading.Judge(_framework, SectionCode.Overall, Answers.AllYes(_framework, SectionCode.Overall), Grade.RequiresImprovement,
            new SectionCommentary(OverrideReason: "No golden thread"), PlanData.Now);
        foreach (var section in new[] { SectionCode.B, SectionCode.E, SectionCode.F })
        {
            grading.JudgeAsSuggested(_framework, section, Answers.AllNo(_framework, section), Later);
        }

        var thrown = Assert.Throws<DomainRuleException>(() => grading.Submit(_framework, Later));

        Assert.Contains("the descriptors now suggest inadequate", thrown.Message, StringComparison.Ordinal);
        Assert.False(grading.IsSubmitted);
    }

    [Fact]
    public void NewSuggestionMeetingTheChosenGrade_EndsTheOverride()
    {
        var grading = Gradings.Start(_framework).JudgeSectionsAllYes(_framework);
        grading.Judge(_framework, SectionCode.Overall, Answers.AllYes(_framework, SectionCode.Overall), Grade.RequiresImprovement,
            new SectionCommentary(OverrideReason: "No golden thread"), PlanData.Now);

        grading.JudgeAsSuggested(_framework, SectionCode.F, Answers.AllNo(_framework, SectionCode.F), Later);
        grading.Submit(_framework, Later);

        var overall = grading.Judgement(SectionCode.Overall)!;
        Assert.Equal(Grade.RequiresImprovement, overall.SuggestedGrade);
        Assert.False(overall.IsOverridden);
        Assert.Null(overall.OverrideReason);
        Assert.True(grading.IsSubmitted);
    }
}
