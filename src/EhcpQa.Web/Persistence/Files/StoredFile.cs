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

/// <summary>Removing stored files that were never used.</summary>
public static class StoredFileRemoval
{
    /// <summary>Removes the files under a key prefix stored before a time; returns how many went.</summary>
    public static Task<int> RemoveStoredBeforeAsync(EhcpQaDbContext db, string keyPrefix, DateTimeOffset storedBefore, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrEmpty(keyPrefix);
        return db.StoredFiles.Where(f => f.Key.StartsWith(keyPrefix) && f.CreatedAt < storedBefore).ExecuteDeleteAsync(cancellationToken);
    }
}
