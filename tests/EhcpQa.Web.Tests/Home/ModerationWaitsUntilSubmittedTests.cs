using EhcpQa.Web.Features.Moderation;
using static EhcpQa.Web.Tests.Home.WorkLists;

namespace EhcpQa.Web.Tests.Home;

/// <summary>
/// A plan assigned to a moderator waits for them until they submit their moderation; once every moderator of a plan
/// has submitted, it waits for the session's chair to record the agreed grade, until they have.
/// </summary>
public sealed class ModerationWaitsUntilSubmittedTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task ASubmittedModeration_LeavesTheModeratorsList_AndTheChairIsAskedToAgreeOnceEveryModeratorHasSubmitted()
    {
        var setup = await ModerationJourney.SessionAsync(app);
        var (first, second) = (setup.PlanIds[0], setup.PlanIds[1]);
        var codes = await app.WithDatabaseAsync(db => ModerationCode.LoadAsync(db, CancellationToken.None));
        string Code(int planId) => codes.For(setup.SessionId, planId);
        var panel = await app.SignInAsync(DemoUsers.PanelMember);
        var otherManager = await app.SignInAsync(DemoUsers.OtherLocalityManager);
        var chair = await app.SignInAsync(DemoUsers.LocalityManager);

        var assigned = Items(await HomeAsync(panel), "moderations");
        Assert.Equal([Code(first), Code(second)], assigned.Select(i => i.Title));
        Assert.Equal("10 days left", assigned[0].Status);
        Assert.Equal(setup.PlanUrl(first), assigned.Single(i => i.Title == Code(first)).Href);

        await ModerationJourney.ModerateAsync(panel, setup, first, sectionGrade: 2, overallGrade: 2);

        Assert.Equal([Code(second)], Titles(await HomeAsync(panel), "moderations"));
        Assert.Empty(Items(await HomeAsync(chair), "to-agree"));

        await ModerationJourney.ModerateAsync(otherManager, setup, first, sectionGrade: 2, overallGrade: 3);

        var toAgree = Assert.Single(Items(await HomeAsync(chair), "to-agree"));
        Assert.Equal((Code(first), setup.PlanUrl(first)), (toAgree.Title, toAgree.Href));
        Assert.DoesNotContain(Code(first), Titles(await HomeAsync(otherManager), "moderations"));

        await ModerationJourney.AgreeAsync(chair, setup, first, sectionGrade: 2, overallGrade: 2);

        Assert.Empty(Items(await HomeAsync(chair), "to-agree"));
    }
}
