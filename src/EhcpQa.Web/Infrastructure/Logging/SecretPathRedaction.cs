using EhcpQa.Web.Infrastructure.Security;
using Serilog.Core;
using Serilog.Events;

namespace EhcpQa.Web.Infrastructure.Logging;

/// <summary>
/// Replaces a secret path (<see cref="SecretPaths"/>) in any property of an event: not only the request log's own
/// <c>RequestPath</c>, but the one ASP.NET Core's request scope gives every event written while a family's survey
/// request is served, so no log line ever holds a working link.
/// </summary>
public sealed class SecretPathRedaction : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        List<LogEventProperty>? redacted = null;
        foreach (var (name, value) in logEvent.Properties)
        {
            if (value is ScalarValue { Value: string text } && text.StartsWith(SecretPaths.SurveyLink, StringComparison.OrdinalIgnoreCase))
            {
                (redacted ??= []).Add(new LogEventProperty(name, new ScalarValue(SecretPaths.Redact(text))));
            }
        }

        foreach (var property in redacted ?? [])
        {
            logEvent.AddOrUpdateProperty(property);
        }
    }
}
