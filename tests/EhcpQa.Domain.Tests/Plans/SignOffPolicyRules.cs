using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Plans;

/// <summary>The authority's sign-off policy decides whether a draft below the bar needs a second grader, and whether it may be issued.</summary>
public class SignOffPolicyRules
{
    private readonly FrameworkVersion _framework = FrameworkBuilder.Complete().BuildPublished();

    [Fact]
    public void WithoutASecondGraderBelowTheBar_AGradeBelowGood_IsReadyForADecisionAtOnce()
    {
        var plan = SignOffSteps.SubmittedPlan();
        var policy = new SignOffPolicy(IssueOnlyAtPassBar: true, SecondOpinionBelowBar: false);

        var grading = plan.StartGrading(People.Manager, _framework, PlanData.Now, policy);
        grading.GradeAndSubmit(_framework, Grade.RequiresImprovement, PlanData.Now);
        plan.GradingSubmitted(grading);

        Assert.False(grading.SecondOpinionBelowBar);
        Assert.True(grading.DecidesSignOff);
        Assert.Equal(DraftStatus.ReadyForDecision, plan.CurrentVersion!.Status);
        Assert.Equal(Grade.RequiresImprovement, plan.CurrentVersion.DecisiveGrade);
    }

    [Fact]
    public void ByDefault_AGradeBelowGood_WaitsForASecondOpinion()
    {
        var plan = SignOffSteps.SubmittedPlan();

        var grading = plan.GradeCurrentDraft(People.Manager, _framework, Grade.RequiresImprovement);

        Assert.True(grading.SecondOpinionBelowBar);
        Assert.False(grading.DecidesSignOff);
        Assert.Equal(DraftStatus.AwaitingSecondOpinion, plan.CurrentVersion!.Status);
    }

    [Fact]
    public void WhenPlansMayBeIssuedBelowTheBar_ADraftAgreedBelowGood_IsSignedOffAndIssued()
    {
        var plan = SignOffSteps.PlanWithDraft(DraftStatus.AwaitingSignOff, _framework);
        plan.MakeReadyForDecision(_framework, Grade.RequiresImprovement);

        plan.SignOff(People.Manager, null, PlanData.Now.AddDays(1), new SignOffPolicy(IssueOnlyAtPassBar: false, SecondOpinionBelowBar: true));

        Assert.Equal(PlanStage.Final, plan.Stage);
    }

    [Fact]
    public void WhenPlansAreIssuedOnlyAtTheBar_ADraftAgreedBelowGood_IsRefused()
    {
        var plan = SignOffSteps.PlanWithDraft(DraftStatus.AwaitingSignOff, _framework);
        plan.MakeReadyForDecision(_framework, Grade.RequiresImprovement);

        var refused = Assert.Throws<DomainRuleException>(() => plan.SignOff(People.Manager, null, PlanData.Now.AddDays(1), SignOffPolicy.Default));

        Assert.Contains("issued only when graded at least Good", refused.Message, StringComparison.Ordinal);
        Assert.Equal(PlanStage.Draft, plan.Stage);
    }

    [Fact]
    public void ASetting_MadeFromAPageReadBeforeAnother_IsRefused()
    {
        var first = SignOffPolicyChange.Make(SignOffPolicy.Default, null, null, "qa-lead", PlanData.Now);
        Ids.Assign(first, 1);

        Assert.Throws<DomainRuleException>(() => SignOffPolicyChange.Make(new SignOffPolicy(false, false), null, first, "other-qa-lead", PlanData.Now));
        var second = SignOffPolicyChange.Make(new SignOffPolicy(false, false), 1, first, "other-qa-lead", PlanData.Now);
        Assert.Equal((false, false, "other-qa-lead"), (second.IssueOnlyAtPassBar, second.SecondOpinionBelowBar, second.ChangedBy));
    }
}
