using EhcpQa.Domain.Families;
using EhcpQa.Domain.Notifications;
using EhcpQa.Web.Features.Surveys;
using EhcpQa.Web.Infrastructure.Email;
using EhcpQa.Web.Tests.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EhcpQa.Web.Tests.Surveys;

/// <summary>
/// When the mail service cannot be reached, a survey link's e-mail is tried again after the notifications' wait, the
/// address still sealed and the failure kept only by its kind; the next try sends it.
/// </summary>
public sealed class SurveyEmailTriedAgainTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    private const string Address = "family-srv-retry-1@example.com";

    [Fact]
    public async Task WhenTheMailServiceCannotBeReached_ItIsTriedAgainAfterAWait_AndThenSent()
    {
        var planId = await SurveyLinksMade.IssuedPlanAsync(app, "SRV-RETRY-1");
        await SurveyLinksMade.LinkPageAsync(await app.SignInAsync(DemoUsers.Caseworker), planId, emailAddress: Address);
        var closedPort = FreePort();

        await app.WithScopeAsync(async services =>
        {
            var unreachable = new EmailOptions { Provider = EmailProvider.Smtp, Smtp = new SmtpOptions { Host = "localhost", Port = closedPort, UseStartTls = false } };
            var sending = new SurveyEmailSending(
                services.GetRequiredService<Web.Persistence.EhcpQaDbContext>(),
                new SmtpEmailChannel(Options.Create(unreachable)),
                services.GetRequiredService<SurveyEmailSeal>(),
                services.GetRequiredService<IOptions<EmailOptions>>(),
                services.GetRequiredService<TimeProvider>(),
                NullLogger<SurveyEmailSending>.Instance);
            return await sending.SendDueAsync(CancellationToken.None);
        });

        var failed = await EmailAsync(planId);
        Assert.Equal((1, app.Clock.GetUtcNow() + Notification.RetryWait(1)), (failed.Attempts, failed.NextAttemptAt));
        Assert.True(failed.HoldsSecrets);
        Assert.DoesNotContain(Address, failed.LastError!, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await app.SendSurveyEmailsAsync());

        app.Clock.Now += TimeSpan.FromMinutes(1);
        Assert.Equal(1, await app.SendSurveyEmailsAsync());
        Assert.Single(app.MailServer.To(Address, SurveyEmailWording.Subject));
        var sent = await EmailAsync(planId);
        Assert.Equal((SurveyEmailState.Sent, 2, false), (sent.State, sent.Attempts, sent.HoldsSecrets));
    }

    private Task<SurveyEmail> EmailAsync(int planId) =>
        app.WithDatabaseAsync(db => db.SurveyEmails.AsNoTracking().SingleAsync(e => e.PlanId == planId));

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
