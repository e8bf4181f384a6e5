using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using EhcpQa.Web.Infrastructure.Hosting;

namespace EhcpQa.Web.Features.Drafts;

/// <summary>
/// Keeps the original files of uploaded drafts in a folder (outside the web root), under
/// <c>plans/{planId}/{guid}.docx</c>: by default <c>uploads</c> in the data folder, or
/// <c>Storage:UploadsPath</c>, a folder every instance can reach. With <c>Storage:Uploads</c> = Database
/// (the default) <see cref="DatabaseDraftFileStore"/> is used instead and reads from here only files stored
/// before uploads moved into the database.
/// </summary>
public sealed partial class DraftFileStore : IDraftFileStore
{
    public const string FolderName = "uploads";

    /// <summary>The longest file name kept for display.</summary>
    public const int MaxDisplayNameLength = 200;

    private const string FallbackName = "draft-plan.docx";

    private readonly string _root;

    public DraftFileStore(DataFolder dataFolder)
        : this(dataFolder?.Subfolder(FolderName) ?? throw new ArgumentNullException(nameof(dataFolder)))
    {
    }

    /// <summary>A store in the given folder (created if missing).</summary>
    public DraftFileStore(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        _root = Path.GetFullPath(folder);
        Directory.CreateDirectory(_root);
    }

    /// <summary>The folder the files are kept in.</summary>
    public string Root => _root;

    /// <summary>
    /// Writes the content (from its current position) to a new file for the plan and returns what was stored.
    /// Content longer than <see cref="Documents.DraftDocumentCheck.MaxBytes"/> is refused with an
    /// <see cref="InvalidOperationException"/> and nothing is kept.
    /// </summary>
    public async Task<StoredDraftFile> SaveAsync(int planId, string originalFileName, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(planId);
        ArgumentNullException.ThrowIfNull(content);

        var key = DraftStorageKey.New(planId, DraftStorageKey.ExtensionFor(originalFileName));
        var path = FullPath(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var partial = path + ".partial";

        try
        {
            DraftFileContent copied;
            await using (var file = new FileStream(partial, WriteOptions()))
            {
                copied = await DraftFileContent.CopyAsync(content, file, cancellationToken);
                await file.FlushAsync(cancellationToken);
            }

            File.Move(partial, path);
            return new StoredDraftFile(key, DisplayName(originalFileName), copied.Length, copied.Sha256);
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
    public void Delete(string storageKey)
    {
        var path = FullPath(storageKey);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    public Task<Stream> OpenReadAsync(string storageKey, CancellationToken cancellationToken = default) =>
        Task.FromResult(OpenRead(storageKey));

    public Task DeleteAsync(string storageKey, CancellationToken cancellationToken = default)
    {
        Delete(storageKey);
        return Task.CompletedTask;
    }

    /// <summary>When the file under the key was written (its last write time).</summary>
    public DateTimeOffset StoredAt(string storageKey) => new(File.GetLastWriteTimeUtc(FullPath(storageKey)), TimeSpan.Zero);

    /// <summary>The keys of the files in the folder, in the store's own form (files it did not make are left out).</summary>
    public IEnumerable<string> Keys()
    {
        var plans = Path.Combine(_root, "plans");
        if (!Directory.Exists(plans))
        {
            return [];
        }

        return Directory.EnumerateFiles(plans, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(_root, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(DraftStorageKey.IsWellFormed)
            .Order(StringComparer.Ordinal);
    }

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
        DraftStorageKey.Check(storageKey);

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
}
