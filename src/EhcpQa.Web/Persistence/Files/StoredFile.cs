using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Persistence.Files;

/// <summary>
/// A file kept in the database (an uploaded draft plan), so that every instance of the service can serve
/// what any other stored. The key is made by the store that saved it; the length and SHA-256 are those
/// of <see cref="Content"/> when it was saved, and are checked again whenever it is read.
/// </summary>
public sealed class StoredFile
{
    public const int MaxKeyLength = 100;

    public StoredFile(string key, byte[] content, string sha256, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(content);
        Key = key;
        Content = content;
        Length = content.LongLength;
        Sha256 = sha256;
        CreatedAt = createdAt;
    }

    public string Key { get; private set; }

    public byte[] Content { get; private set; }

    public long Length { get; private set; }

    /// <summary>The SHA-256 of the content, in lower-case hex.</summary>
    public string Sha256 { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}

/// <summary>Files kept in the database by key: kept with their SHA-256, read back checked against it, removed when never used.</summary>
public static class StoredFiles
{
    /// <summary>A file to keep under a key, with its SHA-256 worked out.</summary>
    public static StoredFile Of(string key, byte[] content, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new StoredFile(key, content, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)), at);
    }

    /// <summary>The content kept under the key; null when none is.</summary>
    /// <exception cref="InvalidDataException">The content no longer matches the SHA-256 recorded when it was kept.</exception>
    public static async Task<byte[]?> ReadAsync(EhcpQaDbContext db, string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var stored = await db.StoredFiles.AsNoTracking()
            .Where(f => f.Key == key)
            .Select(f => new { f.Content, f.Sha256 })
            .SingleOrDefaultAsync(cancellationToken);
        if (stored is null)
        {
            return null;
        }

        if (!string.Equals(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stored.Content)), stored.Sha256, StringComparison.Ordinal))
        {
            throw new InvalidDataException("The stored file does not match the SHA-256 recorded when it was stored.");
        }

        return stored.Content;
    }

    /// <summary>Removes the files under a key prefix stored before a time; returns how many went.</summary>
    public static Task<int> RemoveStoredBeforeAsync(EhcpQaDbContext db, string keyPrefix, DateTimeOffset storedBefore, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrEmpty(keyPrefix);
        return db.StoredFiles.Where(f => f.Key.StartsWith(keyPrefix) && f.CreatedAt < storedBefore).ExecuteDeleteAsync(cancellationToken);
    }
}
