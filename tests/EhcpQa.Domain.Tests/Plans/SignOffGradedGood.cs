using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Plans;

/// <summary>A sign-off grading of at least Good makes the draft ready for a decision with no second opinion.</summary>
public class SignOffGradedGood
{
    private static readonly DateTimeOffset SubmittedAt = PlanData.Now.AddDays(2);

    private readonly FrameworkVersion _framework = FrameworkBuilder.Complete().BuildPublished();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void AtLeastGood_IsReadyForDecisionAtThatGrade(int value)
    {
        var plan = SignOffSteps.SubmittedPlan();
        var grade = Grade.FromValue(value);

        plan.GradeCurrentDraft(People.Manager, _framework, grade, SubmittedAt);

        var version = plan.CurrentVersion!;
        Assert.Equal(DraftStatus.ReadyForDecision, version.Status);
        Assert.Equal(grade, version.DecisiveGrade);
        Assert.Null(version.SecondGraderId);
    }

    [Fact]
    public void RecordsTheGraderTheGradeAndWhenItWasSubmitted()
    {
        var plan = SignOffSteps.SubmittedPlan();

        plan.GradeCurrentDraft(People.Manager, _framework, Grade.Good, SubmittedAt);

        var submitted = plan.Events[^1];
        Assert.Equal(PlanEventKind.GradingSubmitted, submitted.Kind);
        Assert.Equal(1, submitted.VersionNumber);
        Assert.Equal("manager-1", submitted.ActorId);
        Assert.Equal(SubmittedAt, submitted.At);
        Assert.Equal("Sign-off grading: overall 2 Good", submitted.Detail);
        Assert.DoesNotContain(plan.Events, e => e.Kind == PlanEventKind.SecondOpinionNeeded);
    }

    [Fact]
    public void NoSecondOpinionCanStart()
    {
        var plan = SignOffSteps.SubmittedPlan();
        plan.GradeCurrentDraft(People.Manager, _framework, Grade.Good, SubmittedAt);

        Assert.Throws<DomainRuleException>(() => plan.StartGrading(People.SecondManager, _framework, SubmittedAt));
        Assert.Null(plan.CurrentVersion!.SecondGraderId);
    }
}
