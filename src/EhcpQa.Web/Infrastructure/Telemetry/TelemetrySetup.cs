using System.Diagnostics;
using System.Reflection;
using EhcpQa.Web.Infrastructure.Security;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace EhcpQa.Web.Infrastructure.Telemetry;

/// <summary>
/// OpenTelemetry traces and metrics: ASP.NET Core requests (metrics by route), EF Core commands, outgoing
/// HTTP calls, the .NET runtime and the service's own spans (<see cref="ServiceTelemetry"/>), exported over
/// OTLP when an endpoint is configured (<c>Telemetry:OtlpEndpoint</c>, or the standard
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>; protocol, headers and the rest from the standard <c>OTEL_*</c>
/// variables). Without an endpoint nothing is collected unless <c>Telemetry:Enabled</c> is true (for
/// exporters registered by other means), so a service without a collector pays nothing for it.
/// </summary>
/// <remarks>
/// Spans never carry what could identify a child: no query strings (filters can hold a plan reference),
/// no database parameter values (EF Core's command text is parameterised, and its literals are
/// sanitised by the instrumentation), no exception messages. Log events carry the trace and span ids
/// (Serilog reads them from the current activity), so a request's logs and its trace are found together.
/// </remarks>
public static class TelemetrySetup
{
    public const string ServiceName = "EhcpQa";

    /// <summary>The configuration key of the OTLP endpoint (e.g. <c>http://collector:4317</c>).</summary>
    public const string OtlpEndpointKey = "Telemetry:OtlpEndpoint";

    /// <summary>The standard environment variable of the OTLP endpoint, read from configuration too.</summary>
    public const string StandardOtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>Collect traces and metrics even without an OTLP endpoint (true/false; default: whether an endpoint is set).</summary>
    public const string EnabledKey = "Telemetry:Enabled";

    /// <summary>Paths whose requests are not traced: health probes and static files (they are still counted in the metrics).</summary>
    private static readonly PathString[] UntracedPaths = ["/health", "/lib", "/css", "/js", "/favicon.svg"];

    public static IServiceCollection AddEhcpQaTelemetry(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);

        var endpoint = OtlpEndpoint(configuration);
        if (!configuration.GetValue(EnabledKey, endpoint is not null))
        {
            return services;
        }

        var version = typeof(TelemetrySetup).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource
                .AddService(ServiceName, serviceVersion: version)
                .AddAttributes([new("deployment.environment.name", environment.EnvironmentName)]))
            .WithTracing(tracing => tracing
                .AddSource(ServiceTelemetry.SourceName)
                .AddAspNetCoreInstrumentation(options =>
                {
                    options.Filter = context => !UntracedPaths.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));
                    options.RecordException = false;
                    options.EnrichWithHttpRequest = (activity, request) =>
                    {
                        activity.SetTag("url.query", null);

                        // A survey link's token is a secret: the span keeps the path with it replaced.
                        if (request.Path.Value is { } path && SecretPaths.Redact(path) is var redacted && !string.Equals(redacted, path, StringComparison.Ordinal))
                        {
                            activity.SetTag("url.path", redacted);
                        }
                    };
                })
                .AddHttpClientInstrumentation(options =>
                {
                    options.RecordException = false;
                    options.EnrichWithHttpRequestMessage = (activity, request) =>
                    {
                        if (request.RequestUri is { } uri)
                        {
                            activity.SetTag("url.full", uri.GetLeftPart(UriPartial.Path));
                            activity.SetTag("url.query", null);
                        }
                    };
                })
                .AddEntityFrameworkCoreInstrumentation(options => options.EnrichWithIDbCommand = (activity, _) => RemoveQueryParameters(activity)))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore.Identity", "Microsoft.AspNetCore.Authentication", "Microsoft.AspNetCore.Authorization"));

        if (endpoint is not null)
        {
            // The standard OTEL_EXPORTER_OTLP_* settings (protocol, headers, timeout) apply as usual;
            // Telemetry:OtlpEndpoint, when set, names the endpoint as OTEL_EXPORTER_OTLP_ENDPOINT would.
            var configured = configuration[OtlpEndpointKey] is { Length: > 0 };
            telemetry
                .WithTracing(tracing => tracing.AddOtlpExporter(options =>
                {
                    if (configured)
                    {
                        options.Endpoint = SignalEndpoint(endpoint, options.Protocol, "v1/traces");
                    }
                }))
                .WithMetrics(metrics => metrics.AddOtlpExporter(options =>
                {
                    if (configured)
                    {
                        options.Endpoint = SignalEndpoint(endpoint, options.Protocol, "v1/metrics");
                    }
                }));
        }

        return services;
    }

    /// <summary>
    /// Parameter values are never recorded, even if <c>OTEL_DOTNET_EXPERIMENTAL_EFCORE_ENABLE_TRACE_DB_QUERY_PARAMETERS</c>
    /// is switched on: they are what a plan's page looks a child up by.
    /// </summary>
    private static void RemoveQueryParameters(Activity activity)
    {
        foreach (var key in activity.TagObjects.Select(t => t.Key).Where(k => k.StartsWith("db.query.parameter.", StringComparison.Ordinal)).ToList())
        {
            activity.SetTag(key, null);
        }
    }

    /// <summary>An OTLP base endpoint for one signal: gRPC takes it as it is, HTTP adds the signal's path.</summary>
    private static Uri SignalEndpoint(Uri endpoint, OtlpExportProtocol protocol, string signalPath) =>
        protocol == OtlpExportProtocol.HttpProtobuf
            ? new Uri(endpoint.AbsoluteUri.TrimEnd('/') + "/" + signalPath)
            : endpoint;

    /// <summary>The OTLP endpoint configured, if any.</summary>
    public static Uri? OtlpEndpoint(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var text = configuration[OtlpEndpointKey] is { Length: > 0 } configured ? configured : configuration[StandardOtlpEndpointKey];
        return Uri.TryCreate(text, UriKind.Absolute, out var uri) ? uri : null;
    }
}

/// <summary>The service's own spans, around work the framework's instrumentation cannot see (drawing charts, counting figures).</summary>
public static class ServiceTelemetry
{
    public const string SourceName = "EhcpQa";

    public static readonly ActivitySource Source = new(SourceName);
}
