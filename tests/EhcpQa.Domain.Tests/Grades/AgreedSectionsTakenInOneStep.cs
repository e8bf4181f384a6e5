using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Tests.Grades.OnForms;
using EhcpQa.Domain.Tests.TestData;
using FormAnswers = EhcpQa.Domain.Tests.Frameworks.Forms.Forms;

namespace EhcpQa.Domain.Tests.Grades;

/// <summary>
/// An agreed grade opens with the two gradings side by side: the sections where they gave the same grade are
/// taken in one step, with every grader's commentary; the others are left for the graders to agree.
/// </summary>
public class AgreedSectionsTakenInOneStep
{
    private readonly FrameworkVersion _framework = Gradings.Framework();

    [Fact]
    public void SectionsGradedAlike_AreTakenWithTheirAnswersAndBothGradersCommentary()
    {
        var first = Graded("manager-1", c: Grade.RequiresImprovement, wording: "Name the therapist and how often.");
        var second = Graded("qa-lead-1", c: Grade.Inadequate, wording: "Say who provides the support.");
        var agreed = Gradings.Start(_framework, GradingPurpose.SignOffAgreement);

        var taken = agreed.TakeWhereAgreed(_framework, [first, second], PlanData.Now.AddDays(2));

        Assert.DoesNotContain("C", taken);
        Assert.DoesNotContain("Overall", taken);
        Assert.Equal(PlanSections.Statutory.Count - 1, taken.Count);
        Assert.Null(agreed.Judgement(SectionCode.C));
        var b = agreed.Judgement(SectionCode.B)!;
        Assert.Equal(Grade.Good, b.Grade);
        Assert.Equal(first.Judgement(SectionCode.B)!.Answers, b.Answers);
        Assert.Equal("Name the therapist and how often.\n\nSay who provides the support.", b.SuggestedWording);
    }

    [Fact]
    public void ThePlanOverall_IsTakenOnlyOnceEverySectionIsAgreed()
    {
        var first = Graded("manager-1", c: Grade.RequiresImprovement);
        var second = Graded("qa-lead-1", c: Grade.RequiresImprovement);
        var agreed = Gradings.Start(_framework, GradingPurpose.SignOffAgreement);

        var taken = agreed.TakeWhereAgreed(_framework, [first, second], PlanData.Now.AddDays(2));

        Assert.Equal(PlanSections.Statutory.Count + 1, taken.Count);
        Assert.Equal(first.OverallGrade, agreed.OverallGrade);
        agreed.Submit(_framework, PlanData.Now.AddDays(2));
        Assert.True(agreed.IsSubmitted);
    }

    [Fact]
    public void ASectionAlreadyRecorded_IsNotTakenAgain()
    {
        var first = Graded("manager-1", c: Grade.RequiresImprovement);
        var second = Graded("qa-lead-1", c: Grade.RequiresImprovement);
        var agreed = Gradings.Start(_framework, GradingPurpose.SignOffAgreement);
        agreed.Judge(_framework, SectionCode.B, Answers.AllYes(_framework, SectionCode.B), Grade.Outstanding,
            new SectionCommentary(OverrideReason: "Exceptional, as we agreed"), PlanData.Now);

        var taken = agreed.TakeWhereAgreed(_framework, [first, second], PlanData.Now.AddDays(2));

        Assert.DoesNotContain("B", taken);
        Assert.Equal(Grade.Outstanding, agreed.Judgement(SectionCode.B)!.Grade);
    }

    [Fact]
    public void APanelsSections_WithNoRationaleWrittenByAnyModerator_AreLeftForTheChair()
    {
        var first = Graded("panel-1", c: Grade.RequiresImprovement, purpose: GradingPurpose.Moderation);
        var second = Graded("panel-2", c: Grade.RequiresImprovement, purpose: GradingPurpose.Moderation);
        var agreed = Gradings.Start(_framework, GradingPurpose.PanelAgreement);

        var taken = agreed.TakeWhereAgreed(_framework, [first, second], PlanData.Now.AddDays(2));

        Assert.Empty(taken);
        Assert.Empty(agreed.Judgements);
    }

    [Fact]
    public void APanelsSections_TakeTheModeratorsRationale()
    {
        var first = Graded("panel-1", c: Grade.RequiresImprovement, purpose: GradingPurpose.Moderation);
        var second = Graded("panel-2", c: Grade.RequiresImprovement, purpose: GradingPurpose.Moderation, rationale: "Outcomes are not measurable.");
        var agreed = Gradings.Start(_framework, GradingPurpose.PanelAgreement);

        agreed.TakeWhereAgreed(_framework, [first, second], PlanData.Now.AddDays(2));

        Assert.Equal("Outcomes are not measurable.", agreed.Judgement(SectionCode.C)!.Rationale);
    }

    [Fact]
    public void ForAnythingButAnAgreedGrade_IsRefused()
    {
        var first = Graded("manager-1", c: Grade.RequiresImprovement);
        var second = Graded("qa-lead-1", c: Grade.RequiresImprovement);
        var secondOpinion = Gradings.Start(_framework, GradingPurpose.SecondOpinion);

        var refused = Assert.Throws<DomainRuleException>(() => secondOpinion.TakeWhereAgreed(_framework, [first, second], PlanData.Now));

        Assert.Equal("Only an agreed grade takes the sections where the gradings agree.", refused.Message);
        Assert.Empty(secondOpinion.Judgements);
    }

    [Fact]
    public void FromAGradingNotYetSubmitted_IsRefused()
    {
        var first = Graded("manager-1", c: Grade.RequiresImprovement);
        var unfinished = Gradings.Start(_framework, GradingPurpose.SecondOpinion, "qa-lead-1").JudgeSectionsAllYes(_framework);
        var agreed = Gradings.Start(_framework, GradingPurpose.SignOffAgreement);

        Assert.Throws<DomainRuleException>(() => agreed.TakeWhereAgreed(_framework, [first, unfinished], PlanData.Now));
        Assert.Empty(agreed.Judgements);
    }

    [Fact]
    public void OnAForm_PartsGivenTheSameGrade_AreTaken()
    {
        var version = FormGradings.Publish(FormGradings.Banded());
        var first = FormGrading(version, b1: "yes");
        var second = FormGrading(version, b1: "no");
        var agreed = FormGradings.Start(version, GradingPurpose.SignOffAgreement);

        var taken = agreed.TakeWhereAgreed(version, [first, second], FormGradings.At);

        Assert.Equal(["A"], taken);
        Assert.Equal(first.Part("A")!.Grade, agreed.Part("A")!.Grade);
        Assert.Null(agreed.Part("B"));
    }

    private Grading Graded(string grader, Grade c, GradingPurpose purpose = GradingPurpose.SignOff, string? wording = null, string? rationale = null)
    {
        var grading = Grading.Start(0, 0, purpose, grader, _framework, PlanData.Now, purpose.IsModeration() ? 1 : null);
        foreach (var section in PlanSections.Statutory.Select(s => s.Code))
        {
            var answers = section == SectionCode.C ? Answers.OneNo(_framework, section) : Answers.AllYes(_framework, section);
            var grade = section == SectionCode.C ? c : Grade.Good;
            var reason = grade == grading.SuggestionFor(_framework, section, answers) ? null : "Weighed as a whole";
            grading.Judge(_framework, section, answers, grade, new SectionCommentary(Rationale: rationale, SuggestedWording: wording, OverrideReason: reason), PlanData.Now);
        }

        var overall = Answers.AllYes(_framework, SectionCode.Overall);
        grading.Judge(_framework, SectionCode.Overall, overall, grading.SuggestionFor(_framework, SectionCode.Overall, overall), new SectionCommentary(Rationale: rationale), PlanData.Now);
        grading.Submit(_framework, PlanData.Now.AddDays(1));
        return grading;
    }

    private static Grading FormGrading(FrameworkVersion version, string b1)
    {
        var grading = FormGradings.Start(version);
        grading.Judge(version, "A", FormAnswers.Answers(("A1", "yes"), ("A2", "yes")));
        grading.Judge(version, "B", FormAnswers.Answers(("B1", b1), ("B2", "no")));
        grading.Judge(version, "overall", FormAnswers.Answers());
        grading.Submit(version, FormGradings.At);
        return grading;
    }
}
