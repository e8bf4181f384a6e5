using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Grades;

/// <summary>
/// A grader who grades the whole plan on one page gives every section at once: each is judged by the rules of a
/// section graded on its own; those with problems are refused with them and the rest are still recorded.
/// </summary>
public class SectionsJudgedOnOnePage
{
    private readonly FrameworkVersion _framework = Gradings.Framework();

    [Fact]
    public void EverySectionAndThePlanOverall_AreRecordedTogether_TheOverallAfterTheSections()
    {
        var grading = Gradings.Start(_framework);
        var entries = _framework.Sections
            .Select(s => s.Code)
            .OrderByDescending(c => c == SectionCode.Overall) // the overall given first, as a page might send it
            .Select(c => Entry(c, Answers.AllYes(_framework, c), c is SectionCode.F or SectionCode.Overall ? Grade.RequiresImprovement : Grade.Good,
                c is SectionCode.F or SectionCode.Overall ? "Less than every descriptor shows" : null))
            .ToList();

        var judged = grading.JudgeEach(_framework, entries, PlanData.Now);

        Assert.Empty(judged.Refused);
        Assert.Equal(_framework.Sections.Count, judged.Recorded.Count);
        Assert.Equal(SectionCode.Overall, judged.Recorded[^1]);
        Assert.Equal(Grade.RequiresImprovement, grading.OverallGrade);
        grading.Submit(_framework, PlanData.Now);
    }

    [Fact]
    public void ASectionWithProblems_IsRefusedWithThem_AndTheOthersAreStillRecorded()
    {
        var grading = Gradings.Start(_framework);
        var incomplete = new Dictionary<int, DescriptorAnswer>(Answers.AllYes(_framework, SectionCode.B));
        incomplete.Remove(1);

        var judged = grading.JudgeEach(_framework,
            [
                Entry(SectionCode.A, Answers.AllYes(_framework, SectionCode.A), Grade.Good),
                Entry(SectionCode.B, incomplete, Grade.Good),
                Entry(SectionCode.C, Answers.AllYes(_framework, SectionCode.C), Grade.Inadequate),
            ],
            PlanData.Now);

        Assert.Equal([SectionCode.A], judged.Recorded);
        Assert.Equal(JudgementFields.Descriptor(1), Assert.Single(judged.Refused[SectionCode.B]).Field);
        Assert.Contains(judged.Refused[SectionCode.C], p => p.Field == JudgementFields.OverrideReason);
        Assert.NotNull(grading.Judgement(SectionCode.A));
        Assert.Null(grading.Judgement(SectionCode.B));
        Assert.Null(grading.Judgement(SectionCode.C));
    }

    [Fact]
    public void ABlankSection_IsLeftAsItIs_EvenWhenAlreadyGraded()
    {
        var grading = Gradings.Start(_framework);
        grading.Judge(_framework, SectionCode.A, Answers.AllYes(_framework, SectionCode.A), Grade.Good, new SectionCommentary(Strengths: "Clear"), PlanData.Now);

        var judged = grading.JudgeEach(_framework,
            [Entry(SectionCode.A, new Dictionary<int, DescriptorAnswer>(), null), Entry(SectionCode.B, new Dictionary<int, DescriptorAnswer>(), null, "  ")],
            PlanData.Now);

        Assert.Empty(judged.Recorded);
        Assert.Empty(judged.Refused);
        Assert.Equal("Clear", grading.Judgement(SectionCode.A)!.Strengths);
        Assert.Null(grading.Judgement(SectionCode.B));
    }

    [Fact]
    public void ThePlanOverall_IsRefused_WhileASectionGivenWithItIsRefused()
    {
        var grading = Gradings.Start(_framework);
        var entries = _framework.Sections
            .Select(s => Entry(s.Code, Answers.AllYes(_framework, s.Code), s.Code == SectionCode.D ? null : Grade.Good))
            .ToList();

        var judged = grading.JudgeEach(_framework, entries, PlanData.Now);

        Assert.Equal([SectionCode.D, SectionCode.Overall], judged.Refused.Keys.Order());
        Assert.Contains("D", Assert.Single(judged.Refused[SectionCode.Overall]).Message, StringComparison.Ordinal);
        Assert.Null(grading.OverallGrade);
    }

    [Fact]
    public void ASubmittedGrading_RefusesSectionsGivenTogether()
    {
        var grading = Gradings.Start(_framework).GradeAndSubmit(_framework, Grade.Good);

        Assert.Throws<DomainRuleException>(() =>
            grading.JudgeEach(_framework, [Entry(SectionCode.A, Answers.AllYes(_framework, SectionCode.A), Grade.Good)], PlanData.Now));
    }

    private static SectionEntry Entry(SectionCode section, IReadOnlyDictionary<int, DescriptorAnswer> answers, Grade? grade, string? reason = null) =>
        new(section, answers, grade, new SectionCommentary(OverrideReason: reason));
}
