using Microsoft.Extensions.Options;

namespace EhcpQa.Web.Infrastructure.Email;

public static class EmailSetup
{
    /// <summary>
    /// The mail provider the configuration chooses (<see cref="EmailOptions"/>), for the features' outboxes to send through. In
    /// Development with <c>Notifications:MailCatcherPort</c> set, the service runs a mail catcher of its own on
    /// that port and sends to it, and shows what it caught at /development/mail.
    /// </summary>
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.Configure<EmailOptions>(configuration.GetSection(EmailOptions.Section));
        var catcherPort = configuration.GetValue($"{EmailOptions.Section}:{nameof(EmailOptions.MailCatcherPort)}", 0);
        if (environment.IsDevelopment() && catcherPort > 0)
        {
            services.PostConfigure<EmailOptions>(options =>
            {
                options.Provider = EmailProvider.Smtp;
                options.Smtp = new SmtpOptions { Host = "localhost", Port = catcherPort, UseStartTls = false, From = "ehcp-qa@localhost" };
            });
            services.AddSingleton<CaughtMail>();
            services.AddHostedService<DevelopmentMailCatcher>();
        }

        services.AddTransient<SmtpEmailChannel>();
        services.AddTransient<GovukNotifyEmailChannel>();
        services.AddTransient<IEmailChannel>(provider => provider.GetRequiredService<IOptions<EmailOptions>>().Value.Provider switch
        {
            EmailProvider.GovukNotify => provider.GetRequiredService<GovukNotifyEmailChannel>(),
            _ => provider.GetRequiredService<SmtpEmailChannel>(),
        });
        return services;
    }
}
