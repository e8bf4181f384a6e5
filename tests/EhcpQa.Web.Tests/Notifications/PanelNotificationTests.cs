using EhcpQa.Domain.Notifications;
using EhcpQa.Web.Tests.Learning;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Notifications;

/// <summary>
/// The panel hears what waits for it: each member once when plans are given to them, the chair when the last
/// moderator of a plan has submitted (not before), and whoever raised an improvement action when it falls due
/// within a week and again when it is overdue, once each.
/// </summary>
public sealed class PanelNotificationTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task MembersAreToldOfTheirPlans_AndTheChairWhenEveryModeratorOfAPlanHasSubmitted()
    {
        var setup = await ModerationJourney.SessionAsync(app);
        var assigned = await KindsAsync(NotificationKind.ModerationAssigned);
        (string, string, string)[] expected =
            [(setup.OtherManagerId, "panel of 3 December 2026", "/moderation"), (setup.PanelMemberId, "panel of 3 December 2026", "/moderation")];
        Assert.Equal(expected.Order(), assigned.Order());

        var planId = setup.PlanIds[0];
        await ModerationJourney.ModerateAsync(await app.SignInAsync(DemoUsers.PanelMember), setup, planId, 2, 2);
        Assert.Empty(await KindsAsync(NotificationKind.ReadyToAgree));

        await ModerationJourney.ModerateAsync(await app.SignInAsync(DemoUsers.OtherLocalityManager), setup, planId, 3, 3);
        var ready = Assert.Single(await KindsAsync(NotificationKind.ReadyToAgree));
        Assert.Equal((setup.ChairId, "panel of 3 December 2026", setup.PlanUrl(planId)), ready);
    }

    [Fact]
    public async Task WhoRaisedAnAction_IsRemindedWhenItIsDueWithinAWeek_AndWhenItIsOverdue_OnceEach()
    {
        var sessionId = await LearningSessions.CreateAsync(app);
        var today = Domain.ServiceCalendar.DateOf(app.Clock.GetUtcNow());
        var soon = await LearningSessions.RaiseActionAsync(app, sessionId, "Brief health colleagues on Section C", today.AddDays(5));
        await LearningSessions.RaiseActionAsync(app, sessionId, "Refresh the Section F guidance", today.AddDays(30));
        await LearningSessions.RaiseActionAsync(app, sessionId, "Already done", today.AddDays(2), doneNote: "Done at the session");

        Assert.Equal(1, await RemindAsync());
        Assert.Equal(0, await RemindAsync());
        app.Clock.Now += TimeSpan.FromDays(6);
        Assert.Equal(1, await RemindAsync());

        var reminders = await app.WithDatabaseAsync(db => db.Notifications.AsNoTracking()
            .Where(n => n.Kind == NotificationKind.ActionDue || n.Kind == NotificationKind.ActionOverdue)
            .OrderBy(n => n.Id)
            .Select(n => new { n.Kind, n.Path })
            .ToListAsync());
        Assert.Equal([(NotificationKind.ActionDue, $"/actions/{soon}"), (NotificationKind.ActionOverdue, $"/actions/{soon}")], reminders.Select(r => (r.Kind, r.Path)));
    }

    private Task<int> RemindAsync() =>
        app.WithScopeAsync(services => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<Web.Features.Notifications.ActionReminding>(services).RemindAsync(CancellationToken.None));

    private Task<List<(string Recipient, string Reference, string Path)>> KindsAsync(NotificationKind kind) =>
        app.WithDatabaseAsync(async db => (await db.Notifications.AsNoTracking()
                .Where(n => n.Kind == kind)
                .Select(n => new { n.RecipientId, n.Reference, n.Path })
                .ToListAsync())
            .Select(n => (n.RecipientId, n.Reference, n.Path))
            .ToList());
}
