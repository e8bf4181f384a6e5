using EhcpQa.Domain.Notifications;
using EhcpQa.Web.Infrastructure.Email;
using EhcpQa.Web.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EhcpQa.Web.Features.Notifications;

/// <summary>
/// Sends what the outbox holds that is due: each notification to be e-mailed, to its recipient's address, with
/// the reference and a link only. A sent one is marked sent as soon as the mail service takes it; a failure is
/// tried again later (<see cref="Notification.NotSent"/>); one more than two days old when its turn comes is
/// given up, being too late to help. Runs under the sending job's lease, so two instances never send one twice.
/// </summary>
public sealed class NotificationSending(
    EhcpQaDbContext db, IEmailChannel channel, IOptions<EmailOptions> options, TimeProvider clock, ILogger<NotificationSending> logger)
{
    /// <summary>How many are sent in one run at most; the rest wait for the next.</summary>
    public const int Batch = 100;

    public static readonly TimeSpan TooLate = TimeSpan.FromDays(2);

    /// <summary>Sends what is due; answers how many were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await db.Notifications
            .Where(n => n.NextAttemptAt != null && n.NextAttemptAt <= now)
            .OrderBy(n => n.NextAttemptAt)
            .Take(Batch)
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        var recipients = due.Select(n => n.RecipientId).Distinct().ToList();
        var addresses = await db.Users
            .Where(u => recipients.Contains(u.Id) && u.DisabledAt == null)
            .ToDictionaryAsync(u => u.Id, u => u.Email, cancellationToken);
        var serviceUrl = options.Value.LinksFrom;
        var sent = 0;
        foreach (var notification in due)
        {
            if (notification.CreatedAt < now - TooLate || addresses.GetValueOrDefault(notification.RecipientId) is not { Length: > 0 } address)
            {
                notification.GiveUp(now, addresses.ContainsKey(notification.RecipientId) ? "Too late to send" : "No active account with an e-mail address");
            }
            else
            {
                try
                {
                    await channel.SendAsync(
                        new EmailMessage(
                            address,
                            NotificationWording.Subject(notification.Kind, notification.Reference),
                            NotificationWording.Body(notification.Kind, notification.Reference, new Uri(serviceUrl, notification.Path)),
                            $"notification-{notification.Id}"),
                        cancellationToken);
                    notification.Sent(clock.GetUtcNow());
                    sent++;
                }
                catch (Exception failure) when (failure is not OperationCanceledException)
                {
                    notification.NotSent(clock.GetUtcNow(), $"{failure.GetType().Name}: {failure.Message}");
                    logger.LogWarning(
                        "Notification {NotificationId} was not e-mailed (attempt {Attempt}): {Error}; next try {NextAttemptAt}",
                        notification.Id, notification.Attempts, failure.GetType().Name, notification.NextAttemptAt);
                }
            }

            // Saved one by one: a notification the mail service took is never sent again after a later failure.
            await db.SaveChangesAsync(cancellationToken);
        }

        logger.LogInformation("E-mailed {Sent} of {Due} notifications due", sent, due.Count);
        return sent;
    }
}
