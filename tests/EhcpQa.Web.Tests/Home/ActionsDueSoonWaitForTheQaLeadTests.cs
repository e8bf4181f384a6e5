using EhcpQa.Domain.Moderation;
using EhcpQa.Web.Tests.Learning;
using static EhcpQa.Web.Tests.Home.WorkLists;

namespace EhcpQa.Web.Tests.Home;

/// <summary>Improvement actions overdue or due within a week wait for the QA lead, soonest due first; done actions and later ones do not.</summary>
public sealed class ActionsDueSoonWaitForTheQaLeadTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task ActionsOverdueOrDueWithinAWeek_AreListedForTheQaLead_SoonestDueFirst()
    {
        var sessionId = await LearningSessions.CreateAsync(app);
        var today = LearningSessions.Today;
        var dueSoon = await LearningSessions.RaiseActionAsync(app, sessionId, "Action due in five days", today.AddDays(5));
        var late = await LearningSessions.RaiseActionAsync(app, sessionId, "Late action", today.AddDays(-2), ActionStatus.InProgress);
        await LearningSessions.RaiseActionAsync(app, sessionId, "Action due in eight days", today.AddDays(8));
        await LearningSessions.RaiseActionAsync(app, sessionId, "Action done late", today.AddDays(-10), doneNote: "Done after the due date");
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var items = Items(await HomeAsync(qaLead), "actions");

        Assert.Equal(
            [("Late action", $"/actions/{late}", "2 days overdue"), ("Action due in five days", $"/actions/{dueSoon}", "5 days left")],
            items.Select(i => (i.Title, i.Href, i.Status)));
    }

    [Fact]
    public async Task ALocalityManager_IsNotListedActions()
    {
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);

        Assert.Empty(Items(await HomeAsync(manager), "actions"));
    }
}
