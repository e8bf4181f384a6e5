using Microsoft.Extensions.Options;
using Notify.Client;

namespace EhcpQa.Web.Infrastructure.Email;

/// <summary>Sends e-mail through GOV.UK Notify, with a template whose subject and body are ((subject)) and ((body)).</summary>
public sealed class GovukNotifyEmailChannel(IOptions<EmailOptions> options) : IEmailChannel
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var notify = options.Value.GovukNotify;
        if (string.IsNullOrWhiteSpace(notify.ApiKey) || string.IsNullOrWhiteSpace(notify.TemplateId))
        {
            throw new InvalidOperationException("Notifications:GovukNotify needs an ApiKey and a TemplateId.");
        }

        var client = new NotificationClient(notify.BaseUrl.ToString().TrimEnd('/'), notify.ApiKey);
        await client.SendEmailAsync(
            message.To,
            notify.TemplateId,
            new Dictionary<string, dynamic> { ["subject"] = message.Subject, ["body"] = message.Body },
            clientReference: message.Reference,
            emailReplyToId: null);
    }
}
