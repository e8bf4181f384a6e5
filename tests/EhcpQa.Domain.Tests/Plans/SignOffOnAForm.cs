using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Tests.Frameworks.Forms;
using EhcpQa.Domain.Tests.Grades.OnForms;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Plans;

/// <summary>A draft graded on a framework's own form goes through sign-off on that form's bar: below it, a second opinion; with no bar, straight to a decision.</summary>
public class SignOffOnAForm
{
    [Fact]
    public void GradedAtTheFormsBar_IsReadyForDecision_WithTheResultInTheFormsTerms()
    {
        var version = FormGradings.Publish(FormGradings.Banded());
        var plan = SignOffSteps.SubmittedPlan();

        Grade(plan, version, "yes");

        var draft = plan.CurrentVersion!;
        Assert.Equal(DraftStatus.ReadyForDecision, draft.Status);
        Assert.Equal(("1 Outstanding; 40 out of 40 (100.0%)", true), (draft.DecisiveResult, draft.DecisivePassesBar));
        Assert.Null(draft.DecisiveGrade);
        Assert.True(draft.MayBeIssued(SignOffPolicy.Default));
        var assured = Assert.Single(plan.AssuredGrades);
        Assert.Equal((null, "1", true, 40m, 40m), (assured.Overall, assured.GradeOnForm, assured.PassesBar, assured.Awarded, assured.Available));
    }

    [Fact]
    public void GradedBelowTheFormsBar_AwaitsASecondOpinion()
    {
        var version = FormGradings.Publish(FormGradings.Banded());
        var plan = SignOffSteps.SubmittedPlan();

        Grade(plan, version, "no");

        Assert.Equal(DraftStatus.AwaitingSecondOpinion, plan.CurrentVersion!.Status);
        Assert.Equal("Graded below the bar: a second senior officer grades it independently", plan.Events[^1].Detail);
    }

    [Fact]
    public void AgreedBelowTheFormsBar_IsNotIssued_WhenPlansAreIssuedOnlyAtTheBar()
    {
        var version = FormGradings.Publish(FormGradings.Banded());
        var plan = SignOffSteps.SubmittedPlan();
        Grade(plan, version, "no");
        Grade(plan, version, "no", People.SecondManager);
        Grade(plan, version, "no");

        var refused = Assert.Throws<DomainRuleException>(() => plan.SignOff(People.Manager, null, PlanData.Now));

        Assert.Contains("4 Inadequate; 0 out of 40 (0.0%): a plan is issued only when it reaches the bar", refused.Message, StringComparison.Ordinal);
        Assert.True(plan.CurrentVersion!.MayBeIssued(new SignOffPolicy(IssueOnlyAtPassBar: false, SecondOpinionBelowBar: true)));
    }

    [Fact]
    public void GradedOnAFormOfMarksOnly_GoesStraightToADecision_AndMayBeIssued()
    {
        var version = FormGradings.Publish(FormGradings.MarksOnly());
        var plan = SignOffSteps.SubmittedPlan();
        var grading = plan.StartGrading(People.Manager, version, PlanData.Now);
        grading.Judge(version, "part-1", Forms.Answers(("1.1", "no"), ("1.2", "no")));
        plan.SubmitGrading(grading, version, null, People.Manager, PlanData.Now);

        plan.SignOff(People.Manager, null, PlanData.Now);

        Assert.Equal(DraftStatus.SignedOff, plan.CurrentVersion!.Status);
        Assert.Equal("Signed off at 0 out of 20 (0.0%)", plan.Events.Single(e => e.Kind == PlanEventKind.SignedOff).Detail);
    }

    private static void Grade(Plan plan, FrameworkVersion version, string answer, Domain.Staff.Actor? grader = null)
    {
        var by = grader ?? People.Manager;
        var grading = plan.StartGrading(by, version, PlanData.Now);
        var all = Forms.Answers(("A1", answer), ("A2", answer), ("B1", answer), ("B2", answer));
        grading.Judge(version, "A", all.Where(a => a.Key.StartsWith('A')).ToDictionary());
        grading.Judge(version, "B", all.Where(a => a.Key.StartsWith('B')).ToDictionary());
        grading.Judge(version, "overall", Forms.Answers());
        plan.SubmitGrading(grading, version, null, by, PlanData.Now);
    }
}
