using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using EhcpQa.Web.Infrastructure.Hosting;

namespace EhcpQa.Web.Features.Drafts;

/// <summary>
/// An uploaded draft as stored. <see cref="StorageKey"/> is the path under the uploads folder
/// ("plans/12/3f2b….docx"), made by the store and never from the uploader's file name; <see cref="OriginalFileName"/>
/// is the uploader's file name, cleaned for display only; <see cref="Sha256"/> is the file's SHA-256 in lower-case hex.
/// </summary>
public sealed record StoredDraftFile(string StorageKey, string OriginalFileName, long Length, string Sha256);

/// <summary>
/// Keeps the original files of uploaded drafts in the data folder (outside the web root), under
/// <c>uploads/plans/{planId}/{guid}.docx</c>.
/// </summary>
public sealed partial class DraftFileStore
{
    public const string FolderName = "uploads";

    /// <summary>The longest file name kept for display.</summary>
    public const int MaxDisplayNameLength = 200;

    private const string FallbackName = "draft-plan.docx";

    private readonly string _root;

    public DraftFileStore(DataFolder dataFolder)
    {
        ArgumentNullException.ThrowIfNull(dataFolder);
        _root = Path.GetFullPath(dataFolder.Subfolder(FolderName));
    }

    /// <summary>
    /// Writes the content (from its current position) to a new file for the plan and returns what was stored.
    /// Content longer than <see cref="DraftDocumentCheck.MaxBytes"/> is refused with an
    /// <see cref="InvalidOperationException"/> and nothing is kept.
    /// </summary>
    public async Task<StoredDraftFile> SaveAsync(int planId, string originalFileName, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(planId);
        ArgumentNullException.ThrowIfNull(content);

        var key = $"plans/{planId.ToString(CultureInfo.InvariantCulture)}/{Guid.NewGuid():N}.docx";
        var path = FullPath(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var partial = path + ".partial";

        try
        {
            long length = 0;
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            await using (var file = new FileStream(partial, WriteOptions()))
            {
                var buffer = new byte[81920];
                int count;
                while ((count = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    length += count;
                    if (length > DraftDocumentCheck.MaxBytes)
                    {
                        throw new InvalidOperationException($"A draft file must be at most {DraftDocumentCheck.MaxBytes} bytes.");
                    }

                    hash.AppendData(buffer, 0, count);
                    await file.WriteAsync(buffer.AsMemory(0, count), cancellationToken);
                }

                await file.FlushAsync(cancellationToken);
            }

            File.Move(partial, path);
            return new StoredDraftFile(key, DisplayName(originalFileName), length, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
        catch
        {
            File.Delete(partial);
            throw;
        }
    }

    /// <summary>Opens a stored file for reading.</summary>
    /// <exception cref="ArgumentException">The key is not one this store makes, or points outside the uploads folder.</exception>
    /// <exception cref="FileNotFoundException">No file is stored under the key.</exception>
    public Stream OpenRead(string storageKey)
    {
        var path = FullPath(storageKey);
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous);
        }
        catch (DirectoryNotFoundException exception)
        {
            throw new FileNotFoundException("No draft file is stored under the key.", storageKey, exception);
        }
    }

    /// <summary>Removes a stored file, for example when saving the plan version that refers to it failed.</summary>
    /// <exception cref="ArgumentException">The key is not one this store makes, or points outside the uploads folder.</exception>
    public void Delete(string storageKey) => File.Delete(FullPath(storageKey));

    /// <summary>
    /// The uploader's file name made safe to show: no folders, no control or formatting characters (such as the
    /// right-to-left override that disguises "plan\u202Excod.docx"), at most <see cref="MaxDisplayNameLength"/>
    /// characters keeping the extension.
    /// </summary>
    public static string DisplayName(string? originalFileName)
    {
        var name = (originalFileName ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];

        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned)
            {
                continue;
            }

            builder.Append(char.IsWhiteSpace(c) ? ' ' : c);
        }

        name = Spaces().Replace(builder.ToString(), " ").Trim().TrimStart('.');
        if (name.Length > MaxDisplayNameLength)
        {
            var extension = Path.GetExtension(name);
            extension = extension.Length <= 10 ? extension : "";
            name = name[..(MaxDisplayNameLength - extension.Length)].TrimEnd() + extension;
        }

        return name.Length == 0 ? FallbackName : name;
    }

    /// <summary>The file for a key: only keys of the form this store makes, and only inside the uploads folder.</summary>
    private string FullPath(string storageKey)
    {
        if (string.IsNullOrEmpty(storageKey) || !StorageKeyFormat().IsMatch(storageKey))
        {
            throw new ArgumentException("The storage key is not one this store made.", nameof(storageKey));
        }

        var path = Path.GetFullPath(Path.Combine(_root, storageKey));
        var comparison = OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (!path.StartsWith(_root + Path.DirectorySeparatorChar, comparison))
        {
            throw new ArgumentException("The storage key points outside the uploads folder.", nameof(storageKey));
        }

        return path;
    }

    private static FileStreamOptions WriteOptions()
    {
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            Share = FileShare.None,
            Options = FileOptions.Asynchronous,
        };
        if (!OperatingSystem.IsWindows())
        {
            // Plans hold special category data: only the service's own account may read the files.
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return options;
    }

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\Aplans/[1-9][0-9]{0,9}/[0-9a-f]{32}\.docx\z", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex StorageKeyFormat();
}
