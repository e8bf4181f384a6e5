using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Files;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.Drafts;

/// <summary>
/// Keeps the original files of uploaded drafts in the database (<c>StoredFiles</c>), so every instance of the
/// service can serve a file that another stored. A file stored before uploads moved into the database, and
/// not yet copied in (<see cref="EarlierUploads"/>), is read from the uploads folder. Each read checks the
/// content against the length and SHA-256 recorded when it was stored.
/// </summary>
public sealed class DatabaseDraftFileStore(IServiceScopeFactory scopes, DraftFileStore earlierFiles, TimeProvider clock) : IDraftFileStore
{
    public async Task<StoredDraftFile> SaveAsync(int planId, string originalFileName, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var key = DraftStorageKey.New(planId, DraftStorageKey.ExtensionFor(originalFileName));

        using var buffer = new MemoryStream();
        var copied = await DraftFileContent.CopyAsync(content, buffer, cancellationToken);

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EhcpQaDbContext>();
        db.StoredFiles.Add(new StoredFile(key, buffer.ToArray(), copied.Sha256, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return new StoredDraftFile(key, DraftFileStore.DisplayName(originalFileName), copied.Length, copied.Sha256);
    }

    /// <exception cref="InvalidDataException">The stored content no longer matches its length or SHA-256.</exception>
    public async Task<Stream> OpenReadAsync(string storageKey, CancellationToken cancellationToken = default)
    {
        DraftStorageKey.Check(storageKey);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EhcpQaDbContext>();
        var stored = await db.StoredFiles.AsNoTracking()
            .Where(f => f.Key == storageKey)
            .Select(f => new { f.Content, f.Length, f.Sha256 })
            .SingleOrDefaultAsync(cancellationToken);
        if (stored is null)
        {
            // Stored in the folder before uploads moved into the database; FileNotFoundException when not there either.
            return earlierFiles.OpenRead(storageKey);
        }

        var actual = DraftFileContent.Of(stored.Content);
        if (actual.Length != stored.Length || !string.Equals(actual.Sha256, stored.Sha256, StringComparison.Ordinal))
        {
            throw new InvalidDataException("The stored draft file does not match the length and SHA-256 recorded when it was stored.");
        }

        return new MemoryStream(stored.Content, writable: false);
    }

    public async Task DeleteAsync(string storageKey, CancellationToken cancellationToken = default)
    {
        DraftStorageKey.Check(storageKey);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EhcpQaDbContext>();
        await db.StoredFiles.Where(f => f.Key == storageKey).ExecuteDeleteAsync(cancellationToken);
        earlierFiles.Delete(storageKey);
    }
}
