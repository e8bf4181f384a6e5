using EhcpQa.Web.Infrastructure.Email;
using EhcpQa.Web.Infrastructure.Scheduling;
using EhcpQa.Web.Persistence.Leases;
using EhcpQa.Web.Persistence.Seeding;
using Microsoft.Extensions.Options;

namespace EhcpQa.Web.Features.Surveys;

/// <summary>
/// E-mails the survey links waiting in their outbox every <see cref="EmailOptions.SendEvery"/>, as the notifications job
/// does and switched on and off with it, on one instance at a time (the "survey-emails" lease).
/// </summary>
public sealed class SurveyEmailSchedule(
    IServiceScopeFactory scopes,
    DatabaseReadiness readiness,
    JobLeases leases,
    TimeProvider clock,
    IOptions<EmailOptions> options,
    ILogger<SurveyEmailSchedule> logger)
    : ScheduledJob(scopes, readiness, leases, clock, logger)
{
    public override string Name => "survey-emails";

    public override TimeSpan Interval => options.Value.SendEvery;

    protected override TimeSpan LeaseDuration => TimeSpan.FromMinutes(2);

    protected override bool IsEnabled => options.Value is { Schedule: true, Provider: not EmailProvider.None };

    protected override Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<SurveyEmailSending>().SendDueAsync(cancellationToken);
}
