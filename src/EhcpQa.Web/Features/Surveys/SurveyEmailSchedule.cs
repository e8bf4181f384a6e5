using EhcpQa.Web.Infrastructure.Email;
using EhcpQa.Web.Persistence.Leases;
using EhcpQa.Web.Persistence.Seeding;
using Microsoft.Extensions.Options;

namespace EhcpQa.Web.Features.Surveys;

/// <summary>E-mails the survey links waiting in their outbox, as the notifications job does (the "survey-emails" lease).</summary>
public sealed class SurveyEmailSchedule(
    IServiceScopeFactory scopes,
    DatabaseReadiness readiness,
    JobLeases leases,
    TimeProvider clock,
    IOptions<EmailOptions> options,
    ILogger<SurveyEmailSchedule> logger)
    : OutboxSendingJob(scopes, readiness, leases, clock, options, logger)
{
    public override string Name => "survey-emails";

    protected override Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<SurveyEmailSending>().SendDueAsync(cancellationToken);
}
