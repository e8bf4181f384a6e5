using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Tests.Moderation;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Plans;

/// <summary>
/// Submitting a grading is one operation whatever the grading is for (<see cref="Plan.SubmitGrading"/>): it
/// moves sign-off on, fixes a moderation, or records the panel's agreed grade, and only its grader submits it.
/// </summary>
public class GradingSubmission
{
    private readonly FrameworkVersion _framework = FrameworkBuilder.Complete().BuildPublished();

    [Fact]
    public void SignOffGrading_MovesTheDraftOn()
    {
        var plan = SignOffSteps.SubmittedPlan();
        var grading = plan.StartGrading(People.Manager, _framework, PlanData.Now).GradeTo(_framework, Grade.Good);

        plan.SubmitGrading(grading, _framework, null, People.Manager, PlanData.Now);

        Assert.True(grading.IsSubmitted);
        Assert.Equal(DraftStatus.ReadyForDecision, plan.CurrentVersion!.Status);
        Assert.Equal(Grade.Good, plan.CurrentVersion.DecisiveGrade);
        Assert.Equal(PlanEventKind.GradingSubmitted, plan.Events[^1].Kind);
    }

    [Fact]
    public void SomeoneElse_CannotSubmitIt_AndNothingChanges()
    {
        var plan = SignOffSteps.SubmittedPlan();
        var grading = plan.StartGrading(People.Manager, _framework, PlanData.Now).GradeTo(_framework, Grade.Good);
        var eventsBefore = plan.Events.Count;

        var thrown = Assert.Throws<DomainRuleException>(() => plan.SubmitGrading(grading, _framework, null, People.QaLead(), PlanData.Now));

        Assert.Equal("Only the person filling in a grading can submit it.", thrown.Message);
        Assert.False(grading.IsSubmitted);
        Assert.Equal(DraftStatus.BeingGraded, plan.CurrentVersion!.Status);
        Assert.Equal(eventsBefore, plan.Events.Count);
    }

    [Fact]
    public void Moderation_IsFixedAsTheModeratorsOwn_AndDecidesNothingForThePlan()
    {
        var scene = new ModerationScene();
        var moderation = scene.Moderate(ModerationScene.ModeratorA, Grade.RequiresImprovement, submit: false).GradeTo(scene.Framework, Grade.RequiresImprovement);
        var eventsBefore = scene.Plan.Events.Count;
        var assuredBefore = scene.Plan.AssuredGrades.Count;

        scene.Plan.SubmitGrading(moderation, scene.Framework, scene.Session, ModerationScene.ModeratorA, PanelSessions.At);

        Assert.True(moderation.IsSubmitted);
        Assert.Equal(eventsBefore, scene.Plan.Events.Count);
        Assert.Equal(assuredBefore, scene.Plan.AssuredGrades.Count);
    }

    [Fact]
    public void PanelAgreement_IsRecordedInThePlansHistoryAndAssuredGrades()
    {
        var scene = new ModerationScene();
        scene.Moderate(ModerationScene.ModeratorA, Grade.RequiresImprovement);
        var agreement = scene.Session.StartAgreement(ModerationScene.Chair, scene.Plan, scene.Framework, scene.Gradings, PanelSessions.At)
            .GradeTo(scene.Framework, Grade.RequiresImprovement);

        scene.Plan.SubmitGrading(agreement, scene.Framework, scene.Session, ModerationScene.Chair, PanelSessions.At);

        Assert.True(agreement.IsSubmitted);
        Assert.Equal(PlanEventKind.PanelGradeAgreed, scene.Plan.Events[^1].Kind);
        Assert.Equal(Grade.RequiresImprovement, scene.Plan.AssuredGrades[^1].Overall);
        Assert.True(scene.Plan.AssuredGrades[^1].Regraded);
    }
}
