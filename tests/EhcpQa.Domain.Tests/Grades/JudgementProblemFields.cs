using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Grades;

/// <summary>Each problem is keyed by the part of the form it concerns, so the page can show it by the field.</summary>
public class JudgementProblemFields
{
    private readonly FrameworkVersion _framework = Gradings.Framework();

    [Fact]
    public void SoundJudgement_HasNoProblems()
    {
        var grading = Gradings.Start(_framework);

        Assert.Empty(grading.ProblemsWith(_framework, SectionCode.B, Answers.OneNo(_framework, SectionCode.B), Grade.RequiresImprovement, new SectionCommentary()));
    }

    [Fact]
    public void MissingAnswer_IsKeyedToThatDescriptor()
    {
        var grading = Gradings.Start(_framework);
        var answers = Answers.AllYes(_framework, SectionCode.B);
        answers.Remove(4);

        var problem = Assert.Single(grading.ProblemsWith(_framework, SectionCode.B, answers, Grade.Good, new SectionCommentary()));

        Assert.Equal("Answers[4]", problem.Field);
        Assert.Equal(JudgementFields.Descriptor(4), problem.Field);
        Assert.Equal("Answer descriptor 4: yes or no", problem.Message);
    }

    [Fact]
    public void NotApplicableOnARequiredDescriptor_IsKeyedToThatDescriptor()
    {
        var grading = Gradings.Start(_framework);
        var answers = Answers.AllYes(_framework, SectionCode.C);
        answers[1] = DescriptorAnswer.NotApplicable;

        var problem = Assert.Single(grading.ProblemsWith(_framework, SectionCode.C, answers, Grade.Good, new SectionCommentary()));

        Assert.Equal("Answers[1]", problem.Field);
        Assert.Equal("Descriptor 1 applies to every plan: answer yes or no", problem.Message);
    }

    [Fact]
    public void AnswerToAnUnknownDescriptor_IsKeyedToThatNumber()
    {
        var grading = Gradings.Start(_framework);
        var answers = Answers.AllYes(_framework, SectionCode.B);
        answers[9] = DescriptorAnswer.No;

        var problem = Assert.Single(grading.ProblemsWith(_framework, SectionCode.B, answers, Grade.Good, new SectionCommentary()));

        Assert.Equal("Answers[9]", problem.Field);
        Assert.Equal("Section B has no descriptor 9", problem.Message);
    }

    [Fact]
    public void NoGrade_IsKeyedToTheGrade()
    {
        var grading = Gradings.Start(_framework);

        var problem = Assert.Single(grading.ProblemsWith(_framework, SectionCode.B, Answers.AllYes(_framework, SectionCode.B), null, new SectionCommentary()));

        Assert.Equal(JudgementFields.Grade, problem.Field);
        Assert.Equal("Grade", problem.Field);
        Assert.Equal("Select a grade", problem.Message);
    }

    [Fact]
    public void UnsetGrade_IsKeyedToTheGrade()
    {
        var grading = Gradings.Start(_framework);

        var problem = Assert.Single(grading.ProblemsWith(_framework, SectionCode.B, Answers.AllYes(_framework, SectionCode.B), default(Grade), new SectionCommentary(OverrideReason: "Reason")));

        Assert.Equal("Grade", problem.Field);
        Assert.Equal("Select a grade", problem.Message);
    }

    [Fact]
    public void OverallBeforeTheSections_IsKeyedToTheGrade()
    {
        var grading = Gradings.Start(_framework);

        var problem = Assert.Single(grading.ProblemsWith(_framework, SectionCode.Overall, Answers.AllYes(_framework, SectionCode.Overall), Grade.Good, new SectionCommentary()));

        Assert.Equal("Grade", problem.Field);
        Assert.StartsWith("Grade every section before the plan overall", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OverrideWithoutReason_IsKeyedToTheReason()
    {
        var grading = Gradings.Start(_framework);

        var problem = Assert.Single(grading.ProblemsWith(_framework, SectionCode.B, Answers.AllNo(_framework, SectionCode.B), Grade.RequiresImprovement, new SectionCommentary()));

        Assert.Equal(JudgementFields.OverrideReason, problem.Field);
        Assert.Equal("OverrideReason", problem.Field);
        Assert.Equal("Explain why you have graded requires improvement when the descriptors suggest inadequate", problem.Message);
    }

    [Theory]
    [InlineData(nameof(SectionCommentary.Strengths))]
    [InlineData(nameof(SectionCommentary.AreasForImprovement))]
    [InlineData(nameof(SectionCommentary.Rationale))]
    [InlineData(nameof(SectionCommentary.SuggestedWording))]
    public void OverlongCommentary_IsKeyedToItsField(string field)
    {
        var grading = Gradings.Start(_framework);
        var tooLong = new string('x', SectionJudgement.CommentaryMaxLength + 1);
        var commentary = field switch
        {
            nameof(SectionCommentary.Strengths) => new SectionCommentary(Strengths: tooLong),
            nameof(SectionCommentary.AreasForImprovement) => new SectionCommentary(AreasForImprovement: tooLong),
            nameof(SectionCommentary.Rationale) => new SectionCommentary(Rationale: tooLong),
            _ => new SectionCommentary(SuggestedWording: tooLong),
        };

        var problem = Assert.Single(grading.ProblemsWith(_framework, SectionCode.B, Answers.AllYes(_framework, SectionCode.B), Grade.Good, commentary));

        Assert.Equal(field, problem.Field);
        Assert.Equal($"Write no more than {SectionJudgement.CommentaryMaxLength} characters", problem.Message);
    }

    [Fact]
    public void SeveralProblems_AreEachKeyedToTheirOwnPart()
    {
        var grading = Gradings.Start(_framework);
        var answers = Answers.Numbered(DescriptorAnswer.Yes, DescriptorAnswer.NotApplicable, DescriptorAnswer.No);
        answers[7] = DescriptorAnswer.Yes;
        var commentary = new SectionCommentary(Rationale: new string('x', SectionJudgement.CommentaryMaxLength + 1));

        var keys = grading.ProblemsWith(_framework, SectionCode.C, answers, Grade.Good, commentary).Select(p => p.Field);

        // C: 1 and 2 required, 3 and 4 if applicable. 2 is N/A, 4 is missing, 7 does not exist. With an
        // answer missing no suggestion can be worked out, so there is no override problem.
        Assert.Equal(["Answers[2]", "Answers[4]", "Answers[7]", "Rationale"], keys);
    }

    [Fact]
    public void ProblemsWith_RecordsNothing()
    {
        var grading = Gradings.Start(_framework);

        _ = grading.ProblemsWith(_framework, SectionCode.B, Answers.AllYes(_framework, SectionCode.B), Grade.Good, new SectionCommentary()).ToList();

        Assert.Empty(grading.Judgements);
    }
}
