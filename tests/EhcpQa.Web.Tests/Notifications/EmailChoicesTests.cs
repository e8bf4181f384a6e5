using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Notifications;

/// <summary>
/// People choose which notifications they get by e-mail, from the kinds their roles are told of; a kind not
/// chosen is still listed in the service but never e-mailed.
/// </summary>
public sealed class EmailChoicesTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task AManagerWhoTurnsOffSignOffEmails_StillSeesTheNotification_ButIsNotEmailed()
    {
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);
        var choices = await manager.GetPageAsync("/notifications/choices");
        var offered = choices.QuerySelectorAll("input[name='Form.ByEmail']").Select(i => i.GetAttribute("value")).ToList();
        Assert.Contains("DraftToSignOff", offered);
        Assert.DoesNotContain("DraftReturned", offered);

        var saved = await manager.PostAsync("/notifications/choices", FormFields.Of(choices)
            .Where(f => f.Key != "Form.ByEmail").Append(new("Form.ByEmail", "SecondOpinionNeeded")).ToList());
        Assert.Equal(System.Net.HttpStatusCode.Redirect, saved.StatusCode);

        var planId = await app.Plans.DraftAsync("EHC-NC-1");
        await SignOffJourney.SubmitDraftAsync(await app.SignInAsync(DemoUsers.Caseworker), planId);
        await app.SendNotificationsAsync();

        Assert.Empty(app.MailServer.To(DemoUsers.LocalityManager, "EHC-NC-1"));
        Assert.Contains("Draft EHC-NC-1 is waiting for sign-off", (await manager.GetPageAsync("/notifications")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var again = await manager.GetPageAsync("/notifications/choices");
        Assert.Null(again.QuerySelector("input[name='Form.ByEmail'][value='DraftToSignOff'][checked]"));
        Assert.NotNull(again.QuerySelector("input[name='Form.ByEmail'][value='SecondOpinionNeeded'][checked]"));
        Assert.True(await app.WithDatabaseAsync(db => db.EmailOptOuts.AnyAsync(o => o.Kind == Domain.Notifications.NotificationKind.DraftToSignOff)));
    }

    [Fact]
    public async Task MarkingAllAsRead_ClearsTheNewTags()
    {
        var planId = await app.Plans.DraftAsync("EHC-NC-2");
        await SignOffJourney.SubmitDraftAsync(await app.SignInAsync(DemoUsers.Caseworker), planId);
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);
        var page = await manager.GetPageAsync("/notifications");
        Assert.NotEmpty(page.QuerySelectorAll("main .govuk-tag"));

        var form = page.QuerySelector("form[action='/notifications/read']")!;
        await manager.PostAsync("/notifications/read", FormFields.Of(form));

        Assert.Empty((await manager.GetPageAsync("/notifications")).QuerySelectorAll("main .govuk-tag"));
    }
}
