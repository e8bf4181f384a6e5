using System.Buffers;
using System.Collections.Concurrent;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace EhcpQa.Web.Infrastructure.Email;

/// <summary>An e-mail the Development mail catcher took.</summary>
public sealed record CaughtMessage(DateTimeOffset At, string To, string Subject, string Body);

/// <summary>What the Development mail catcher has taken since the service started, newest first (the last 200).</summary>
public sealed class CaughtMail
{
    public const int Kept = 200;

    private readonly ConcurrentQueue<CaughtMessage> _messages = new();

    public IReadOnlyList<CaughtMessage> Messages => _messages.Reverse().ToList();

    public void Add(CaughtMessage message)
    {
        _messages.Enqueue(message);
        while (_messages.Count > Kept && _messages.TryDequeue(out _))
        {
        }
    }
}

/// <summary>
/// In Development only: a mail server the service runs itself on <see cref="EmailOptions.MailCatcherPort"/>,
/// which keeps every e-mail sent to it in memory for /development/mail, so that the README's run command shows
/// what people would be sent without a mail service.
/// </summary>
[Hosting.OnEveryInstance("A mail server listening on this instance's own port, in Development only; it shares nothing with other instances")]
public sealed class DevelopmentMailCatcher(
    CaughtMail caught, Microsoft.Extensions.Options.IOptions<EmailOptions> options, TimeProvider clock, ILogger<DevelopmentMailCatcher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var port = options.Value.MailCatcherPort;
        var serverOptions = new SmtpServerOptionsBuilder().ServerName("localhost").Port(port).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(caught, clock));
        var server = new SmtpServer.SmtpServer(serverOptions, services);
        logger.LogInformation("Development mail catcher listening on port {Port}: e-mails are shown at /development/mail", port);
        try
        {
            await server.StartAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (System.Net.Sockets.SocketException failure)
        {
            logger.LogWarning("The Development mail catcher could not listen on port {Port}: {Reason}", port, failure.Message);
        }
    }

    private sealed class Store(CaughtMail caught, TimeProvider clock) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            await using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            caught.Add(new CaughtMessage(clock.GetUtcNow(), message.To.ToString(), message.Subject ?? string.Empty, message.TextBody ?? string.Empty));
            return SmtpResponse.Ok;
        }
    }
}
