using System.Net;
using EhcpQa.Domain.Families;
using EhcpQa.Web.Tests.Notifications;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Surveys;

/// <summary>
/// A link made with an address is e-mailed once, through the real mail server, by the survey e-mails job: the e-mail holds a
/// link that opens the survey and names no child and no plan; afterwards the service holds neither the address nor the
/// link, and neither was ever logged or kept readable.
/// </summary>
public sealed class EmailingASurveyLinkTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    private const string Address = "family-srv-mail-1@example.com";

    [Fact]
    public async Task ALinkGivenAnAddress_IsEmailedOnce_OpensTheSurvey_AndNamesNoChildOrPlan()
    {
        var planId = await SurveyLinksMade.IssuedPlanAsync(app, "SRV-MAIL-1");
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);

        var page = await SurveyLinksMade.LinkPageAsync(caseworker, planId, emailAddress: Address);
        var shown = new Uri(page.QuerySelector("#survey-link")!.GetAttribute("value")!).AbsolutePath;
        Assert.Contains("will also be e-mailed to the address you gave", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var waiting = await EmailAsync(planId);
        Assert.Equal(SurveyEmailState.Waiting, waiting.State);
        Assert.DoesNotContain(Address, waiting.SealedAddress!, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(shown["/survey/".Length..], waiting.SealedToken!, StringComparison.Ordinal);

        var first = await app.SendSurveyEmailsAsync();
        var second = await app.SendSurveyEmailsAsync();

        Assert.Equal((1, 0), (first, second));
        var mail = Assert.Single(app.MailServer.To(Address, SurveyEmailWording.Subject));
        Assert.Equal("Your views on the education, health and care plan", mail.Subject);
        var body = mail.TextBody ?? string.Empty;
        var link = body.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("https://ehcpqa.test/survey/", StringComparison.Ordinal));
        Assert.Equal(shown, new Uri(link).AbsolutePath);
        Assert.Contains("can be used once", body, StringComparison.Ordinal);
        Assert.DoesNotContain("SRV-MAIL-1", body + mail.Subject, StringComparison.Ordinal);
        var child = await app.WithDatabaseAsync(db => db.Plans.Where(p => p.Id == planId).Select(p => p.ChildIdentifier).SingleAsync());
        Assert.DoesNotContain($" {child}", body + mail.Subject, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await SurveyLinksMade.Family(app).GetAsync(new Uri(link).AbsolutePath)).StatusCode);

        var sent = await EmailAsync(planId);
        Assert.Equal((SurveyEmailState.Sent, (string?)null, (string?)null), (sent.State, sent.SealedAddress, sent.SealedToken));
        var log = app.ReadLog();
        Assert.DoesNotContain(Address, log, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(shown["/survey/".Length..], log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALinkWithNoAddress_IsNotEmailed()
    {
        var planId = await SurveyLinksMade.IssuedPlanAsync(app, "SRV-MAIL-2");

        await SurveyLinksMade.LinkAsync(await app.SignInAsync(DemoUsers.Caseworker), planId);

        Assert.False(await app.WithDatabaseAsync(db => db.SurveyEmails.AnyAsync(e => e.PlanId == planId)));
    }

    private Task<SurveyEmail> EmailAsync(int planId) =>
        app.WithDatabaseAsync(db => db.SurveyEmails.AsNoTracking().SingleAsync(e => e.PlanId == planId));
}
