using EhcpQa.Domain.Notifications;
using EhcpQa.Web.Features.Notifications;
using EhcpQa.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EhcpQa.Web.Tests.Notifications;

/// <summary>
/// The outbox is e-mailed through a real mail server, once: the e-mail gives the reference and a link, never the
/// child's name or the plan's text; when the mail service cannot be reached it is tried again after a wait.
/// </summary>
public sealed class EmailSendingTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task ANotification_IsEmailedOnce_WithTheReferenceAndALink_AndNothingAboutTheChild()
    {
        var planId = await app.Plans.DraftAsync("EHC-NE-1");
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        await SignOffJourney.SubmitDraftAsync(caseworker, planId, "Plan text that must stay in the service.");

        var first = await app.SendNotificationsAsync();
        var second = await app.SendNotificationsAsync();

        Assert.True(first >= 1);
        Assert.Equal(0, second);
        var mail = Assert.Single(app.MailServer.To(DemoUsers.LocalityManager, "EHC-NE-1"));
        Assert.Equal("Draft EHC-NE-1 is waiting for sign-off", mail.Subject);
        Assert.Contains($"https://ehcpqa.test/sign-off/{planId}", mail.TextBody, StringComparison.Ordinal);
        var child = await app.WithDatabaseAsync(db => db.Plans.Where(p => p.Id == planId).Select(p => p.ChildIdentifier).SingleAsync());
        Assert.DoesNotContain("Plan text that must stay", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain($" {child} ", mail.TextBody, StringComparison.Ordinal);

        var manager = await app.SignInAsync(DemoUsers.LocalityManager);
        var listed = (await manager.GetPageAsync("/notifications")).QuerySelector("main")!.TextContent;
        Assert.Contains("Draft EHC-NE-1 is waiting for sign-off", listed, StringComparison.Ordinal);
        Assert.Contains("e-mailed", listed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenTheMailServiceCannotBeReached_TheNotificationIsTriedAgainAfterAWait()
    {
        var planId = await app.Plans.DraftAsync("EHC-NE-2");
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        await SignOffJourney.SubmitDraftAsync(caseworker, planId);
        var closedPort = FreePort();

        await app.WithScopeAsync(async services =>
        {
            var unreachable = new EmailOptions { Provider = EmailProvider.Smtp, Smtp = new SmtpOptions { Host = "localhost", Port = closedPort, UseStartTls = false } };
            var sending = new NotificationSending(
                services.GetRequiredService<Web.Persistence.EhcpQaDbContext>(),
                new SmtpEmailChannel(Options.Create(unreachable)),
                services.GetRequiredService<IOptions<EmailOptions>>(),
                services.GetRequiredService<TimeProvider>(),
                NullLogger<NotificationSending>.Instance);
            return await sending.SendDueAsync(CancellationToken.None);
        });

        var failed = await NotificationAsync();
        Assert.Equal((1, app.Clock.GetUtcNow() + Notification.RetryWait(1)), (failed.Attempts, failed.NextAttemptAt));
        Assert.NotNull(failed.LastError);
        Assert.Empty(app.MailServer.To(DemoUsers.LocalityManager, "EHC-NE-2"));

        await app.SendNotificationsAsync();
        Assert.Empty(app.MailServer.To(DemoUsers.LocalityManager, "EHC-NE-2"));

        app.Clock.Now += TimeSpan.FromMinutes(1);
        await app.SendNotificationsAsync();
        Assert.Single(app.MailServer.To(DemoUsers.LocalityManager, "EHC-NE-2"));
        var sent = await NotificationAsync();
        Assert.Equal((2, (DateTimeOffset?)null), (sent.Attempts, sent.NextAttemptAt));
        Assert.NotNull(sent.SentAt);
    }

    private Task<Notification> NotificationAsync() =>
        app.WithDatabaseAsync(db => db.Notifications.AsNoTracking().SingleAsync(n => n.Reference == "EHC-NE-2"));

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
