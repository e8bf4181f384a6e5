using MimeKit;

namespace EhcpQa.Web.Tests.Notifications;

/// <summary>The e-mails the in-process mail server took, read as e-mails.</summary>
internal static class MailReading
{
    public static IReadOnlyList<MimeMessage> To(this netDumbster.smtp.SimpleSmtpServer server, string address, string containing) =>
        server.ReceivedEmail
            .Select(m => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(m.Data))))
            .Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)))
            .Where(m => (m.Subject ?? string.Empty).Contains(containing, StringComparison.Ordinal))
            .ToList();
}
