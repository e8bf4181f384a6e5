namespace EhcpQa.Web.Infrastructure.Email;

/// <summary>How the service e-mails people (the <c>Notifications</c> section of the configuration).</summary>
public sealed class EmailOptions
{
    public const string Section = "Notifications";

    /// <summary>None (notifications are only listed in the service), Smtp (MailKit) or GovukNotify.</summary>
    public EmailProvider Provider { get; set; } = EmailProvider.None;

    /// <summary>The service's address as people reach it, for the links in e-mails ("https://ehcp-qa.example.gov.uk").</summary>
    public Uri? ServiceUrl { get; set; }

    /// <summary>The address links in e-mails start from: <see cref="ServiceUrl"/>, or the local address the README runs the service on.</summary>
    public Uri LinksFrom => ServiceUrl ?? new Uri("http://localhost:5080");

    /// <summary>How often the outbox is checked for e-mails to send.</summary>
    public TimeSpan SendEvery { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>False switches the sending schedule off on this instance (tests send themselves).</summary>
    public bool Schedule { get; set; } = true;

    public SmtpOptions Smtp { get; set; } = new();

    public GovukNotifyOptions GovukNotify { get; set; } = new();

    /// <summary>In Development: the port of the mail catcher the service runs itself (0 for none), which <see cref="Smtp"/> then sends to.</summary>
    public int MailCatcherPort { get; set; }
}

public enum EmailProvider
{
    None = 0,
    Smtp,
    GovukNotify,
}

public sealed class SmtpOptions
{
    public string Host { get; set; } = "localhost";

    public int Port { get; set; } = 25;

    /// <summary>Upgrade the connection with STARTTLS (required by most mail services; off for a local catcher).</summary>
    public bool UseStartTls { get; set; } = true;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "ehcp-qa@localhost";
}

public sealed class GovukNotifyOptions
{
    public string? ApiKey { get; set; }

    /// <summary>An e-mail template of the service's own with two placeholders: ((subject)) and ((body)).</summary>
    public string? TemplateId { get; set; }

    /// <summary>GOV.UK Notify's API address; changed only to reach another endpoint (such as a test's).</summary>
    public Uri BaseUrl { get; set; } = new("https://api.notifications.service.gov.uk");
}

/// <summary>One e-mail to one person.</summary>
public sealed record EmailMessage(string To, string Subject, string Body, string Reference);

/// <summary>A way of sending e-mail: a mail server, or GOV.UK Notify.</summary>
public interface IEmailChannel
{
    /// <summary>Sends the message, or throws when the mail service refuses or cannot be reached.</summary>
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
