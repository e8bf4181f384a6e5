using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Moderation;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Staff;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Moderation;

/// <summary>A session whose plan (the signed-off test plan, id 0) is assigned to two moderators, chaired by "chair".</summary>
internal sealed class ModerationScene
{
    public ModerationScene()
    {
        Framework = TestData.Gradings.Framework();
        Plan = SignOffSteps.PlanWithDraft(DraftStatus.SignedOff, Framework);
        Session = PanelSessions.WithMembers(("mod-a", Agency.Health), ("mod-b", Agency.SocialCare), ("chair", Agency.SendTeam), ("mod-c", Agency.EducationSetting));
        Session.Assign(SessionPlan.Of(Plan), "mod-a");
        Session.Assign(SessionPlan.Of(Plan), "mod-b");
    }

    public static Actor ModeratorA => People.InRoles("mod-a", null, StaffRole.PanelMember);

    public static Actor ModeratorB => People.InRoles("mod-b", null, StaffRole.PanelMember);

    public static Actor ModeratorC => People.InRoles("mod-c", null, StaffRole.PanelMember);

    public static Actor Chair => People.InRoles("chair", 1, StaffRole.LocalityManager);

    public FrameworkVersion Framework { get; }

    public Plan Plan { get; }

    public PanelSession Session { get; }

    public List<Grading> Gradings { get; } = [];

    public Grading Moderate(Actor moderator, Grade overall, bool submit = true)
    {
        var grading = Session.StartModeration(moderator, Plan, Framework, Gradings, PanelSessions.At);
        Gradings.Add(grading);
        if (submit)
        {
            grading.GradeAndSubmit(Framework, overall, PanelSessions.At);
        }

        return grading;
    }

    public Grading Agree(Grade overall, Actor? chair = null)
    {
        var agreement = Session.StartAgreement(chair ?? Chair, Plan, Framework, Gradings, PanelSessions.At);
        Gradings.Add(agreement);
        agreement.GradeAndSubmit(Framework, overall, PanelSessions.At);
        return agreement;
    }
}

public sealed class ModerationStart
{
    [Fact]
    public void AssignedModerator_GradesThePlansFinalVersionInTheSession()
    {
        var scene = new ModerationScene();

        var grading = scene.Moderate(ModerationScene.ModeratorA, Grade.Good, submit: false);

        Assert.Equal(GradingPurpose.Moderation, grading.Purpose);
        Assert.Equal(scene.Session.Id, grading.PanelSessionId);
        Assert.Equal(scene.Plan.FinalVersion!.Id, grading.PlanVersionId);
        Assert.Equal("mod-a", grading.GraderId);
    }

    [Fact]
    public void MemberThePlanIsNotAssignedTo_IsRefused()
    {
        var scene = new ModerationScene();

        var thrown = Assert.Throws<DomainRuleException>(() => scene.Moderate(ModerationScene.ModeratorC, Grade.Good));

        Assert.Equal("This plan is not assigned to you in this session.", thrown.Message);
    }

    [Fact]
    public void SecondStartBySameModerator_IsRefused()
    {
        var scene = new ModerationScene();
        scene.Moderate(ModerationScene.ModeratorA, Grade.Good, submit: false);

        var thrown = Assert.Throws<DomainRuleException>(() => scene.Moderate(ModerationScene.ModeratorA, Grade.Good));

        Assert.Equal("You have already started moderating this plan.", thrown.Message);
    }

    [Fact]
    public void PlanWithoutASignedOffVersion_IsRefused()
    {
        var framework = TestData.Gradings.Framework();
        var plan = PlanData.Register(stage: PlanStage.Final);
        var session = PanelSessions.WithMembers(("mod-a", Agency.Health));
        session.Assign(SessionPlan.Of(plan), "mod-a");

        var thrown = Assert.Throws<DomainRuleException>(() => session.StartModeration(ModerationScene.ModeratorA, plan, framework, [], PanelSessions.At));

        Assert.Contains("no text of this plan as issued", thrown.Message, StringComparison.Ordinal);
    }
}

public sealed class ModerationIndependence
{
    [Fact]
    public void Moderator_SeesNoOtherJudgement_UntilTheirOwnIsSubmitted()
    {
        var scene = new ModerationScene();
        var other = scene.Moderate(ModerationScene.ModeratorB, Grade.RequiresImprovement);
        var own = scene.Moderate(ModerationScene.ModeratorA, Grade.Good, submit: false);

        Assert.False(scene.Session.MaySeeOthersOn(ModerationScene.ModeratorA, scene.Plan.Id, scene.Gradings));
        Assert.False(scene.Session.MayRead(ModerationScene.ModeratorA, other, scene.Gradings));
        Assert.True(scene.Session.MayRead(ModerationScene.ModeratorA, own, scene.Gradings));

        own.GradeAndSubmit(scene.Framework, Grade.Good, PanelSessions.At);

        Assert.True(scene.Session.MaySeeOthersOn(ModerationScene.ModeratorA, scene.Plan.Id, scene.Gradings));
        Assert.True(scene.Session.MayRead(ModerationScene.ModeratorA, other, scene.Gradings));
    }

    [Fact]
    public void GradingStillInProgress_IsReadByItsGraderAlone()
    {
        var scene = new ModerationScene();
        scene.Moderate(ModerationScene.ModeratorA, Grade.Good);
        var inProgress = scene.Moderate(ModerationScene.ModeratorB, Grade.Good, submit: false);

        Assert.False(scene.Session.MayRead(ModerationScene.ModeratorA, inProgress, scene.Gradings));
        Assert.False(scene.Session.MayRead(ModerationScene.Chair, inProgress, scene.Gradings));
        Assert.True(scene.Session.MayRead(ModerationScene.ModeratorB, inProgress, scene.Gradings));
    }

    [Fact]
    public void ChairAndQaLead_ReadSubmittedGradings_OtherMembersNone()
    {
        var scene = new ModerationScene();
        var submitted = scene.Moderate(ModerationScene.ModeratorA, Grade.Good);

        Assert.True(scene.Session.MayRead(ModerationScene.Chair, submitted, scene.Gradings));
        Assert.True(scene.Session.MayRead(People.QaLead(), submitted, scene.Gradings));
        Assert.False(scene.Session.MayRead(ModerationScene.ModeratorC, submitted, scene.Gradings));
        Assert.False(scene.Session.MaySeeOthersOn(ModerationScene.ModeratorC, scene.Plan.Id, scene.Gradings));
    }

    [Fact]
    public void GradingOfAnotherSession_IsNotReadThroughThisOne()
    {
        var scene = new ModerationScene();
        var elsewhere = Grading.Start(scene.Plan.Id, 0, GradingPurpose.Moderation, "mod-b", scene.Framework, PanelSessions.At, panelSessionId: 99);

        Assert.False(scene.Session.MayRead(ModerationScene.Chair, elsewhere, [elsewhere]));
    }
}

public sealed class PanelAgreementStart
{
    [Fact]
    public void Chair_RecordsTheAgreedGrade_OnceAModeratorHasSubmitted()
    {
        var scene = new ModerationScene();
        scene.Moderate(ModerationScene.ModeratorA, Grade.Good);

        var agreement = scene.Agree(Grade.RequiresImprovement);

        Assert.Equal(GradingPurpose.PanelAgreement, agreement.Purpose);
        Assert.Equal("chair", agreement.GraderId);
        Assert.Equal(scene.Plan.FinalVersion!.Id, agreement.PlanVersionId);
        Assert.Same(agreement, scene.Session.Agreement(scene.Plan.Id, scene.Gradings));
    }

    [Fact]
    public void BeforeAnyModerationIsSubmitted_IsRefused()
    {
        var scene = new ModerationScene();
        scene.Moderate(ModerationScene.ModeratorA, Grade.Good, submit: false);

        var thrown = Assert.Throws<DomainRuleException>(() => scene.Agree(Grade.Good));

        Assert.Equal("The agreed grade is recorded once at least one moderator has submitted their grading.", thrown.Message);
    }

    [Fact]
    public void MemberWhoIsNotTheChair_IsRefused()
    {
        var scene = new ModerationScene();
        scene.Moderate(ModerationScene.ModeratorA, Grade.Good);

        var thrown = Assert.Throws<DomainRuleException>(() => scene.Agree(Grade.Good, ModerationScene.ModeratorA));

        Assert.Equal("Only the session's chair records the agreed grades.", thrown.Message);
    }

    [Fact]
    public void QaLead_MayRecordItInTheChairsAbsence()
    {
        var scene = new ModerationScene();
        scene.Moderate(ModerationScene.ModeratorA, Grade.Good);

        var agreement = scene.Agree(Grade.Good, People.QaLead());

        Assert.Equal("qa-lead", agreement.GraderId);
    }

    [Fact]
    public void SecondAgreement_IsRefused()
    {
        var scene = new ModerationScene();
        scene.Moderate(ModerationScene.ModeratorA, Grade.Good);
        scene.Agree(Grade.Good);

        var thrown = Assert.Throws<DomainRuleException>(() => scene.Agree(Grade.Good));

        Assert.Equal("The agreed grade for this plan is already being recorded.", thrown.Message);
    }

    [Fact]
    public void ChairWhoAlsoModeratesThePlan_SubmitsTheirOwnFirst()
    {
        var scene = new ModerationScene();
        scene.Session.Assign(SessionPlan.Of(scene.Plan), "chair");
        scene.Moderate(ModerationScene.ModeratorA, Grade.Good);
        scene.Moderate(ModerationScene.Chair, Grade.Good, submit: false);

        var thrown = Assert.Throws<DomainRuleException>(() => scene.Agree(Grade.Good));

        Assert.Equal("Submit your own moderation of this plan before recording the agreed grade.", thrown.Message);
    }

    [Fact]
    public void PlanNotInTheSession_IsRefused()
    {
        var scene = new ModerationScene();
        var other = SignOffSteps.PlanWithDraft(DraftStatus.SignedOff, scene.Framework);
        scene.Session.Unassign(scene.Plan.Id, "mod-a");
        scene.Session.Unassign(scene.Plan.Id, "mod-b");

        var thrown = Assert.Throws<DomainRuleException>(() => scene.Session.StartAgreement(ModerationScene.Chair, other, scene.Framework, [], PanelSessions.At));

        Assert.Equal("This plan is not part of the session.", thrown.Message);
    }
}

public sealed class PanelAgreementRationale
{
    [Fact]
    public void SectionAgreedWithoutARationale_IsRefused()
    {
        var framework = TestData.Gradings.Framework();
        var agreement = Grading.Start(1, 1, GradingPurpose.PanelAgreement, "chair", framework, PanelSessions.At, panelSessionId: 1);
        var answers = Answers.AllYes(framework, SectionCode.A);

        var problems = agreement.ProblemsWith(framework, SectionCode.A, answers, agreement.SuggestionFor(framework, SectionCode.A, answers), new SectionCommentary()).ToList();

        var problem = Assert.Single(problems);
        Assert.Equal(JudgementFields.Rationale, problem.Field);
        Assert.Equal("Give the panel's rationale for the agreed grade", problem.Message);
    }

    [Fact]
    public void ModeratorsOwnGrading_NeedsNoRationale()
    {
        var framework = TestData.Gradings.Framework();
        var moderation = Grading.Start(1, 1, GradingPurpose.Moderation, "mod-a", framework, PanelSessions.At, panelSessionId: 1);
        var answers = Answers.AllYes(framework, SectionCode.A);

        Assert.Empty(moderation.ProblemsWith(framework, SectionCode.A, answers, moderation.SuggestionFor(framework, SectionCode.A, answers), new SectionCommentary()));
    }
}

public sealed class PanelAgreementInPlanHistory
{
    [Fact]
    public void AgreedGradeDifferentFromSignOff_IsRecordedAsReGraded()
    {
        var scene = new ModerationScene();
        scene.Moderate(ModerationScene.ModeratorA, Grade.RequiresImprovement);
        var agreement = scene.Agree(Grade.RequiresImprovement);

        scene.Plan.RecordPanelAgreement(agreement, scene.Session);

        var entry = scene.Plan.Events[^1];
        Assert.Equal(PlanEventKind.PanelGradeAgreed, entry.Kind);
        Assert.Equal("Re-graded by the moderation panel of 3 December 2026: agreed 3 Requires improvement, signed off at 2 Good", entry.Detail);
        Assert.Equal("chair", entry.ActorId);
        Assert.Equal(PanelSessions.At, entry.At);
        Assert.Equal(1, entry.VersionNumber);
    }

    [Fact]
    public void AgreedGradeSameAsSignOff_IsRecordedAsConfirmed()
    {
        var scene = new ModerationScene();
        scene.Moderate(ModerationScene.ModeratorA, Grade.Good);
        var agreement = scene.Agree(Grade.Good);

        scene.Plan.RecordPanelAgreement(agreement, scene.Session);

        Assert.Equal("Moderation panel of 3 December 2026 agreed 2 Good, the grade it was signed off at", scene.Plan.Events[^1].Detail);
    }

    [Fact]
    public void ModeratorsGrading_IsNotRecordedAsTheAgreedGrade()
    {
        var scene = new ModerationScene();
        var moderation = scene.Moderate(ModerationScene.ModeratorA, Grade.Good);
        var before = scene.Plan.Events.Count;

        Assert.Throws<DomainRuleException>(() => scene.Plan.RecordPanelAgreement(moderation, scene.Session));
        Assert.Equal(before, scene.Plan.Events.Count);
    }
}
