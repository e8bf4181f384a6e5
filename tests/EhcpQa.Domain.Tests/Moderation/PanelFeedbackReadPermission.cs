using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Moderation;

/// <summary>A panel's agreed grade, once submitted, is read by whoever may see the plan, its caseworker above all; a moderator's own grading never is.</summary>
public class PanelFeedbackReadPermission
{
    [Fact]
    public void TheSubmittedAgreedGrade_IsReadByThePlansCaseworker()
    {
        var scene = new ModerationScene();
        scene.Moderate(ModerationScene.ModeratorA, Grade.Good);

        Assert.True(GradingAccess.MayReadPanelFeedback(People.PlanCaseworker, scene.Plan, scene.Agree(Grade.Good)));
    }

    [Fact]
    public void AnotherCaseworker_DoesNotReadIt()
    {
        var scene = new ModerationScene();
        scene.Moderate(ModerationScene.ModeratorA, Grade.Good);

        Assert.False(GradingAccess.MayReadPanelFeedback(People.Caseworker("someone-else", PlanData.LocalityId), scene.Plan, scene.Agree(Grade.Good)));
    }

    [Fact]
    public void AModeratorsOwnGrading_IsNotThePanelsFeedback()
    {
        var scene = new ModerationScene();
        var own = scene.Moderate(ModerationScene.ModeratorA, Grade.Good);

        Assert.False(GradingAccess.MayReadPanelFeedback(People.PlanCaseworker, scene.Plan, own));
    }
}
