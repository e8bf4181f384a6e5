using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Files;
using EhcpQa.Web.Persistence.Seeding;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.Drafts;

/// <summary>
/// Copies draft files stored in the uploads folder (before uploads moved into the database) into the
/// database, so that every instance can serve them. Run at start, on one instance at a time; a file already
/// in the database is left alone, so running it again copies only what is new. The files stay in the folder:
/// nothing is deleted, and an administrator may remove the folder once its files are in the database.
/// </summary>
public sealed class EarlierUploads(EhcpQaDbContext db, DraftFileStore folder, IConfiguration configuration, ILogger<EarlierUploads> logger) : IStartUpStep
{
    /// <summary>Copies earlier uploads at start when uploads are kept in the database.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (DraftDocumentsSetup.UsesDatabase(configuration))
        {
            await ImportAsync(cancellationToken);
        }
    }

    private const int BatchSize = 100;

    /// <summary>Copies the folder's files that the database lacks; returns how many were copied.</summary>
    public async Task<int> ImportAsync(CancellationToken cancellationToken)
    {
        var copied = 0;
        foreach (var batch in folder.Keys().Chunk(BatchSize))
        {
            var present = await db.StoredFiles.Where(f => batch.Contains(f.Key)).Select(f => f.Key).ToListAsync(cancellationToken);
            foreach (var key in batch.Except(present, StringComparer.Ordinal))
            {
                using var buffer = new MemoryStream();
                try
                {
                    await using var file = folder.OpenRead(key);
                    await DraftFileContent.CopyAsync(file, buffer, cancellationToken);
                }
                catch (InvalidOperationException)
                {
                    // Larger than any upload the service accepts: not one it stored. It stays in the folder.
                    logger.LogWarning("Draft file {StorageKey} is over the size limit and was not copied into the database", key);
                    continue;
                }

                var bytes = buffer.ToArray();
                db.StoredFiles.Add(new StoredFile(key, bytes, DraftFileContent.Of(bytes).Sha256, folder.StoredAt(key)));
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
                copied++;
            }
        }

        if (copied > 0)
        {
            logger.LogInformation("Copied {Count} earlier draft files from the uploads folder into the database; the files stay in {Folder}", copied, folder.Root);
        }

        return copied;
    }
}
