using EhcpQa.Web.Infrastructure.Hosting;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace EhcpQa.Web.Infrastructure.Logging;

/// <summary>
/// Structured logs to the console and to a rolling JSON file in the data folder. Nothing about a child
/// is ever logged: messages carry ids and references only, request logs carry the path without the
/// query string, a survey link's path is never logged with its token (<see cref="SecretPathRedaction"/>),
/// and EF Core never logs parameter values.
/// </summary>
/// <remarks>
/// Every event carries the trace and span ids of the activity it was written in (Serilog reads them from
/// <see cref="System.Diagnostics.Activity.Current"/>): <c>@tr</c> and <c>@sp</c> in the JSON file, the
/// trace id at the end of each console line. So a request's log lines and its trace (see
/// <c>Infrastructure/Telemetry</c>) are found from one another.
/// </remarks>
public static class RequestLogging
{
    public const string ConsoleTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {TraceId}{NewLine}{Exception}";

    /// <summary>Every event carries <c>Instance</c>, so the logs of several instances can be told apart once gathered.</summary>
    public static void Configure(LoggerConfiguration logger, IConfiguration configuration, DataFolder dataFolder, ServiceInstance instance, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(instance);
        logger
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .ReadFrom.Configuration(configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .Enrich.With<SecretPathRedaction>()
            .Enrich.WithProperty("Instance", instance.Id)
            .WriteTo.Console(outputTemplate: ConsoleTemplate)
            .WriteTo.File(
                new CompactJsonFormatter(),
                Path.Combine(dataFolder.Subfolder("logs"), "ehcpqa-.json"),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 31,
                shared: true);
    }
}
