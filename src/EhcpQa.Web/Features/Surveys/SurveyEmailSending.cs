using EhcpQa.Domain.Families;
using EhcpQa.Web.Infrastructure.Email;
using EhcpQa.Web.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EhcpQa.Web.Features.Surveys;

/// <summary>
/// Sends the survey links waiting in their outbox (<see cref="SurveyEmail"/>) to the address staff gave, with the wording of
/// <see cref="SurveyEmailWording"/>: one marked sent (and its address and token erased) as soon as the mail service takes
/// it, saved one by one; a failure tried again later; one whose link no longer works, or that would come too late, given
/// up. Neither the address nor the link is ever logged or kept in an error: a mail service's refusal may quote the address,
/// so only the kind of failure is kept. Runs under the survey e-mails job's lease, so two instances never send one twice.
/// </summary>
public sealed class SurveyEmailSending(
    EhcpQaDbContext db, IEmailChannel channel, SurveyEmailSeal seal, IOptions<EmailOptions> options, TimeProvider clock, ILogger<SurveyEmailSending> logger)
{
    /// <summary>How many are sent in one run at most; the rest wait for the next.</summary>
    public const int Batch = 100;

    /// <summary>Sends what is due; answers how many were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await db.SurveyInvitations
            .Where(i => i.Email!.NextAttemptAt != null && i.Email.NextAttemptAt <= now)
            .OrderBy(i => i.Email!.NextAttemptAt)
            .Take(Batch)
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        var serviceUrl = options.Value.LinksFrom;
        var sent = 0;
        foreach (var invitation in due)
        {
            var email = invitation.Email!;
            var state = invitation.StateAt(now);
            if (state != SurveyLinkState.Open)
            {
                email.GiveUp(now, $"The link no longer works: {state.Name().ToLowerInvariant()}");
            }
            else if (email.IsTooLate(now))
            {
                email.GiveUp(now, "Too late to send");
            }
            else if (seal.Unseal(email.SealedAddress) is not { } address || seal.Unseal(email.SealedToken) is not { } token)
            {
                email.GiveUp(now, "The address or link could not be read");
            }
            else
            {
                try
                {
                    await channel.SendAsync(
                        new EmailMessage(
                            address,
                            SurveyEmailWording.Subject,
                            SurveyEmailWording.Body(new Uri(serviceUrl, SurveyLinks.PathStart + token), invitation.ExpiresAt),
                            $"survey-email-{email.Id}"),
                        cancellationToken);
                    email.Sent(clock.GetUtcNow());
                    sent++;
                }
                catch (Exception failure) when (failure is not OperationCanceledException)
                {
                    // The failure's message is not kept: a mail service's refusal may quote the address.
                    email.NotSent(clock.GetUtcNow(), failure.GetType().Name);
                    logger.LogWarning(
                        "Survey link {SurveyId} was not e-mailed (attempt {Attempt}): {Error}; next try {NextAttemptAt}",
                        invitation.Id, email.Attempts, failure.GetType().Name, email.NextAttemptAt);
                }
            }

            // Saved one by one: an e-mail the mail service took is never sent again after a later failure.
            await db.SaveChangesAsync(cancellationToken);
        }

        logger.LogInformation("E-mailed {Sent} of {Due} survey links due", sent, due.Count);
        return sent;
    }
}
