using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace EhcpQa.Web.Infrastructure.Security;

/// <summary>
/// Reads <c>X-Forwarded-Proto</c> and <c>X-Forwarded-For</c> from the proxies an authority trusts, so that a
/// request that reached a TLS-terminating proxy or load balancer over HTTPS is treated as HTTPS here, and logs
/// show the person's address rather than the proxy's. Only the listed proxies are believed: by default only
/// loopback (a proxy on the same machine). <c>ForwardedHeaders:KnownProxies</c> (addresses) and
/// <c>ForwardedHeaders:KnownNetworks</c> (CIDR ranges) replace that default; <c>ForwardedHeaders:ForwardLimit</c>
/// is how many proxies in a chain to read back through (1 by default). Values may be given as a list or as one
/// comma-separated value.
/// </summary>
public static class ForwardedHeadersSetup
{
    public const string Section = "ForwardedHeaders";

    public static IServiceCollection AddForwardedHeadersFromConfiguration(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var proxies = Values(section.GetSection("KnownProxies")).Select(Address).ToList();
        var networks = Values(section.GetSection("KnownNetworks")).Select(Network).ToList();
        var limit = section.GetValue<int?>("ForwardLimit");

        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            if (proxies.Count > 0 || networks.Count > 0)
            {
                options.KnownProxies.Clear();
                options.KnownIPNetworks.Clear();
                proxies.ForEach(options.KnownProxies.Add);
                networks.ForEach(options.KnownIPNetworks.Add);
            }

            if (limit is not null)
            {
                options.ForwardLimit = limit;
            }
        });
        return services;
    }

    private static IEnumerable<string> Values(IConfigurationSection section)
    {
        var listed = section.GetChildren().Select(child => child.Value).Append(section.Value);
        return listed
            .SelectMany(value => (value ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal);
    }

    private static IPAddress Address(string value) =>
        IPAddress.TryParse(value, out var address)
            ? address
            : throw new InvalidOperationException($"{Section}:KnownProxies has '{value}', which is not an IP address.");

    private static System.Net.IPNetwork Network(string value) =>
        System.Net.IPNetwork.TryParse(value, out var network)
            ? network
            : throw new InvalidOperationException($"{Section}:KnownNetworks has '{value}', which is not an IP address range such as 10.0.0.0/8.");
}
