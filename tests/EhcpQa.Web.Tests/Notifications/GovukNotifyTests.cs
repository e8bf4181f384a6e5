using System.Text.Json;
using EhcpQa.Web.Features.Notifications;
using EhcpQa.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EhcpQa.Web.Tests.Notifications;

/// <summary>
/// With GOV.UK Notify chosen, the outbox is sent through the real Notify client to a Notify endpoint served by
/// the test: the service's template with the subject and body as its personalisation, to the recipient's address.
/// </summary>
public sealed class GovukNotifyTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>, IAsyncLifetime
{
    private readonly List<JsonDocument> _received = [];
    private WebApplication? _notify;

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _notify = builder.Build();
        _notify.MapPost("/v2/notifications/email", async (HttpRequest request) =>
        {
            lock (_received)
            {
                _received.Add(JsonDocument.Parse(new StreamReader(request.Body).ReadToEndAsync().GetAwaiter().GetResult()));
            }

            var id = Guid.NewGuid();
            return Results.Json(
                new
                {
                    id,
                    reference = (string?)null,
                    content = new { body = "sent", subject = "sent", from_email = "ehcp-qa@notifications.service.gov.uk" },
                    uri = $"https://api.notifications.service.gov.uk/v2/notifications/{id}",
                    template = new { id = Guid.Empty, version = 1, uri = "https://api.notifications.service.gov.uk/template" },
                },
                statusCode: StatusCodes.Status201Created);
        });
        await _notify.StartAsync();
    }

    [Fact]
    public async Task TheOutbox_IsSentThroughNotify_WithTheTemplateAndItsPersonalisation()
    {
        var planId = await app.Plans.DraftAsync("EHC-NN-1");
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        await SignOffJourney.SubmitDraftAsync(caseworker, planId);
        var address = _notify!.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var template = Guid.NewGuid().ToString();
        var options = Options.Create(new EmailOptions
        {
            Provider = EmailProvider.GovukNotify,
            ServiceUrl = new Uri("https://ehcpqa.test"),
            GovukNotify = new GovukNotifyOptions { ApiKey = $"test_key-{Guid.NewGuid()}-{Guid.NewGuid()}", TemplateId = template, BaseUrl = new Uri(address) },
        });

        var sent = await app.WithScopeAsync(services => new NotificationSending(
                services.GetRequiredService<Web.Persistence.EhcpQaDbContext>(),
                new GovukNotifyEmailChannel(options),
                options,
                services.GetRequiredService<TimeProvider>(),
                NullLogger<NotificationSending>.Instance)
            .SendDueAsync(CancellationToken.None));

        Assert.True(sent >= 1);
        JsonElement request;
        lock (_received)
        {
            request = _received.Select(r => r.RootElement).Single(r => r.GetProperty("personalisation").GetProperty("subject").GetString()!.Contains("EHC-NN-1", StringComparison.Ordinal));
        }

        Assert.Equal(template, request.GetProperty("template_id").GetString());
        Assert.Equal(DemoUsers.LocalityManager, request.GetProperty("email_address").GetString());
        Assert.Contains($"https://ehcpqa.test/sign-off/{planId}", request.GetProperty("personalisation").GetProperty("body").GetString(), StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        if (_notify is not null)
        {
            await _notify.DisposeAsync();
        }
    }
}
