using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Grades;

/// <summary>Section B has five required descriptors; section C two required and two "if applicable".</summary>
public class SectionJudgingRefusal
{
    private readonly FrameworkVersion _framework = Gradings.Framework();

    [Fact]
    public void MissingAnswer_IsRefusedAndNothingRecorded()
    {
        var grading = Gradings.Start(_framework);
        var answers = Answers.AllYes(_framework, SectionCode.B);
        answers.Remove(3);

        var thrown = Assert.Throws<DomainRuleException>(() => Judge(grading, SectionCode.B, answers, Grade.Good));

        Assert.Contains("Answer descriptor 3: yes or no", thrown.Message, StringComparison.Ordinal);
        Assert.Null(grading.Judgement(SectionCode.B));
        Assert.Empty(grading.Judgements);
    }

    [Fact]
    public void MissingAnswerToAnIfApplicableDescriptor_OffersNotApplicable()
    {
        var grading = Gradings.Start(_framework);
        var answers = Answers.AllYes(_framework, SectionCode.C);
        answers.Remove(4);

        var thrown = Assert.Throws<DomainRuleException>(() => Judge(grading, SectionCode.C, answers, Grade.Good));

        Assert.Contains("Answer descriptor 4: yes, no or not applicable", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoAnswersAtAll_IsRefusedForEveryDescriptor()
    {
        var grading = Gradings.Start(_framework);

        var thrown = Assert.Throws<DomainRuleException>(() => Judge(grading, SectionCode.B, new Dictionary<int, DescriptorAnswer>(), Grade.Good));

        Assert.All([1, 2, 3, 4, 5], n => Assert.Contains($"Answer descriptor {n}:", thrown.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void AnswerThatIsNotAnAnswer_IsRefused()
    {
        var grading = Gradings.Start(_framework);
        var answers = Answers.AllYes(_framework, SectionCode.B);
        answers[2] = (DescriptorAnswer)9;

        var thrown = Assert.Throws<DomainRuleException>(() => Judge(grading, SectionCode.B, answers, Grade.Good));

        Assert.Contains("Answer descriptor 2", thrown.Message, StringComparison.Ordinal);
        Assert.Null(grading.Judgement(SectionCode.B));
    }

    [Fact]
    public void NotApplicableOnARequiredDescriptor_IsRefused()
    {
        var grading = Gradings.Start(_framework);
        var answers = Answers.AllYes(_framework, SectionCode.C);
        answers[2] = DescriptorAnswer.NotApplicable;

        var thrown = Assert.Throws<DomainRuleException>(() => Judge(grading, SectionCode.C, answers, Grade.Good));

        Assert.Contains("Descriptor 2 applies to every plan: answer yes or no", thrown.Message, StringComparison.Ordinal);
        Assert.Null(grading.Judgement(SectionCode.C));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(42)]
    public void AnswerToADescriptorThatDoesNotExist_IsRefused(int number)
    {
        var grading = Gradings.Start(_framework);
        var answers = Answers.AllYes(_framework, SectionCode.B);
        answers[number] = DescriptorAnswer.Yes;

        var thrown = Assert.Throws<DomainRuleException>(() => Judge(grading, SectionCode.B, answers, Grade.Good));

        Assert.Contains($"Section B has no descriptor {number}", thrown.Message, StringComparison.Ordinal);
        Assert.Null(grading.Judgement(SectionCode.B));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    public void GradeOtherThanSuggestedWithoutReason_IsRefused(int chosen)
    {
        var grading = Gradings.Start(_framework);
        var grade = Grade.FromValue(chosen);

        var thrown = Assert.Throws<DomainRuleException>(() => Judge(grading, SectionCode.B, Answers.AllYes(_framework, SectionCode.B), grade));

        Assert.Contains($"Explain why you have graded {grade.Name.ToLowerInvariant()} when the descriptors suggest good", thrown.Message, StringComparison.Ordinal);
        Assert.Null(grading.Judgement(SectionCode.B));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void BlankOverrideReason_CountsAsNoReason(string reason)
    {
        var grading = Gradings.Start(_framework);

        Assert.Throws<DomainRuleException>(() => grading.Judge(
            _framework, SectionCode.B, Answers.OneNo(_framework, SectionCode.B), Grade.Good, new SectionCommentary(OverrideReason: reason), PlanData.Now));
        Assert.Null(grading.Judgement(SectionCode.B));
    }

    [Theory]
    [InlineData(nameof(SectionCommentary.Strengths))]
    [InlineData(nameof(SectionCommentary.AreasForImprovement))]
    [InlineData(nameof(SectionCommentary.Rationale))]
    [InlineData(nameof(SectionCommentary.SuggestedWording))]
    [InlineData(nameof(SectionCommentary.OverrideReason))]
    public void CommentaryOverTheLimit_IsRefused(string field)
    {
        var grading = Gradings.Start(_framework);
        var tooLong = new string('x', SectionJudgement.CommentaryMaxLength + 1);

        var thrown = Assert.Throws<DomainRuleException>(() => grading.Judge(
            _framework, SectionCode.B, Answers.AllYes(_framework, SectionCode.B), Grade.Outstanding, Commentary(field, tooLong), PlanData.Now));

        Assert.Contains($"Write no more than {SectionJudgement.CommentaryMaxLength} characters", thrown.Message, StringComparison.Ordinal);
        Assert.Null(grading.Judgement(SectionCode.B));
    }

    [Theory]
    [InlineData(nameof(SectionCommentary.Strengths))]
    [InlineData(nameof(SectionCommentary.OverrideReason))]
    public void CommentaryAtTheLimit_IsAccepted(string field)
    {
        var grading = Gradings.Start(_framework);
        var atLimit = new string('x', SectionJudgement.CommentaryMaxLength);

        var judgement = grading.Judge(
            _framework, SectionCode.B, Answers.AllYes(_framework, SectionCode.B), Grade.Outstanding, Commentary(field, atLimit), PlanData.Now);

        Assert.Equal(Grade.Outstanding, judgement.Grade);
    }

    [Fact]
    public void UnsetGrade_IsRefusedEvenWithAReason()
    {
        var grading = Gradings.Start(_framework);

        var thrown = Assert.Throws<DomainRuleException>(() => grading.Judge(
            _framework, SectionCode.B, Answers.AllYes(_framework, SectionCode.B), default, new SectionCommentary(OverrideReason: "Reason"), PlanData.Now));

        Assert.Contains("Select a grade", thrown.Message, StringComparison.Ordinal);
        Assert.Null(grading.Judgement(SectionCode.B));
    }

    [Fact]
    public void RefusedJudgementOfAJudgedSection_KeepsTheEarlierOne()
    {
        var grading = Gradings.Start(_framework);
        var earlier = grading.JudgeAsSuggested(_framework, SectionCode.B, Answers.OneNo(_framework, SectionCode.B));

        Assert.Throws<DomainRuleException>(() => Judge(grading, SectionCode.B, Answers.AllYes(_framework, SectionCode.B), Grade.Inadequate));

        Assert.Same(earlier, grading.Judgement(SectionCode.B));
        Assert.Equal(Grade.RequiresImprovement, earlier.Grade);
        Assert.Equal(DescriptorAnswer.No, earlier.AnswerTo(1));
    }

    private SectionJudgement Judge(Grading grading, SectionCode section, IReadOnlyDictionary<int, DescriptorAnswer> answers, Grade grade) =>
        grading.Judge(_framework, section, answers, grade, new SectionCommentary(), PlanData.Now);

    /// <summary>An Outstanding judgement's commentary (so a reason is always given) with one field set to <paramref name="text"/>.</summary>
    private static SectionCommentary Commentary(string field, string text)
    {
        var commentary = new SectionCommentary(OverrideReason: "Goes beyond the descriptors");
        return field switch
        {
            nameof(SectionCommentary.Strengths) => commentary with { Strengths = text },
            nameof(SectionCommentary.AreasForImprovement) => commentary with { AreasForImprovement = text },
            nameof(SectionCommentary.Rationale) => commentary with { Rationale = text },
            nameof(SectionCommentary.SuggestedWording) => commentary with { SuggestedWording = text },
            nameof(SectionCommentary.OverrideReason) => commentary with { OverrideReason = text },
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
        };
    }
}
