using EhcpQa.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Notifications;

/// <summary>
/// A change someone must hear of writes their notification in the same save: a draft sent for sign-off tells
/// the managers of its locality (not those of another, nor the caseworker who sent it), a decision tells the
/// caseworker; a change refused (and so never saved) writes nothing.
/// </summary>
public sealed class OutboxTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task ADraftSentForSignOff_TellsTheManagersOfItsLocality_AndNobodyElse()
    {
        var planId = await app.Plans.DraftAsync("EHC-NT-1");
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);

        await SignOffJourney.SubmitDraftAsync(caseworker, planId);

        var told = await app.WithDatabaseAsync(db => (
            from n in db.Notifications
            join u in db.Users on n.RecipientId equals u.Id
            where n.Reference == "EHC-NT-1"
            select new { u.Email, n.Kind, n.Path, n.ByEmail, n.NextAttemptAt }).ToListAsync());
        var manager = Assert.Single(told);
        Assert.Equal(DemoUsers.LocalityManager, manager.Email);
        Assert.Equal(NotificationKind.DraftToSignOff, manager.Kind);
        Assert.Equal($"/sign-off/{planId}", manager.Path);
        Assert.True(manager.ByEmail);
        Assert.Equal(app.Clock.GetUtcNow(), manager.NextAttemptAt);
    }

    [Fact]
    public async Task ADecisionRefusedAsMadeOnAStalePage_TellsNobody()
    {
        var planId = await app.Plans.DraftAsync("EHC-NT-2");
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);
        await SignOffJourney.SubmitDraftAsync(caseworker, planId);
        await SignOffJourney.GradeAndSubmitAsync(manager, planId, 2, 2);

        var refused = await manager.PostFormAsync($"/sign-off/{planId}/decision",
            [new("Decision.ConcurrencyToken", Guid.NewGuid().ToString()), new("Decision.Outcome", "Return"), new("Decision.Note", "Add the health provision.")],
            formPage: $"/sign-off/{planId}");

        Assert.Equal(System.Net.HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(0, await app.WithDatabaseAsync(db => db.Notifications.CountAsync(n => n.Reference == "EHC-NT-2" && n.Kind == NotificationKind.DraftReturned)));
    }

    [Fact]
    public async Task TheCaseworker_IsToldTheirDraftWasReturned_AndThenSignedOff()
    {
        var planId = await app.Plans.DraftAsync("EHC-NT-3");
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);
        await SignOffJourney.SubmitDraftAsync(caseworker, planId);
        await SignOffJourney.GradeAndSubmitAsync(manager, planId, 2, 2);
        await SignOffJourney.DecideAsync(manager, planId, "Return", "Please add the health provision.");

        await SignOffJourney.SubmitDraftAsync(caseworker, planId, "second");
        await SignOffJourney.GradeAndSubmitAsync(manager, planId, 2, 2);
        await SignOffJourney.DecideAsync(manager, planId, "SignOff");

        var kinds = await app.WithDatabaseAsync(db => (
            from n in db.Notifications
            join u in db.Users on n.RecipientId equals u.Id
            where n.Reference == "EHC-NT-3" && u.Email == DemoUsers.Caseworker
            orderby n.Id
            select n.Kind).ToListAsync());
        Assert.Equal([NotificationKind.DraftReturned, NotificationKind.DraftSignedOff], kinds);
    }
}
