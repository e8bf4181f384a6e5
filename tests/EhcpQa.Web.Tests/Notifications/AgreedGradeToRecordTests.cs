using EhcpQa.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Notifications;

/// <summary>
/// When the second opinion on a draft graded below the bar is submitted, the first grader is told the agreed
/// grade is waiting to be recorded, by e-mail with a link to the draft's sign-off page; the second grader, who
/// has just submitted, is not.
/// </summary>
public sealed class AgreedGradeToRecordTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task TheFirstGrader_IsToldWhenTheSecondOpinionIsIn()
    {
        var planId = await app.Plans.DraftAsync("EHC-NT-AG-1");
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        await SignOffJourney.SubmitDraftAsync(caseworker, planId);
        await SignOffJourney.GradeAndSubmitAsync(manager, planId, 3, 3);
        Assert.Equal(0, await ToldAsync());

        await SignOffJourney.GradeAndSubmitAsync(qaLead, planId, 3, 3);

        var told = await app.WithDatabaseAsync(db => (
            from n in db.Notifications
            join u in db.Users on n.RecipientId equals u.Id
            where n.Reference == "EHC-NT-AG-1" && n.Kind == NotificationKind.AgreedGradeToRecord
            select new { u.Email, n.Path }).ToListAsync());
        var firstGrader = Assert.Single(told);
        Assert.Equal(DemoUsers.LocalityManager, firstGrader.Email);
        Assert.Equal($"/sign-off/{planId}", firstGrader.Path);

        await app.SendNotificationsAsync();
        var mail = Assert.Single(app.MailServer.To(DemoUsers.LocalityManager, "EHC-NT-AG-1 is in: agree and record its grade"));
        Assert.Contains($"/sign-off/{planId}", mail.TextBody, StringComparison.Ordinal);
        Assert.Empty(app.MailServer.To(DemoUsers.QaLead, "agree and record"));
    }

    private Task<int> ToldAsync() =>
        app.WithDatabaseAsync(db => db.Notifications.CountAsync(n => n.Reference == "EHC-NT-AG-1" && n.Kind == NotificationKind.AgreedGradeToRecord));
}
