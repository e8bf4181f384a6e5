using EhcpQa.Domain.Dashboards;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Moderation;
using EhcpQa.Domain.Staff;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Moderation;

/// <summary>The grade a session agrees is recorded at the session's level, re-graded when it differs from sign-off.</summary>
public class AssuredGradesAtModeration
{
    [Fact]
    public void AgreedGradeDifferentFromSignOff_IsRecordedAsARegradeAtThePanelsLevel()
    {
        var scene = new ModerationScene();
        scene.Moderate(ModerationScene.ModeratorA, Grade.RequiresImprovement);
        var agreement = scene.Agree(Grade.RequiresImprovement);

        scene.Plan.RecordPanelAgreement(agreement, scene.Session);

        var assured = scene.Plan.AssuredGrades[^1];
        Assert.Equal(AssuranceLevel.MultiAgencyPanel, assured.Level);
        Assert.Equal(Grade.RequiresImprovement, assured.Overall);
        Assert.Equal(scene.Session.Id, assured.PanelSessionId);
        Assert.Equal(new DateOnly(2026, 11, 23), assured.GivenOn);
        Assert.True(assured.Regraded);
    }

    [Fact]
    public void AgreedGradeSameAsSignOff_IsNotARegrade()
    {
        var scene = new ModerationScene();
        scene.Moderate(ModerationScene.ModeratorA, Grade.Good);

        scene.Plan.RecordPanelAgreement(scene.Agree(Grade.Good), scene.Session);

        Assert.False(scene.Plan.AssuredGrades[^1].Regraded);
        Assert.Equal(2, scene.Plan.AssuredGrades.Count);
    }

    [Fact]
    public void LeadershipDipSampleSession_RecordsAtTheDipSampleLevel()
    {
        var framework = TestData.Gradings.Framework();
        var plan = SignOffSteps.PlanWithDraft(Domain.Plans.DraftStatus.SignedOff, framework);
        var session = PanelSessions.New(PanelLevel.LeadershipDipSample);
        session.AddMember("mod-a", Agency.SendTeam);
        session.AddMember("chair", Agency.SendTeam);
        session.Assign(SessionPlan.Of(plan), "mod-a");
        var gradings = new List<Grading>();
        var moderation = session.StartModeration(ModerationScene.ModeratorA, plan, framework, gradings, PanelSessions.At);
        gradings.Add(moderation.GradeAndSubmit(framework, Grade.Good, PanelSessions.At));
        var agreement = session.StartAgreement(ModerationScene.Chair, plan, framework, gradings, PanelSessions.At).GradeAndSubmit(framework, Grade.Good, PanelSessions.At);

        plan.RecordPanelAgreement(agreement, session);

        Assert.Equal(AssuranceLevel.LeadershipDipSample, plan.AssuredGrades[^1].Level);
    }

    [Fact]
    public void AgreementOfAnotherSession_IsRefused()
    {
        var scene = new ModerationScene();
        scene.Moderate(ModerationScene.ModeratorA, Grade.Good);
        var agreement = scene.Agree(Grade.Good);
        var other = PanelSessions.New(PanelLevel.LeadershipDipSample);
        typeof(PanelSession).GetProperty(nameof(PanelSession.Id))!.SetValue(other, scene.Session.Id + 1);

        Assert.Throws<DomainRuleException>(() => scene.Plan.RecordPanelAgreement(agreement, other));
        Assert.Single(scene.Plan.AssuredGrades);
    }
}
