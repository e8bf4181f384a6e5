using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Grades;

/// <summary>Section B has five required descriptors; section C two required and two "if applicable".</summary>
public class SectionJudging
{
    private static readonly DateTimeOffset JudgedAt = PlanData.Now.AddMinutes(20);

    private readonly FrameworkVersion _framework = Gradings.Framework();

    [Fact]
    public void Judge_AllYes_RecordsTheAnswersAndGood()
    {
        var grading = Gradings.Start(_framework);

        var judgement = grading.Judge(_framework, SectionCode.B, Answers.AllYes(_framework, SectionCode.B), Grade.Good, new SectionCommentary(), JudgedAt);

        Assert.Equal(SectionCode.B, judgement.Section);
        Assert.Equal([1, 2, 3, 4, 5], judgement.Answers.Select(a => a.DescriptorNumber));
        Assert.All(judgement.Answers, a => Assert.Equal(DescriptorAnswer.Yes, a.Answer));
        Assert.Equal(Grade.Good, judgement.SuggestedGrade);
        Assert.Equal(Grade.Good, judgement.Grade);
        Assert.False(judgement.IsOverridden);
        Assert.Equal(JudgedAt, judgement.JudgedAt);
        Assert.Same(judgement, grading.Judgement(SectionCode.B));
    }

    [Fact]
    public void Judge_OneNo_RecordsRequiresImprovementAsSuggested()
    {
        var grading = Gradings.Start(_framework);

        var judgement = grading.Judge(_framework, SectionCode.B, Answers.OneNo(_framework, SectionCode.B), Grade.RequiresImprovement, new SectionCommentary(), JudgedAt);

        Assert.Equal(Grade.RequiresImprovement, judgement.SuggestedGrade);
        Assert.Equal(DescriptorAnswer.No, judgement.AnswerTo(1));
        Assert.Equal(DescriptorAnswer.Yes, judgement.AnswerTo(2));
    }

    [Fact]
    public void Judge_NotApplicableWhereAllowed_IsAcceptedAndSuggestsGood()
    {
        var grading = Gradings.Start(_framework);

        var judgement = grading.Judge(_framework, SectionCode.C, Answers.NotApplicableWherePossible(_framework, SectionCode.C), Grade.Good, new SectionCommentary(), JudgedAt);

        Assert.Equal(DescriptorAnswer.NotApplicable, judgement.AnswerTo(3));
        Assert.Equal(DescriptorAnswer.NotApplicable, judgement.AnswerTo(4));
        Assert.Equal(Grade.Good, judgement.SuggestedGrade);
    }

    [Fact]
    public void Judge_KeepsTheCommentaryTrimmed()
    {
        var grading = Gradings.Start(_framework);
        var commentary = new SectionCommentary(
            Strengths: "  Needs are described clearly ",
            AreasForImprovement: "Provision appears in section B ",
            Rationale: " One descriptor not met",
            SuggestedWording: " Move the provision to section F ");

        var judgement = grading.Judge(_framework, SectionCode.B, Answers.OneNo(_framework, SectionCode.B), Grade.RequiresImprovement, commentary, JudgedAt);

        Assert.Equal("Needs are described clearly", judgement.Strengths);
        Assert.Equal("Provision appears in section B", judgement.AreasForImprovement);
        Assert.Equal("One descriptor not met", judgement.Rationale);
        Assert.Equal("Move the provision to section F", judgement.SuggestedWording);
    }

    [Fact]
    public void Judge_BlankCommentary_IsKeptAsNothing()
    {
        var grading = Gradings.Start(_framework);

        var judgement = grading.Judge(_framework, SectionCode.B, Answers.AllYes(_framework, SectionCode.B), Grade.Good, new SectionCommentary(" ", "", "\t", "  "), JudgedAt);

        Assert.Null(judgement.Strengths);
        Assert.Null(judgement.AreasForImprovement);
        Assert.Null(judgement.Rationale);
        Assert.Null(judgement.SuggestedWording);
    }

    [Fact]
    public void Judge_AtTheSuggestedGrade_DropsAnOverrideReason()
    {
        var grading = Gradings.Start(_framework);

        var judgement = grading.Judge(_framework, SectionCode.B, Answers.AllYes(_framework, SectionCode.B), Grade.Good, new SectionCommentary(OverrideReason: "Not needed"), JudgedAt);

        Assert.Null(judgement.OverrideReason);
        Assert.False(judgement.IsOverridden);
    }

    [Fact]
    public void Judge_SameSectionAgain_ReplacesItsJudgement()
    {
        var grading = Gradings.Start(_framework);
        grading.Judge(_framework, SectionCode.B, Answers.AllYes(_framework, SectionCode.B), Grade.Good, new SectionCommentary(Strengths: "First look"), PlanData.Now);

        var again = grading.Judge(_framework, SectionCode.B, Answers.AllNo(_framework, SectionCode.B), Grade.Inadequate, new SectionCommentary(), JudgedAt);

        Assert.Single(grading.Judgements);
        Assert.Same(again, grading.Judgement(SectionCode.B));
        Assert.Equal(5, again.Answers.Count);
        Assert.All(again.Answers, a => Assert.Equal(DescriptorAnswer.No, a.Answer));
        Assert.Equal(Grade.Inadequate, again.Grade);
        Assert.Null(again.Strengths);
        Assert.Equal(JudgedAt, again.JudgedAt);
    }

    [Fact]
    public void Judge_EachSection_IsKeptApartAndLeavesTheRestOutstanding()
    {
        var grading = Gradings.Start(_framework);

        grading.JudgeAsSuggested(_framework, SectionCode.A, Answers.AllYes(_framework, SectionCode.A));
        grading.JudgeAsSuggested(_framework, SectionCode.B, Answers.OneNo(_framework, SectionCode.B));

        Assert.Equal([SectionCode.A, SectionCode.B], grading.Judgements.Select(j => j.Section));
        Assert.Equal(Grade.Good, grading.Judgement(SectionCode.A)?.Grade);
        Assert.Equal(Grade.RequiresImprovement, grading.Judgement(SectionCode.B)?.Grade);
        Assert.DoesNotContain(SectionCode.A, grading.Outstanding(_framework));
        Assert.Contains(SectionCode.C, grading.Outstanding(_framework));
    }
}
