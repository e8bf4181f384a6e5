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
/// a folder instead, which must then be one folder shared by every instance.
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

        services.AddScoped<SharedKeyRing>();
        return services;
    }

    /// <summary>The configured keys folder; null when the keys are kept in the database.</summary>
    public static string? KeysFolder(IConfiguration configuration) =>
        configuration[KeysPathSetting] is { Length: > 0 } path ? path : null;

    /// <summary>The folder where an earlier version kept the keys when no keys folder was configured.</summary>
    public static string EarlierKeysFolder(DataFolder dataFolder) => Path.Combine(dataFolder.Path, EarlierKeysFolderName);
}
