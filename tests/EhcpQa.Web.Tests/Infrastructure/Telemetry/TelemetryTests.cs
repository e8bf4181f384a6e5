using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using EhcpQa.Web.Infrastructure.Telemetry;
using EhcpQa.Web.Persistence.Seeding;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Serilog.Core;
using Serilog.Events;

namespace EhcpQa.Web.Tests.Infrastructure.Telemetry;

/// <summary>
/// The real application with its telemetry switched on and every span, metric and log event kept in memory:
/// the exporters are added through the same registration hooks an operations team would use, no demo data.
/// </summary>
public sealed class TelemetryApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "ehcpqa-tests", Guid.NewGuid().ToString("N"));

    public TelemetryApp()
    {
        ClientOptions.BaseAddress = new Uri("https://ehcpqa.test");
        ClientOptions.AllowAutoRedirect = false;
    }

    public List<Activity> Spans { get; } = [];

    public List<Metric> Metrics { get; } = [];

    public ConcurrentQueue<LogEvent> Events { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:DataPath", _dataPath);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Reports:Schedule", "false");
        builder.UseSetting("Demo:Seed", "false");
        builder.UseSetting(TelemetrySetup.EnabledKey, "true");
        builder.ConfigureServices(services =>
        {
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(Spans));
            services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(Metrics));
            services.AddSingleton<ILogEventSink>(new CollectingSink(Events));

            // A pooled context decides whether anyone listens to its commands at most once a second (EF
            // Core's logging cache), and the contexts that migrated the database decided before the
            // telemetry started: without this, a test's first second of requests would go unrecorded.
            services.ConfigureDbContext<EhcpQa.Web.Persistence.SqliteEhcpQaDbContext>(options => options.ConfigureLoggingCacheTime(TimeSpan.Zero));
        });
    }

    public async ValueTask InitializeAsync()
    {
        _ = Server;
        await Services.GetRequiredService<DatabaseReadiness>().Ready.WaitAsync(TimeSpan.FromMinutes(2));
    }

    /// <summary>The lines of the JSON log files written so far.</summary>
    public List<string> LogLines()
    {
        var folder = Path.Combine(_dataPath, "logs");
        return Directory.EnumerateFiles(folder).SelectMany(file =>
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd().Split('\n');
        }).ToList();
    }

    /// <summary>
    /// The spans of the trace (which the test started by sending its traceparent) whose server span has this
    /// method and route, once that span has ended. ASP.NET Core's and EF Core's sources are shared by every
    /// host in the test process, so other tests' requests are recorded too.
    /// </summary>
    public async Task<(Activity Server, List<Activity> All)> TraceOfAsync(ActivityTraceId traceId, string method, string route)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            Services.GetRequiredService<TracerProvider>().ForceFlush();
            Activity[] spans;
            lock (Spans)
            {
                spans = [.. Spans];
            }

            var trace = spans.Where(s => s.TraceId == traceId).ToList();
            var server = trace.LastOrDefault(s => s.Kind == ActivityKind.Server
                && Equals(s.GetTagItem("http.route"), route) && Equals(s.GetTagItem("http.request.method"), method));
            if (server is not null)
            {
                return (server, trace);
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"No server span for {method} {route} in trace {traceId}");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataPath, recursive: true);
        }
        catch (IOException)
        {
            // A log file may still be held open for a moment; the temp folder is cleared by the OS.
        }
    }

    private sealed class CollectingSink(ConcurrentQueue<LogEvent> events) : ILogEventSink
    {
        public void Emit(LogEvent logEvent) => events.Enqueue(logEvent);
    }
}

/// <summary>
/// A request is traced with its route and its database commands (parameterised, no values), measured by route,
/// and its log events carry its trace id; nothing from the address's query string reaches a span.
/// </summary>
public sealed class TelemetryTests(TelemetryApp app) : IClassFixture<TelemetryApp>
{
    private const string Unknown = "nobody-telemetry@ehcpqa.test";

    [Fact]
    public async Task SigningIn_IsTracedWithItsRouteAndItsDatabaseCommands_WithoutValues()
    {
        var traceId = await SignInAsUnknownAsync();

        var (server, spans) = await app.TraceOfAsync(traceId, "POST", "account/sign-in");

        var resource = app.Services.GetRequiredService<TracerProvider>().GetResource();
        Assert.Contains(resource.Attributes, a => a.Key == "service.name" && Equals(a.Value, TelemetrySetup.ServiceName));
        var commands = spans.Where(s => s.Source.Name.Contains("EntityFrameworkCore", StringComparison.Ordinal) && IsBelow(s, server, spans)).ToList();
        Assert.NotEmpty(commands);
        Assert.Contains(commands, c => (c.GetTagItem("db.query.text") ?? c.GetTagItem("db.statement")) is string text && text.Contains("AspNetUsers", StringComparison.Ordinal));
        Assert.All(spans.SelectMany(s => s.TagObjects), tag =>
        {
            Assert.False(tag.Key.StartsWith("db.query.parameter", StringComparison.Ordinal), tag.Key);
            Assert.DoesNotContain(Unknown.ToUpperInvariant(), Convert.ToString(tag.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public async Task TheQueryString_NeverReachesASpan()
    {
        var client = app.CreateClient();
        var traceId = Traced(client);

        var response = await client.GetAsync(new Uri("/account/sign-in?returnUrl=%2Fplans%3Freference%3DEHC-SECRET-7", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (server, spans) = await app.TraceOfAsync(traceId, "GET", "account/sign-in");
        Assert.Null(server.GetTagItem("url.query"));
        Assert.All(spans.SelectMany(s => s.TagObjects), tag =>
            Assert.DoesNotContain("SECRET", Convert.ToString(tag.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ASurveyLinksToken_NeverReachesASpan()
    {
        var client = app.CreateClient();
        var traceId = Traced(client);

        var response = await client.GetAsync(new Uri("/survey/SECRETTOKEN-4f2a", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var (server, spans) = await app.TraceOfAsync(traceId, "GET", "survey/{token}");
        Assert.Equal("/survey/{token}", server.GetTagItem("url.path"));
        Assert.All(spans.SelectMany(s => s.TagObjects), tag =>
            Assert.DoesNotContain("SECRETTOKEN", Convert.ToString(tag.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RequestDuration_IsMeasuredByRoute()
    {
        await SignInAsUnknownAsync();

        app.Services.GetRequiredService<MeterProvider>().ForceFlush();

        Metric[] metrics;
        lock (app.Metrics)
        {
            metrics = [.. app.Metrics];
        }

        var routes = metrics.Where(m => m.Name == "http.server.request.duration")
            .SelectMany(m => Points(m))
            .Select(p => Tag(p, "http.route"))
            .ToList();
        Assert.Contains("account/sign-in", routes);
    }

    [Fact]
    public async Task LogEvents_CarryTheTraceIdOfTheirRequest()
    {
        var traceId = await SignInAsUnknownAsync();
        var (server, _) = await app.TraceOfAsync(traceId, "POST", "account/sign-in");

        var requestLog = await EventuallyAsync(() => app.Events.FirstOrDefault(e =>
            e.MessageTemplate.Text.StartsWith("HTTP ", StringComparison.Ordinal) && e.TraceId == server.TraceId),
            () => string.Join("\n", app.Events.Select(e => $"{e.TraceId} {e.MessageTemplate.Text}")) + $"\nwanted {server.TraceId}");

        Assert.Equal(server.TraceId, requestLog.TraceId);
        Assert.NotNull(requestLog.SpanId);
        var fileLine = await EventuallyAsync(
            () => app.LogLines().FirstOrDefault(l => l.Contains($"\"@tr\":\"{server.TraceId}\"", StringComparison.Ordinal) && l.Contains("HTTP {RequestMethod}", StringComparison.Ordinal)),
            () => "no request line with the trace id in the log file");
        Assert.Contains("/account/sign-in", fileLine, StringComparison.Ordinal);
    }

    /// <summary>Signs in with an address no account has (the database is read), in a trace of the test's own.</summary>
    private async Task<ActivityTraceId> SignInAsUnknownAsync()
    {
        var http = app.CreateClient();
        var traceId = Traced(http);
        var client = new SignedInClient(http);
        var response = await client.PostFormAsync("/account/sign-in", new Dictionary<string, string>
        {
            ["Email"] = Unknown,
            ["Password"] = "Not-The-Password-1",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return traceId;
    }

    /// <summary>Every request of the client continues a new trace, as a caller's traceparent makes it.</summary>
    private static ActivityTraceId Traced(HttpClient client)
    {
        var traceId = ActivityTraceId.CreateRandom();
        client.DefaultRequestHeaders.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        return traceId;
    }

    private static bool IsBelow(Activity span, Activity ancestor, List<Activity> spans)
    {
        var parent = span.ParentSpanId;
        for (var depth = 0; depth < 20 && parent != default; depth++)
        {
            if (parent == ancestor.SpanId)
            {
                return true;
            }

            parent = spans.FirstOrDefault(s => s.SpanId == parent)?.ParentSpanId ?? default;
        }

        return false;
    }

    private static List<MetricPoint> Points(Metric metric)
    {
        var points = new List<MetricPoint>();
        foreach (ref readonly var point in metric.GetMetricPoints())
        {
            points.Add(point);
        }

        return points;
    }

    private static string? Tag(MetricPoint point, string key)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == key)
            {
                return tag.Value as string;
            }
        }

        return null;
    }

    private static async Task<T> EventuallyAsync<T>(Func<T?> find, Func<string> explain) where T : class
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (find() is { } found)
            {
                return found;
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException("Not found in time: " + explain());
    }
}

/// <summary>Without an OTLP endpoint (or Telemetry:Enabled) nothing is collected; an endpoint switches traces and metrics on.</summary>
public sealed class TelemetrySetupTests
{
    [Fact]
    public void WithoutAnEndpoint_NothingIsRegistered()
    {
        using var provider = Services([]).BuildServiceProvider();

        Assert.Null(provider.GetService<TracerProvider>());
        Assert.Null(provider.GetService<MeterProvider>());
    }

    [Theory]
    [InlineData(TelemetrySetup.OtlpEndpointKey)]
    [InlineData(TelemetrySetup.StandardOtlpEndpointKey)]
    public void AnEndpoint_SwitchesTracesAndMetricsOn(string key)
    {
        using var provider = Services(new() { [key] = "http://127.0.0.1:4317" }).BuildServiceProvider();

        Assert.NotNull(provider.GetService<TracerProvider>());
        Assert.NotNull(provider.GetService<MeterProvider>());
        Assert.Equal(new Uri("http://127.0.0.1:4317"), TelemetrySetup.OtlpEndpoint(provider.GetRequiredService<IConfiguration>()));
    }

    private static ServiceCollection Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddEhcpQaTelemetry(configuration, new TestEnvironment());
        return services;
    }

    private sealed class TestEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";

        public string ApplicationName { get; set; } = "EhcpQa.Web";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
