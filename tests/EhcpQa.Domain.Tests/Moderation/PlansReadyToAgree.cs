using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Moderation;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Moderation;

/// <summary>A plan of a session waits for its chair once every moderator assigned to it has submitted, until the agreed grade is submitted.</summary>
public sealed class PlansReadyToAgree
{
    private static readonly PanelAssignment[] Assignments =
        [new(1, "mod-a"), new(1, "mod-b"), new(2, "mod-a"), new(2, "mod-c")];

    [Fact]
    public void APlanWithAModeratorStillToSubmit_IsNotReady()
    {
        Assert.Empty(PanelSession.PlansReadyToAgree(Assignments, [Moderated(1, "mod-a"), Moderated(2, "mod-c")]));
    }

    [Fact]
    public void APlanEveryModeratorSubmitted_IsReady_AndOnlyThatPlan()
    {
        Assert.Equal([1], PanelSession.PlansReadyToAgree(Assignments, [Moderated(1, "mod-a"), Moderated(1, "mod-b"), Moderated(2, "mod-a")]));
    }

    [Fact]
    public void AModerationBySomeoneNotAssigned_DoesNotCountForTheAssignedModerator()
    {
        Assert.Empty(PanelSession.PlansReadyToAgree(Assignments, [Moderated(1, "mod-a"), Moderated(1, "mod-c")]));
    }

    [Fact]
    public void OnceTheAgreedGradeIsSubmitted_ThePlanNoLongerWaits()
    {
        SubmittedGrading[] submitted = [Moderated(1, "mod-a"), Moderated(1, "mod-b"), new(1, "chair", GradingPurpose.PanelAgreement)];

        Assert.Empty(PanelSession.PlansReadyToAgree(Assignments, submitted));
    }

    [Fact]
    public void ASessionsGradings_CountOnlyOnceSubmitted()
    {
        var scene = new ModerationScene();
        scene.Moderate(ModerationScene.ModeratorA, Grade.Good);
        var second = scene.Moderate(ModerationScene.ModeratorB, Grade.Good, submit: false);

        Assert.Empty(scene.Session.PlansReadyToAgree(scene.Gradings));

        second.GradeAndSubmit(scene.Framework, Grade.Good, PanelSessions.At);
        Assert.Equal([scene.Plan.Id], scene.Session.PlansReadyToAgree(scene.Gradings));

        scene.Agree(Grade.Good);
        Assert.Empty(scene.Session.PlansReadyToAgree(scene.Gradings));
    }

    private static SubmittedGrading Moderated(int planId, string moderator) => new(planId, moderator, GradingPurpose.Moderation);
}
