using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Grades;

public class SubmittedGradingIsFixed
{
    private static readonly DateTimeOffset Later = PlanData.Now.AddDays(1);

    private readonly FrameworkVersion _framework = Gradings.Framework();

    public static TheoryData<SectionCode> EverySection() => new(PlanSections.All.Select(s => s.Code));

    [Theory]
    [MemberData(nameof(EverySection))]
    public void Judge_AfterSubmit_IsRefusedAndChangesNothing(SectionCode section)
    {
        var grading = Gradings.Start(_framework).GradeAndSubmit(_framework, Grade.Good);
        var before = grading.Judgement(section)!;
        var answersBefore = before.Answers.ToList();

        var thrown = Assert.Throws<DomainRuleException>(() => grading.Judge(
            _framework, section, Answers.AllNo(_framework, section), Grade.Inadequate, new SectionCommentary(), Later));

        Assert.Contains("has been submitted", thrown.Message, StringComparison.Ordinal);
        Assert.Same(before, grading.Judgement(section));
        Assert.Equal(answersBefore, before.Answers);
        Assert.Equal(Grade.Good, before.Grade);
        Assert.Equal(PlanData.Now, before.JudgedAt);
    }

    [Fact]
    public void Submit_Again_IsRefusedAndKeepsTheFirstTime()
    {
        var grading = Gradings.Start(_framework).GradeAndSubmit(_framework, Grade.Good);

        Assert.Throws<DomainRuleException>(() => grading.Submit(_framework, Later));

        Assert.Equal(PlanData.Now, grading.SubmittedAt);
    }
}
