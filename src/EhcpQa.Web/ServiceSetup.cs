using EhcpQa.Web.Features.Drafts;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Infrastructure.DataProtection;
using EhcpQa.Web.Infrastructure.FeatureFolders;
using EhcpQa.Web.Infrastructure.Forms;
using EhcpQa.Web.Infrastructure.Hosting;
using EhcpQa.Web.Infrastructure.Logging;
using EhcpQa.Web.Infrastructure.Security;
using EhcpQa.Web.Infrastructure.TagHelpers;
using EhcpQa.Web.Infrastructure.Telemetry;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Identity;
using EhcpQa.Web.Persistence.Leases;
using EhcpQa.Web.Persistence.Seeding;
using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Serilog;

namespace EhcpQa.Web;

/// <summary>
/// How the web host is put together (the composition root, beside <c>Program</c>): services first, then the
/// request pipeline. The only place that knows every feature; no feature, infrastructure or persistence code
/// imports another feature.
/// </summary>
public static class ServiceSetup
{
    public static WebApplicationBuilder AddEhcpQa(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var dataFolder = DataFolder.From(configuration, builder.Environment);
        var instance = new ServiceInstance();
        services.AddSingleton(dataFolder);
        services.AddSingleton(instance);
        services.AddSingleton(TimeProvider.System);
        services.Configure<ServiceDetails>(configuration.GetSection("Service"));

        services.AddSerilog((provider, logger) => RequestLogging.Configure(logger, configuration, dataFolder, instance, provider), preserveStaticLogger: true);
        services.AddEhcpQaTelemetry(configuration, builder.Environment);

        services.AddPersistence(configuration, dataFolder);
        services.AddSingleton<JobLeases>();
        services.AddScoped<DatabaseInitialiser>();
        services.AddSingleton<DatabaseReadiness>();
        services.AddScoped<DemoData>();
        services.AddScoped<EarlierAssuredGrades>();
        services.AddScoped<Features.Moderation.SessionReportData>();
        services.AddScoped<Persistence.Queries.AssuredGradings>();
        services.AddScoped<Persistence.Queries.TimelinessRecords>();
        services.AddScoped<Persistence.Queries.FamilyViewsRecords>();
        services.AddSingleton<Features.Dashboard.ChartImages>();
        Features.Dashboard.DashboardOptions.AddTo(services, configuration);
        services.AddScoped<Features.Reports.BoardReportData>();
        services.AddScoped<Features.Reports.BoardReportPublisher>();
        services.AddSingleton<Features.Reports.BoardReportSchedule>();
        // Every scheduled job is a ScheduledJob, so it runs on one instance at a time under its lease.
        services.AddHostedService(provider => provider.GetRequiredService<Features.Reports.BoardReportSchedule>());
        services.AddScoped<Features.Samples.SampleDrawing>();
        services.AddScoped<Features.Samples.ScheduledSampling>();
        services.AddSingleton<Features.Samples.SampleScheduleJob>();
        services.AddHostedService(provider => provider.GetRequiredService<Features.Samples.SampleScheduleJob>());
        Infrastructure.Email.EmailSetup.AddEmail(services, configuration, builder.Environment);

        // The outboxes that send by e-mail, each job on one instance at a time: notifications, action reminders, survey links.
        services.AddScoped<Features.Notifications.NotificationSending>();
        services.AddSingleton<Features.Notifications.NotificationSchedule>();
        services.AddHostedService(provider => provider.GetRequiredService<Features.Notifications.NotificationSchedule>());
        services.AddScoped<Features.Notifications.ActionReminding>();
        services.AddSingleton<Features.Notifications.ActionReminders>();
        services.AddHostedService(provider => provider.GetRequiredService<Features.Notifications.ActionReminders>());
        services.AddSingleton<Features.Surveys.SurveyEmailSeal>();
        services.AddScoped<Features.Surveys.SurveyEmailSending>();
        services.AddSingleton<Features.Surveys.SurveyEmailSchedule>();
        services.AddHostedService(provider => provider.GetRequiredService<Features.Surveys.SurveyEmailSchedule>());

        services.AddIdentity<ApplicationUser, IdentityRole>(options =>
            {
                options.SignIn.RequireConfirmedAccount = false;
                options.User.RequireUniqueEmail = true;
                // No rules about the kinds of character: PasswordRules (length, and not easy to guess) decides.
                options.Password.RequiredLength = 1;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<EhcpQaDbContext>()
            .AddClaimsPrincipalFactory<StaffClaimsPrincipalFactory>()
            .AddPasswordValidator<PasswordRulesValidator>()
            .AddDefaultTokenProviders();

        // A disabled account, or one whose roles changed, loses its sign-in within a minute.
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.FromMinutes(1);
            o.OnRefreshingPrincipal = StaffSessions.KeepSessionClaim;
        });
        services.AddDueSecurityStampValidation();

        // The security and access log: entries recorded as they happen, sealed into a hash chain by one instance.
        services.AddHttpContextAccessor();
        services.Configure<SecurityLogOptions>(configuration.GetSection(SecurityLogOptions.Section));
        services.AddSingleton<SecurityLog>();
        services.AddSingleton<Features.Audit.SecurityLogSealing>();
        services.AddHostedService(provider => provider.GetRequiredService<Features.Audit.SecurityLogSealing>());

        // What is no longer needed is removed on a schedule (draft uploads never sent, old sessions).
        services.Configure<Features.Retention.RetentionOptions>(configuration.GetSection(Features.Retention.RetentionOptions.Section));
        Persistence.Retention.PlanRetentionOptions.Check(configuration);
        services.Configure<Persistence.Retention.PlanRetentionOptions>(configuration.GetSection(Persistence.Retention.PlanRetentionOptions.Section));
        services.AddScoped<Features.Retention.RetentionWork>();
        services.AddSingleton<Features.Retention.RetentionJob>();
        services.AddHostedService(provider => provider.GetRequiredService<Features.Retention.RetentionJob>());

        // Guessing passwords is slowed per account and address, and attempts are limited per address.
        services.Configure<SignInGuardOptions>(configuration.GetSection(SignInGuardOptions.Section));
        services.AddSingleton<SignInGuard>();
        services.AddAttemptLimits(configuration);

        // A second factor (an authenticator app) for the roles the authority's policy names; the demo users may skip
        // it in Development only.
        SecondFactorOptions.Check(configuration, builder.Environment);
        services.Configure<SecondFactorOptions>(configuration.GetSection(SecondFactorOptions.Section));
        services.AddScoped<SecondFactor>();

        // Every sign-in is a session held on the server, checked on each request (StaffSessions).
        services.Configure<SessionLimits>(configuration.GetSection(SessionLimits.Section));
        services.AddScoped<StaffSessions>();
        var limits = configuration.GetSection(SessionLimits.Section).Get<SessionLimits>() ?? new SessionLimits();

        // Outside Development cookies go only over HTTPS, and so does the service (HttpsRequirementMiddleware).
        var secureCookies = HttpsRequirementMiddleware.AppliesIn(builder.Environment);
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "EhcpQa.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = secureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            options.LoginPath = "/account/sign-in";
            options.LogoutPath = "/account/sign-out";
            options.AccessDeniedPath = "/error/403";
            // The cookie lasts as long as a session may sit idle, renewed as it is used; the session itself, checked
            // on every request before the security stamp, holds the idle and absolute limits on the server.
            options.ExpireTimeSpan = limits.Idle;
            options.SlidingExpiration = true;
            var stampCheck = options.Events.OnValidatePrincipal;
            options.Events.OnValidatePrincipal = async context =>
            {
                await StaffSessions.ValidatePrincipalAsync(context);
                if (context.Principal is not null)
                {
                    await stampCheck(context);
                }
            };
            options.Events.OnRedirectToAccessDenied = context =>
            {
                // Answer 403 where the page is; the status code page explains it to the person. Every refusal is
                // logged (who, what; the path's ids only, never a query's words), for the security log.
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("EhcpQa.Web.Security")
                    .LogWarning("Refused {Method} {Path} to user {UserId}", context.Request.Method, context.Request.Path.Value,
                        context.HttpContext.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value);
                return context.HttpContext.RequestServices.GetRequiredService<SecurityLog>()
                    .RecordAsync(Persistence.Audit.SecurityEventKinds.Refused, context.Request.Path.Value, context.Request.Method);
            };
        });
        // Between a right password and the second factor: Identity's cookie for it, five minutes long.
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, options =>
        {
            options.Cookie.Name = "EhcpQa.SecondFactor";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = secureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromMinutes(5);
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "EhcpQa.Antiforgery";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = secureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });

        // Single sign-on with the authority's identity provider, when set up; local passwords may be turned off.
        SingleSignOnOptions.AddTo(services, configuration, builder.Environment, secureCookies);

        services.AddSharedDataProtection(configuration);
        services.AddForwardedHeadersFromConfiguration(configuration);

        services.AddAuthorization(Policies.Configure);
        services.AddPlanAuthorization();
        services.AddModeratorAuthorization();
        services.AddDraftDocuments();
        // The draft checks read by the shipped word lists with the authority's changes, kept built between changes.
        services.AddSingleton<Features.DraftChecks.DraftCheckWordingStore>();
        services.AddScoped<Features.RegisterImport.RegisterImports>();
        services.AddSingleton<Features.RegisterImport.RegisterImportProgress>();
        services.AddScoped<Features.Drafts.IssuedTextUploads>();

        services.AddControllersWithViews(options =>
        {
            options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            // Someone with a temporary password chooses their own, and sets up a second factor where due, before any other page.
            options.Filters.Add(new AccountSetUpFilter());
            // A field holding a null or other control character is refused by name, with the form kept as typed.
            options.Filters.Add<ControlCharacterFilter>();
            // Every read of a child's records and every file handed out goes in the security log.
            options.Filters.Add<AccessLoggingFilter>();
        });
        services.AddFeatureFolders();
        services.AddIndexedModelExpressions();
        services.AddFluentValidationAutoValidation();
        // DateInputValidator is composed into form validators with the name of its date, never resolved alone.
        services.AddValidatorsFromAssemblyContaining<Program>(filter: v => v.ValidatorType != typeof(DateInputValidator));
        ValidatorOptions.Global.LanguageManager.Enabled = false;

        services.AddHealthChecks()
            .AddCheck<DatabaseReadiness>("migrations", tags: ["ready"])
            .AddDbContextCheck<EhcpQaDbContext>("database", tags: ["ready"]);
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });

        return builder;
    }

    public static WebApplication UseEhcpQa(this WebApplication app)
    {
        // First: the scheme and address the person used, as a trusted proxy saw them.
        app.UseForwardedHeaders();
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/error");
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseHttpsRequirement(app.Environment);
        app.UseSecurityHeaders(app.Environment);
        // Through the application's own logger: by default the middleware writes to Serilog's static logger,
        // which this service leaves silent (preserveStaticLogger), so no request was ever logged.
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();

            // A survey link's path holds its secret: the log holds the path without it.
            options.GetMessageTemplateProperties = (context, path, elapsed, status) =>
            [
                new Serilog.Events.LogEventProperty("RequestMethod", new Serilog.Events.ScalarValue(context.Request.Method)),
                new Serilog.Events.LogEventProperty("RequestPath", new Serilog.Events.ScalarValue(Infrastructure.Security.SecretPaths.Redact(path))),
                new Serilog.Events.LogEventProperty("StatusCode", new Serilog.Events.ScalarValue(status)),
                new Serilog.Events.LogEventProperty("Elapsed", new Serilog.Events.ScalarValue(elapsed)),
            ];
        });
        // A form holding a null character is made readable, so its fields can be refused one by one, never lost.
        app.UseReadableForms();
        app.UseRouting();
        app.UseAuthentication();
        // After authentication, so limits per account know whose request it is.
        app.UseRateLimiter();
        app.UseAuthorization();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapStaticAssets().AllowAnonymous();
        app.MapControllers();
        return app;
    }
}
