using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Plans;

/// <summary>
/// A draft-stage sample: the authority sends 1 in K drafts to a second grader whatever their grade, besides the second
/// opinion below the bar. The draw is seeded by the plan and version, so it never changes and nobody steers it.
/// </summary>
public class DraftsDrawnForASecondGrader
{
    private readonly FrameworkVersion _framework = FrameworkBuilder.Complete().BuildPublished();

    [Fact]
    public void OneInFive_DrawsAboutAFifthOfDrafts_AndTheSameOnesEveryTime()
    {
        var policy = new SignOffPolicy(true, true, SecondGraderOneIn: 5);

        var drawn = Enumerable.Range(1, 2_000).SelectMany(plan => new[] { (plan, 1), (plan, 2) })
            .Where(d => policy.DrawsForSecondGrader(d.plan, d.Item2)).ToList();
        var again = Enumerable.Range(1, 2_000).SelectMany(plan => new[] { (plan, 1), (plan, 2) })
            .Where(d => policy.DrawsForSecondGrader(d.plan, d.Item2)).ToList();

        Assert.InRange(drawn.Count / 4_000.0, 0.17, 0.23);
        Assert.Equal(drawn, again);
    }

    [Fact]
    public void NoSample_DrawsNoDraft_AndOneInOne_DrawsEvery()
    {
        Assert.DoesNotContain(Enumerable.Range(1, 500), plan => SignOffPolicy.Default.DrawsForSecondGrader(plan, 1));
        Assert.All(Enumerable.Range(1, 500), plan => Assert.True(new SignOffPolicy(true, true, 1).DrawsForSecondGrader(plan, 1)));
    }

    [Fact]
    public void ADrawnDraftGradedGood_WaitsForASecondOpinion_ThenTheAgreedGradeDecides()
    {
        var plan = SignOffSteps.SubmittedPlan();
        var everyDraft = new SignOffPolicy(true, true, SecondGraderOneIn: 1);

        var first = plan.StartGrading(People.Manager, _framework, PlanData.Now, everyDraft);
        first.GradeAndSubmit(_framework, Grade.Good, PlanData.Now);
        plan.GradingSubmitted(first);

        Assert.True(first.DrawnForSecondGrader);
        Assert.False(first.DecidesSignOff);
        Assert.Equal(DraftStatus.AwaitingSecondOpinion, plan.CurrentVersion!.Status);
        Assert.Contains(plan.Events, e => e.Kind == PlanEventKind.SecondOpinionNeeded && e.Detail.Contains("sample of drafts", StringComparison.Ordinal));

        plan.GradeCurrentDraft(People.SecondManager, _framework, Grade.Outstanding);
        Assert.Equal(DraftStatus.AwaitingAgreement, plan.CurrentVersion.Status);
        plan.GradeCurrentDraft(People.Manager, _framework, Grade.Good);

        Assert.Equal(DraftStatus.ReadyForDecision, plan.CurrentVersion.Status);
        Assert.Equal(Grade.Good, plan.CurrentVersion.DecisiveGrade);
    }

    [Fact]
    public void ADraftNotDrawnGradedGood_IsReadyForADecisionAtOnce()
    {
        var plan = SignOffSteps.SubmittedPlan();

        var grading = plan.StartGrading(People.Manager, _framework, PlanData.Now, SignOffPolicy.Default);
        grading.GradeAndSubmit(_framework, Grade.Good, PlanData.Now);
        plan.GradingSubmitted(grading);

        Assert.False(grading.DrawnForSecondGrader);
        Assert.Equal(DraftStatus.ReadyForDecision, plan.CurrentVersion!.Status);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(SignOffPolicy.MaxSecondGraderOneIn + 1)]
    public void AShareOutOfRange_IsRefused(int oneIn)
    {
        var policy = new SignOffPolicy(true, true, oneIn);

        Assert.Equal(nameof(SignOffPolicy.SecondGraderOneIn), Assert.Single(policy.Problems()).Field);
        Assert.Throws<DomainRuleException>(() => SignOffPolicyChange.Make(policy, null, null, "qa-lead", PlanData.Now));
    }

    [Fact]
    public void TheShare_IsKeptWithTheSetting()
    {
        var change = SignOffPolicyChange.Make(new SignOffPolicy(true, true, 5), null, null, "qa-lead", PlanData.Now);

        Assert.Equal(5, change.Policy.SecondGraderOneIn);
    }
}
