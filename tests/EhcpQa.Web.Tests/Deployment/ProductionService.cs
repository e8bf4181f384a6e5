using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace EhcpQa.Web.Tests.Deployment;

/// <summary>
/// The service as an authority runs it in production: environment Production, no demo data, the first
/// administrator from the bootstrap settings, served by Kestrel on loopback. Subclasses choose how it is
/// reached: behind a TLS-terminating proxy over plain HTTP, or over HTTPS with its own certificate.
/// </summary>
public abstract class ProductionService : IAsyncLifetime
{
    public const string AdministratorEmail = "first.administrator@authority.example";
    public const string AdministratorPassword = "First-Administrator-Pass-2026";

    protected ProductionService(IReadOnlyDictionary<string, string?> extraSettings, Action<KestrelServerOptions> kestrel)
    {
        DataPath = ServiceHost.NewDataPath();
        var settings = new Dictionary<string, string?>
        {
            ["Storage:DataPath"] = DataPath,
            ["Database:Provider"] = "Sqlite",
            ["Bootstrap:AdministratorEmail"] = AdministratorEmail,
            ["Bootstrap:AdministratorPassword"] = AdministratorPassword,
            ["Reports:Schedule"] = "false",
        };
        foreach (var (key, value) in extraSettings)
        {
            settings[key] = value;
        }

        Host = new ServiceHost("Production", settings, kestrel: kestrel);
    }

    public string DataPath { get; }

    public ServiceHost Host { get; }

    public async ValueTask InitializeAsync() => await Host.StartAsync();

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        ServiceHost.RemoveDataPath(DataPath);
        GC.SuppressFinalize(this);
    }

    /// <summary>A client that sends requests from the given loopback address (127.0.0.1 unless said), following no redirects.</summary>
    public static HttpClient ClientFrom(Uri baseAddress, string sourceAddress = "127.0.0.1", bool useCookies = false, X509Certificate2? trust = null)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = useCookies,
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                try
                {
                    socket.Bind(new IPEndPoint(IPAddress.Parse(sourceAddress), 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        if (trust is not null)
        {
            // Trust exactly the certificate the test made, as a browser trusts an authority's certificate.
            handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                certificate is not null && string.Equals(certificate.GetCertHashString(), trust.GetCertHashString(), StringComparison.Ordinal);
        }

        return new HttpClient(handler) { BaseAddress = baseAddress };
    }
}

/// <summary>
/// Production behind a TLS-terminating proxy at 127.0.0.1 (<c>ForwardedHeaders:KnownProxies</c>): the service
/// listens on plain HTTP only, so it knows no HTTPS port to redirect to.
/// </summary>
public sealed class ProductionBehindAProxy() : ProductionService(
    new Dictionary<string, string?> { ["ForwardedHeaders:KnownProxies"] = ProxyAddress },
    kestrel => kestrel.Listen(IPAddress.Loopback, 0))
{
    public const string ProxyAddress = "127.0.0.1";

    /// <summary>Another address on this machine that is not the proxy.</summary>
    public const string OtherAddress = "127.0.0.2";
}

/// <summary>Production served by Kestrel itself over HTTPS, with a certificate made for the test, and on HTTP beside it.</summary>
public sealed class ProductionOverHttps : ProductionService
{
    public ProductionOverHttps()
        : this(SelfSignedCertificate())
    {
    }

    private ProductionOverHttps(X509Certificate2 certificate)
        : base(new Dictionary<string, string?>(), kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate));
        })
    {
        Certificate = certificate;
    }

    public X509Certificate2 Certificate { get; }

    internal static X509Certificate2 SelfSignedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, critical: true));
        using var made = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));

        // Through PKCS#12, so the private key is usable by TLS on every platform.
        return X509CertificateLoader.LoadPkcs12(made.Export(X509ContentType.Pkcs12), null);
    }
}
