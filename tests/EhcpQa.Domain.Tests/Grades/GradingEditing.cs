using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Moderation;
using EhcpQa.Domain.Tests.Moderation;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Grades;

/// <summary>Only the person who started a grading fills it in, and only while they may still grade the plan (<see cref="GradingAccess.MayEdit"/>).</summary>
public class GradingEditing
{
    private readonly FrameworkVersion _framework = FrameworkBuilder.Complete().BuildPublished();

    [Fact]
    public void TheGrader_MayFillInTheirSignOffGrading()
    {
        var plan = SignOffSteps.SubmittedPlan();
        var grading = plan.StartGrading(People.Manager, _framework, PlanData.Now);

        Assert.True(GradingAccess.MayEdit(People.Manager, grading, plan, null));
    }

    [Fact]
    public void AnotherManagerOfTheLocality_MayNotFillItIn()
    {
        var plan = SignOffSteps.SubmittedPlan();
        var grading = plan.StartGrading(People.Manager, _framework, PlanData.Now);

        Assert.False(GradingAccess.MayEdit(People.SecondManager, grading, plan, null));
        Assert.False(GradingAccess.MayEdit(People.QaLead(), grading, plan, null));
    }

    [Fact]
    public void TheGrader_WhoHasMovedToAnotherLocality_MayNoLongerFillItIn()
    {
        var plan = SignOffSteps.SubmittedPlan();
        var grading = plan.StartGrading(People.Manager, _framework, PlanData.Now);
        var moved = People.LocalityManager(People.Manager.UserId, PlanData.LocalityId + 1);

        Assert.False(GradingAccess.MayEdit(moved, grading, plan, null));
    }

    [Fact]
    public void AModerator_MayFillInTheirModeration_OnlyWithinItsSession()
    {
        var scene = new ModerationScene();
        var moderation = scene.Moderate(ModerationScene.ModeratorA, Grade.Good, submit: false);
        var another = PanelSessions.New(PanelLevel.MultiAgencyPanel);
        Ids.Assign(another, scene.Session.Id + 1);

        Assert.True(GradingAccess.MayEdit(ModerationScene.ModeratorA, moderation, scene.Plan, scene.Session));
        Assert.False(GradingAccess.MayEdit(ModerationScene.ModeratorB, moderation, scene.Plan, scene.Session));
        Assert.False(GradingAccess.MayEdit(ModerationScene.ModeratorA, moderation, scene.Plan, another));
        Assert.False(GradingAccess.MayEdit(ModerationScene.ModeratorA, moderation, scene.Plan, null));
    }
}

/// <summary>
/// The feedback on a draft (the grading its decision rests on) is read by its caseworker only once the draft
/// has been returned or signed off, and by those who grade the plan as they read any of its gradings.
/// </summary>
public class FeedbackReading
{
    private readonly FrameworkVersion _framework = FrameworkBuilder.Complete().BuildPublished();

    [Fact]
    public void Caseworker_ReadsTheFeedback_OnlyOnceTheDraftIsDecided()
    {
        var plan = SignOffSteps.SubmittedPlan();
        var grading = plan.GradeCurrentDraft(People.Manager, _framework, Grade.Good);
        var version = plan.CurrentVersion!;

        Assert.False(GradingAccess.MayReadFeedback(People.PlanCaseworker, plan, version, grading, [grading]));

        plan.Return(People.Manager, "Make section F specific.", PlanData.Now);

        Assert.True(GradingAccess.MayReadFeedback(People.PlanCaseworker, plan, version, grading, [grading]));
    }

    [Fact]
    public void Caseworker_IsRefused_WhileNoGradingDecidesTheDraft_AndAGraderIsNot()
    {
        var plan = SignOffSteps.SubmittedPlan();
        var first = plan.GradeCurrentDraft(People.Manager, _framework, Grade.RequiresImprovement);
        var version = plan.CurrentVersion!;

        Assert.Null(version.DecisiveGrading([first]));
        Assert.False(GradingAccess.MayReadFeedback(People.PlanCaseworker, plan, version, null, [first]));
        Assert.True(GradingAccess.MayReadFeedback(People.Manager, plan, version, null, [first]));
    }

    [Fact]
    public void AnotherCaseworker_NeverReadsIt()
    {
        var plan = SignOffSteps.SubmittedPlan();
        var grading = plan.GradeCurrentDraft(People.Manager, _framework, Grade.Good);
        plan.Return(People.Manager, null, PlanData.Now);

        Assert.False(GradingAccess.MayReadFeedback(People.Caseworker("caseworker-9", PlanData.LocalityId), plan, plan.CurrentVersion!, grading, [grading]));
    }

    [Fact]
    public void SecondOpinionGrader_DoesNotReadTheFeedback_BeforeTheirOwnGradingIsIn()
    {
        var plan = SignOffSteps.SubmittedPlan();
        var first = plan.GradeCurrentDraft(People.Manager, _framework, Grade.RequiresImprovement);

        Assert.False(GradingAccess.MayReadFeedback(People.SecondManager, plan, plan.CurrentVersion!, first, [first]));
        Assert.True(GradingAccess.MayReadFeedback(People.Manager, plan, plan.CurrentVersion!, first, [first]));
    }
}
