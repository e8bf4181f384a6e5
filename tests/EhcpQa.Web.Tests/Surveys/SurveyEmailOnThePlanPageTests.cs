using EhcpQa.Web.Tests.Notifications;

namespace EhcpQa.Web.Tests.Surveys;

/// <summary>
/// The plan's family survey section says of each link whether its e-mail is waiting, was sent (and when) or could not be
/// sent, and never shows the address.
/// </summary>
public sealed class SurveyEmailOnThePlanPageTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task ALinksEmail_IsShownWaiting_ThenSent_WithoutTheAddress()
    {
        const string address = "family-srv-page-1@example.com";
        var planId = await SurveyLinksMade.IssuedPlanAsync(app, "SRV-MAILPAGE-1");
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        await SurveyLinksMade.LinkPageAsync(caseworker, planId, emailAddress: address);

        var waiting = await caseworker.GetPageAsync($"/plans/{planId}");
        await app.SendSurveyEmailsAsync();
        var sent = await caseworker.GetPageAsync($"/plans/{planId}");

        Assert.Contains("Waiting to be sent", waiting.QuerySelector("#surveys + table")!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"Sent {app.Clock.GetUtcNow():d MMM yyyy HH:mm}", sent.QuerySelector("#surveys + table")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(address, waiting.DocumentElement.OuterHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(address, sent.DocumentElement.OuterHtml, StringComparison.OrdinalIgnoreCase);
        Assert.Single(app.MailServer.To(address, "Your views"));
    }

    [Fact]
    public async Task ALinkReplacedBeforeItsEmailWent_IsNeverSent_AndSaysSo()
    {
        const string address = "family-srv-page-2@example.com";
        var planId = await SurveyLinksMade.IssuedPlanAsync(app, "SRV-MAILPAGE-2");
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        await SurveyLinksMade.LinkPageAsync(caseworker, planId, emailAddress: address);

        await SurveyLinksMade.LinkAsync(caseworker, planId);
        await app.SendSurveyEmailsAsync();

        Assert.Empty(app.MailServer.To(address, "Your views"));
        var table = (await caseworker.GetPageAsync($"/plans/{planId}")).QuerySelector("#surveys + table")!.TextContent;
        Assert.Contains("Could not be sent", table, StringComparison.Ordinal);
        Assert.Contains("Not e-mailed", table, StringComparison.Ordinal);
    }
}
