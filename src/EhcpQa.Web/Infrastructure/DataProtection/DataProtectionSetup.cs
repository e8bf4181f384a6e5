using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using EhcpQa.Web.Infrastructure.Hosting;
using EhcpQa.Web.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption;
using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption.ConfigurationModel;

namespace EhcpQa.Web.Infrastructure.DataProtection;

/// <summary>
/// Where the data protection key ring is kept. The keys protect sign-in cookies, antiforgery tokens, TempData
/// and the token of an uploaded draft, so every instance behind a load balancer must read the same ring: by
/// default it is kept in the database (<c>DataProtectionKeys</c>); <c>DataProtection:KeysPath</c> keeps it in
/// a folder instead, which must then be one folder shared by every instance. With a certificate configured
/// (<c>DataProtection:Certificate:Path</c>, a .pfx with its private key, and <c>:Password</c>), every new key is
/// kept encrypted with it; earlier certificates (<c>DataProtection:PreviousCertificates:0:Path</c>, ...) still
/// open the keys they encrypted, so a certificate can be replaced without signing everyone out.
/// </summary>
public static class DataProtectionSetup
{
    public const string KeysPathSetting = "DataProtection:KeysPath";

    /// <summary>Where earlier versions kept the keys by default, inside the data folder.</summary>
    public const string EarlierKeysFolderName = "keys";

    /// <summary>The application name that isolates this service's protected values; the same on every instance.</summary>
    public const string ApplicationName = "EhcpQa";

    public static IServiceCollection AddSharedDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        // AES-256-GCM rather than the default AES-256-CBC with HMAC: authenticated encryption in one pass, about
        // half the work for the sign-in cookie and the antiforgery tokens every signed-in page reads and writes.
        // Keys made before keep their own algorithm until they expire.
        var builder = services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .UseCryptographicAlgorithms(new AuthenticatedEncryptorConfiguration
            {
                EncryptionAlgorithm = EncryptionAlgorithm.AES_256_GCM,
                ValidationAlgorithm = ValidationAlgorithm.HMACSHA256,
            });
        if (KeysFolder(configuration) is { } folder)
        {
            builder.PersistKeysToFileSystem(new DirectoryInfo(folder));
        }
        else
        {
            builder.PersistKeysToDbContext<EhcpQaDbContext>();
        }

        if (CertificateFrom(configuration.GetSection(CertificateSection)) is { } certificate)
        {
            var previous = configuration.GetSection("DataProtection:PreviousCertificates").GetChildren()
                .Select(CertificateFrom).OfType<X509Certificate2>();
            builder.ProtectKeysWithCertificate(certificate);
            builder.UnprotectKeysWithAnyCertificate([certificate, .. previous]);
        }

        services.AddScoped<SharedKeyRing>();
        return services;
    }

    public const string CertificateSection = "DataProtection:Certificate";

    /// <summary>Whether a certificate to encrypt the keys with is configured.</summary>
    public static bool HasCertificate(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{CertificateSection}:Path"]);

    /// <summary>The certificate a section names (<c>Path</c> of a .pfx, <c>Password</c>); null when it names none.</summary>
    /// <exception cref="InvalidOperationException">The file is missing, cannot be opened, or holds no private key.</exception>
    private static X509Certificate2? CertificateFrom(IConfigurationSection section)
    {
        if (section["Path"] is not { Length: > 0 } path)
        {
            return null;
        }

        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{section.Path}:Path names {path}, which does not exist. Give the path of a .pfx file holding the certificate and its private key.");
        }

        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, section["Password"], X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (CryptographicException failure)
        {
            throw new InvalidOperationException($"{section.Path}:Path names {path}, which could not be opened with the password given ({failure.Message}).", failure);
        }

        if (!certificate.HasPrivateKey)
        {
            throw new InvalidOperationException($"The certificate in {path} ({section.Path}) has no private key, so the keys it encrypts could not be read again.");
        }

        return certificate;
    }

    /// <summary>The configured keys folder; null when the keys are kept in the database.</summary>
    public static string? KeysFolder(IConfiguration configuration) =>
        configuration[KeysPathSetting] is { Length: > 0 } path ? path : null;

    /// <summary>The folder where an earlier version kept the keys when no keys folder was configured.</summary>
    public static string EarlierKeysFolder(DataFolder dataFolder) => Path.Combine(dataFolder.Path, EarlierKeysFolderName);
}
