using System.Xml.Linq;
using EhcpQa.Web.Infrastructure.Hosting;
using EhcpQa.Web.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Infrastructure.DataProtection;

/// <summary>
/// Readies the key ring at start, on one instance at a time (under the start-up lease): copies the key files
/// an earlier version kept in <c>&lt;data&gt;/keys</c> into the database, so people signed in before the upgrade
/// stay signed in, then makes sure the ring has a current key, so instances that start together share one key
/// rather than each making its own.
/// </summary>
public sealed class SharedKeyRing(
    EhcpQaDbContext db,
    IConfiguration configuration,
    DataFolder dataFolder,
    IDataProtectionProvider protection,
    ILogger<SharedKeyRing> logger)
{
    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        if (DataProtectionSetup.KeysFolder(configuration) is null)
        {
            await ImportEarlierKeyFilesAsync(cancellationToken);
        }

        // Reads the ring, and creates and stores the first key if there is none.
        protection.CreateProtector("EhcpQa.KeyRing.Ready").Protect([1]);
    }

    /// <summary>Copies key files (and revocations) the database lacks; returns how many. The files are left where they are.</summary>
    public async Task<int> ImportEarlierKeyFilesAsync(CancellationToken cancellationToken)
    {
        var folder = DataProtectionSetup.EarlierKeysFolder(dataFolder);
        if (!Directory.Exists(folder))
        {
            return 0;
        }

        var known = (await db.DataProtectionKeys.Select(k => k.FriendlyName).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var copied = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*.xml").Order(StringComparer.Ordinal))
        {
            // The file system repository names each file after the element's friendly name, as the database one stores it.
            var name = Path.GetFileNameWithoutExtension(file);
            if (known.Contains(name))
            {
                continue;
            }

            XElement element;
            try
            {
                element = XElement.Load(file);
            }
            catch (System.Xml.XmlException failure)
            {
                logger.LogWarning(failure, "Data protection key file {File} is not XML and was not copied", Path.GetFileName(file));
                continue;
            }

            db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = name, Xml = element.ToString(SaveOptions.DisableFormatting) });
            copied++;
        }

        if (copied > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Copied {Count} data protection key files from {Folder} into the database, so earlier sign-ins stay valid", copied, folder);
        }

        return copied;
    }
}
