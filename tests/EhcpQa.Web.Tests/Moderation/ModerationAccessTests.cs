using System.Net;
using EhcpQa.Domain.Grades;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Moderation;

/// <summary>
/// A panel member reaches only the plans assigned to them, through every route: another plan's id, the
/// session's results, other gradings, the plan register and sign-off are all refused. A board member and
/// a caseworker reach no moderation at all.
/// </summary>
public sealed class ModerationAccessTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    private sealed record Scene(ModerationSetup Setup, int OtherPlanId, int OtherModeratorGradingId, int SignOffGradingId);

    private Task<Scene> SceneAsync() => app.SharedAsync("scene", async () =>
    {
        var setup = await ModerationJourney.SessionAsync(app);
        var manager2 = await app.SignInAsync(DemoUsers.OtherLocalityManager);
        var othersGrading = await ModerationJourney.ModerateAsync(manager2, setup, setup.PlanIds[0], sectionGrade: 2, overallGrade: 2);
        var (otherPlan, signOffGrading) = await app.WithDatabaseAsync(async db => (
            await db.Plans.Where(p => p.IssuedOn != null && !setup.PlanIds.Contains(p.Id)).Select(p => p.Id).FirstAsync(),
            await db.Gradings.Where(g => g.PlanId == setup.PlanIds[0] && g.Purpose == GradingPurpose.SignOff).Select(g => g.Id).FirstAsync()));
        return new Scene(setup, otherPlan, othersGrading, signOffGrading);
    });

    [Fact]
    public async Task PanelMember_IsRefusedAPlanNotAssignedToThem_ByEveryRoute()
    {
        var scene = await SceneAsync();
        var panel = await app.SignInAsync(DemoUsers.PanelMember);
        var other = scene.Setup.PlanUrl(scene.OtherPlanId);

        Assert.Equal(HttpStatusCode.Forbidden, (await panel.GetAsync(other)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await panel.PostFormAsync($"{other}/moderation", [], formPage: "/moderation")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await panel.PostFormAsync($"{other}/agreement", [], formPage: "/moderation")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await panel.GetAsync($"/plans/{scene.OtherPlanId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await panel.GetAsync($"/plans/{scene.Setup.PlanIds[0]}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await panel.GetAsync($"/sign-off/{scene.Setup.PlanIds[0]}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await panel.GetAsync($"/plans/{scene.Setup.PlanIds[0]}/versions/1/feedback")).StatusCode);
        Assert.Equal(0, await app.WithDatabaseAsync(db => db.Gradings.CountAsync(g => g.PlanId == scene.OtherPlanId && g.PanelSessionId != null)));
    }

    [Fact]
    public async Task PanelMember_IsRefusedOtherGradings_UntilTheirOwnIsSubmitted()
    {
        var scene = await SceneAsync();
        var panel = await app.SignInAsync(DemoUsers.PanelMember);

        Assert.Equal(HttpStatusCode.Forbidden, (await panel.GetAsync($"/gradings/{scene.OtherModeratorGradingId}/summary")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await panel.GetAsync($"/gradings/{scene.OtherModeratorGradingId}/sections/A")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await panel.GetAsync($"/gradings/{scene.SignOffGradingId}/summary")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await panel.GetAsync($"/gradings/{scene.SignOffGradingId}")).StatusCode);
    }

    [Fact]
    public async Task PanelMember_IsRefusedTheChairsWork()
    {
        var scene = await SceneAsync();
        var panel = await app.SignInAsync(DemoUsers.PanelMember);
        var assigned = scene.Setup.PlanUrl(scene.Setup.PlanIds[0]);

        Assert.Equal(HttpStatusCode.Forbidden, (await panel.PostFormAsync($"{assigned}/agreement", [], formPage: assigned)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await panel.GetAsync(scene.Setup.SessionUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await panel.GetAsync($"{scene.Setup.SessionUrl}/report.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await panel.GetAsync("/moderation/agreement")).StatusCode);
    }

    [Fact]
    public async Task AnotherModerator_CannotChangeSomeonesGrading()
    {
        var scene = await SceneAsync();
        var panel = await app.SignInAsync(DemoUsers.PanelMember);
        var own = await ModerationJourney.StartModerationAsync(panel, scene.Setup, scene.Setup.PlanIds[1]);
        var manager2 = await app.SignInAsync(DemoUsers.OtherLocalityManager);

        Assert.Equal(HttpStatusCode.Forbidden, (await manager2.GetAsync($"/gradings/{own}/sections/A")).StatusCode);
        var post = await manager2.PostFormAsync($"/gradings/{own}/sections/A", [new("Form.Grade", "4")], formPage: "/moderation");
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }

    [Theory]
    [InlineData(DemoUsers.BoardMember)]
    [InlineData(DemoUsers.Caseworker)]
    public async Task NonModerator_ReachesNoModeration(string email)
    {
        var scene = await SceneAsync();
        var user = await app.SignInAsync(email);

        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync("/moderation")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync(scene.Setup.PlanUrl(scene.Setup.PlanIds[0]))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync(scene.Setup.SessionUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync($"{scene.Setup.SessionUrl}/report.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync("/moderation/agreement")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync($"/gradings/{scene.OtherModeratorGradingId}/summary")).StatusCode);
    }

    [Fact]
    public async Task UnknownSessionOrPlan_IsNotFoundOrRefused_NeverAnError()
    {
        var scene = await SceneAsync();
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        Assert.Equal(HttpStatusCode.NotFound, (await qaLead.GetAsync("/moderation/sessions/99999/plans/1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await qaLead.GetAsync("/moderation/sessions/99999")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await qaLead.GetAsync(scene.Setup.PlanUrl(999999))).StatusCode);
    }
}
