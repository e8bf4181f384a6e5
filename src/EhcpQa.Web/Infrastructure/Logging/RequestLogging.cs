using EhcpQa.Web.Infrastructure.Hosting;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace EhcpQa.Web.Infrastructure.Logging;

/// <summary>
/// Structured logs to the console and to a rolling JSON file in the data folder. Nothing about a child
/// is ever logged: messages carry ids and references only, request logs carry the path without the
/// query string, and EF Core never logs parameter values.
/// </summary>
public static class RequestLogging
{
    /// <summary>Every event carries <c>Instance</c>, so the logs of several instances can be told apart once gathered.</summary>
    public static void Configure(LoggerConfiguration logger, IConfiguration configuration, DataFolder dataFolder, ServiceInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        logger
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .ReadFrom.Configuration(configuration)
            .Enrich.FromLogContext()
            .Enrich.WithProperty("Instance", instance.Id)
            .WriteTo.Console()
            .WriteTo.File(
                new CompactJsonFormatter(),
                Path.Combine(dataFolder.Subfolder("logs"), "ehcpqa-.json"),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 31,
                shared: true);
    }
}
