using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Deployment;

/// <summary>
/// With a certificate configured, the data protection keys are kept in the database encrypted with it (no key in
/// the clear), and the service reads them back; a certificate that is missing or cannot be opened stops the
/// service starting with a message naming the setting.
/// </summary>
public sealed class KeysEncryptedWithACertificateTests
{
    [Fact]
    public async Task EveryKey_IsKeptEncryptedWithTheCertificate_AndStillOpens()
    {
        var dataPath = ServiceHost.NewDataPath();
        var pfx = Path.Combine(dataPath, "keys.pfx");
        await File.WriteAllBytesAsync(pfx, Certificate("keys-certificate-password"));
        try
        {
            await using var host = new ServiceHost("Testing", Settings(dataPath, pfx, "keys-certificate-password"));
            await host.StartAsync();

            var keys = await host.WithDatabaseAsync(db => db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml).ToListAsync());
            Assert.NotEmpty(keys);
            Assert.All(keys, xml =>
            {
                Assert.Contains("encryptedSecret", xml, StringComparison.Ordinal);
                Assert.Contains("X509Data", xml, StringComparison.Ordinal);
                Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
            });
            var protector = Microsoft.AspNetCore.DataProtection.DataProtectionCommonExtensions.GetDataProtector(host.Services, "test");
            Assert.Equal("kept safe", Microsoft.AspNetCore.DataProtection.DataProtectionCommonExtensions.Unprotect(protector,
                Microsoft.AspNetCore.DataProtection.DataProtectionCommonExtensions.Protect(protector, "kept safe")));
        }
        finally
        {
            ServiceHost.RemoveDataPath(dataPath);
        }
    }

    [Theory]
    [InlineData("missing.pfx", "any", "does not exist")]
    [InlineData("keys.pfx", "the wrong password", "could not be opened")]
    public async Task ACertificateThatCannotBeUsed_StopsTheServiceStarting_NamingTheSetting(string file, string password, string message)
    {
        var dataPath = ServiceHost.NewDataPath();
        await File.WriteAllBytesAsync(Path.Combine(dataPath, "keys.pfx"), Certificate("keys-certificate-password"));
        try
        {
            await using var host = new ServiceHost("Testing", Settings(dataPath, Path.Combine(dataPath, file), password));

            var refused = await Assert.ThrowsAnyAsync<Exception>(host.StartAsync);

            var reason = refused as InvalidOperationException ?? refused.InnerException as InvalidOperationException;
            Assert.NotNull(reason);
            Assert.Contains("DataProtection:Certificate:Path", reason.Message, StringComparison.Ordinal);
            Assert.Contains(message, reason.Message, StringComparison.Ordinal);
        }
        finally
        {
            ServiceHost.RemoveDataPath(dataPath);
        }
    }

    private static Dictionary<string, string?> Settings(string dataPath, string pfx, string password) => new()
    {
        ["Storage:DataPath"] = dataPath,
        ["Database:Provider"] = "Sqlite",
        ["Reports:Schedule"] = "false",
        ["DataProtection:Certificate:Path"] = pfx,
        ["DataProtection:Certificate:Password"] = password,
    };

    private static byte[] Certificate(string password)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=EhcpQa data protection", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var made = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        return made.Export(X509ContentType.Pfx, password);
    }
}
