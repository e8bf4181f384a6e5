namespace EhcpQa.Web.Features.Drafts;

/// <summary>
/// An uploaded draft as stored. <see cref="StorageKey"/> is the file's key ("plans/12/3f2b….docx"), made by the
/// store and never from the uploader's file name; <see cref="OriginalFileName"/> is the uploader's file name,
/// cleaned for display only; <see cref="Sha256"/> is the file's SHA-256 in lower-case hex.
/// </summary>
public sealed record StoredDraftFile(string StorageKey, string OriginalFileName, long Length, string Sha256);

/// <summary>
/// Where the original files of uploaded drafts are kept: in the database (<see cref="DatabaseDraftFileStore"/>,
/// the default, so that any instance serves what another stored) or in a folder (<see cref="DraftFileStore"/>).
/// <c>Storage:Uploads</c> chooses.
/// </summary>
public interface IDraftFileStore
{
    /// <summary>
    /// Stores the content (from its current position) as a new file for the plan and returns what was stored.
    /// Content longer than <see cref="Documents.DraftDocumentCheck.MaxBytes"/> is refused with an
    /// <see cref="InvalidOperationException"/> and nothing is kept.
    /// </summary>
    Task<StoredDraftFile> SaveAsync(int planId, string originalFileName, Stream content, CancellationToken cancellationToken = default);

    /// <summary>Opens a stored file for reading.</summary>
    /// <exception cref="ArgumentException">The key is not one the store makes.</exception>
    /// <exception cref="FileNotFoundException">No file is stored under the key.</exception>
    Task<Stream> OpenReadAsync(string storageKey, CancellationToken cancellationToken = default);

    /// <summary>Removes a stored file.</summary>
    /// <exception cref="ArgumentException">The key is not one the store makes.</exception>
    Task DeleteAsync(string storageKey, CancellationToken cancellationToken = default);
}
