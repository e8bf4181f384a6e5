using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Plans;

/// <summary>
/// Which grading a draft's decision rests on, stated once (<see cref="Grading.DecidesSignOff"/>,
/// <see cref="PlanVersion.DecisiveGrading"/>): the sign-off grading when it is at least Good, else the grade
/// the two graders agreed; never a grading still in progress, below Good on its own, or of a moderation session.
/// </summary>
public class DecisiveGradingChoice
{
    private readonly FrameworkVersion _framework = FrameworkBuilder.Complete().BuildPublished();

    [Fact]
    public void SignOffGradingAtLeastGood_IsDecisive()
    {
        var plan = SignOffSteps.SubmittedPlan();
        var grading = plan.GradeCurrentDraft(People.Manager, _framework, Grade.Good);

        Assert.True(grading.DecidesSignOff);
        Assert.Same(grading, plan.CurrentVersion!.DecisiveGrading([grading]));
        Assert.Equal(Grade.Good, plan.CurrentVersion.DecisiveGrade);
    }

    [Fact]
    public void SignOffGradingBelowGood_DecidesNothing_UntilTheGradersAgree()
    {
        var plan = SignOffSteps.SubmittedPlan();
        var first = plan.GradeCurrentDraft(People.Manager, _framework, Grade.RequiresImprovement);
        var second = plan.GradeCurrentDraft(People.SecondManager, _framework, Grade.RequiresImprovement);

        Assert.False(first.DecidesSignOff);
        Assert.False(second.DecidesSignOff);
        Assert.Null(plan.CurrentVersion!.DecisiveGrading([first, second]));

        var agreed = plan.GradeCurrentDraft(People.Manager, _framework, Grade.Inadequate);

        Assert.True(agreed.DecidesSignOff);
        Assert.Same(agreed, plan.CurrentVersion.DecisiveGrading([first, second, agreed]));
        Assert.Equal(Grade.Inadequate, plan.CurrentVersion.DecisiveGrade);
    }

    [Fact]
    public void GradingInProgress_IsNotDecisive()
    {
        var plan = SignOffSteps.SubmittedPlan();
        var grading = plan.StartGrading(People.Manager, _framework, PlanData.Now).GradeTo(_framework, Grade.Good);

        Assert.False(grading.DecidesSignOff);
        Assert.Null(plan.CurrentVersion!.DecisiveGrading([grading]));
    }

    [Fact]
    public void GradingsOfAnotherVersion_AreNotThisVersionsDecision()
    {
        var plan = SignOffSteps.SubmittedPlan();
        Ids.Assign(plan.CurrentVersion!, 1);
        var ofFirst = plan.GradeCurrentDraft(People.Manager, _framework, Grade.Good);
        plan.Return(People.Manager, null, PlanData.Now);
        var second = plan.Resubmit();
        Ids.Assign(second, 2);

        Assert.Null(second.DecisiveGrading([ofFirst]));
        Assert.Same(ofFirst, plan.Versions[0].DecisiveGrading([ofFirst]));
    }

    [Fact]
    public void APanelsAgreedGrade_IsNotASignOffDecision()
    {
        var scene = new Moderation.ModerationScene();
        scene.Moderate(Moderation.ModerationScene.ModeratorA, Grade.Good);
        var agreement = scene.Agree(Grade.Outstanding);
        var signedOff = scene.Plan.FinalVersion!;

        Assert.False(agreement.DecidesSignOff);
        Assert.Null(signedOff.DecisiveGrading([agreement]));
    }
}
