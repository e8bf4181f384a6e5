using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Grades;

/// <summary>
/// A resubmitted draft's first grading keeps, in one step, the grades its last decision rested on for the
/// sections the caseworker did not change; the plan overall is always judged again.
/// </summary>
public class GradesKeptForUnchangedSections
{
    private readonly FrameworkVersion _framework = Gradings.Framework();

    [Fact]
    public void UnchangedSections_KeepTheirJudgement_ThePlanOverallNever()
    {
        var earlier = Submitted(Grading.Start(1, 1, GradingPurpose.SignOffAgreement, "manager-1", _framework, PlanData.Now));
        var regrade = Grading.Start(1, 2, GradingPurpose.SignOff, "manager-1", _framework, PlanData.Now.AddDays(5));

        var kept = regrade.KeepFromEarlierVersion(_framework, earlier, new HashSet<SectionCode> { SectionCode.A, SectionCode.B, SectionCode.Overall }, PlanData.Now.AddDays(5));

        Assert.Equal(["A", "B"], kept);
        Assert.Equal(earlier.Judgement(SectionCode.B)!.Grade, regrade.Judgement(SectionCode.B)!.Grade);
        Assert.Equal(earlier.Judgement(SectionCode.B)!.Strengths, regrade.Judgement(SectionCode.B)!.Strengths);
        Assert.Null(regrade.Judgement(SectionCode.C));
        Assert.Null(regrade.Judgement(SectionCode.Overall));
    }

    [Fact]
    public void ForASecondOpinion_IsRefused()
    {
        var earlier = Submitted(Grading.Start(1, 1, GradingPurpose.SignOff, "manager-1", _framework, PlanData.Now));
        var secondOpinion = Grading.Start(1, 2, GradingPurpose.SecondOpinion, "qa-lead-1", _framework, PlanData.Now);

        var refused = Assert.Throws<DomainRuleException>(() => secondOpinion.KeepFromEarlierVersion(_framework, earlier, new HashSet<SectionCode> { SectionCode.A }, PlanData.Now));

        Assert.Contains("a second opinion is independent", refused.Message, StringComparison.Ordinal);
        Assert.Empty(secondOpinion.Judgements);
    }

    [Fact]
    public void FromTheSameVersion_IsRefused()
    {
        var earlier = Submitted(Grading.Start(1, 2, GradingPurpose.SignOff, "manager-1", _framework, PlanData.Now));
        var regrade = Grading.Start(1, 2, GradingPurpose.SignOff, "manager-2", _framework, PlanData.Now);

        Assert.Throws<DomainRuleException>(() => regrade.KeepFromEarlierVersion(_framework, earlier, new HashSet<SectionCode> { SectionCode.A }, PlanData.Now));
        Assert.Empty(regrade.Judgements);
    }

    private Grading Submitted(Grading grading)
    {
        foreach (var section in PlanSections.Statutory.Select(s => s.Code))
        {
            var answers = Answers.AllYes(_framework, section);
            grading.Judge(_framework, section, answers, Grade.Good, new SectionCommentary(Strengths: $"Clear section {section}"), PlanData.Now);
        }

        var overall = Answers.AllYes(_framework, SectionCode.Overall);
        grading.Judge(_framework, SectionCode.Overall, overall, grading.SuggestionFor(_framework, SectionCode.Overall, overall), new SectionCommentary(), PlanData.Now);
        grading.Submit(_framework, PlanData.Now.AddDays(1));
        return grading;
    }
}
