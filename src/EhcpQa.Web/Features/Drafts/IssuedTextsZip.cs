using System.IO.Compression;
using EhcpQa.Web.Features.Drafts.Documents;

namespace EhcpQa.Web.Features.Drafts;

/// <summary>
/// A zip of issued plans' Word documents, each named with its plan's reference: checked as a whole before any
/// document in it is read (its size, that it is a zip, how many files it holds and how much they unpack to, no
/// password), then read a document at a time, each only up to <see cref="DraftDocumentCheck.MaxBytes"/>.
/// </summary>
public static class IssuedTextsZip
{
    /// <summary>The largest zip accepted: 50 MB.</summary>
    public const long MaxBytes = 50 * 1024 * 1024;

    /// <summary>The most files (entries, folders included) a zip may hold.</summary>
    public const int MaxEntries = 2000;

    /// <summary>The most the files of a zip may add up to once unpacked, as the zip declares them: 500 MB.</summary>
    public const long MaxUncompressedBytes = 500L * 1024 * 1024;

    public const string EmptyMessage = "The selected file is empty";
    public const string TooLargeMessage = "The selected file must be smaller than 50 MB";
    public const string NotZipMessage = "The selected file must be a zip file (.zip)";
    public const string NotReadableMessage = "The selected file is not a zip file that can be read. Make the zip again and upload it";
    public const string TooManyEntriesMessage = "The selected zip file must hold at most 2,000 files. Put the documents in more than one zip";
    public const string TooLargeUncompressedMessage = "The selected zip file must unpack to less than 500 MB. Put the documents in more than one zip";
    public const string PasswordProtectedMessage = "The selected zip file is password protected. Make the zip again without a password and upload it";
    public const string NoDocumentsMessage = "The selected zip file holds no documents";

    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] EmptyZipSignature = [0x50, 0x4B, 0x05, 0x06];

    /// <summary>
    /// Opens the zip after checking it as a whole; <paramref name="problem"/> says why it was refused (and null is
    /// returned). The caller disposes of the zip.
    /// </summary>
    public static ZipArchive? Open(byte[] content, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(content);
        problem = Check(content, out var zip);
        return zip;
    }

    /// <summary>The files of the zip that are documents: not folders, nor the hidden files that macOS and Word add.</summary>
    public static IReadOnlyList<ZipArchiveEntry> Documents(ZipArchive zip)
    {
        ArgumentNullException.ThrowIfNull(zip);
        return zip.Entries.Where(e => !IsHiddenOrFolder(e.FullName)).ToList();
    }

    /// <summary>The name of the file an entry holds, without the folders it is in.</summary>
    public static string FileNameOf(ZipArchiveEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var path = entry.FullName.Replace('\\', '/');
        return path[(path.LastIndexOf('/') + 1)..].Trim();
    }

    /// <summary>
    /// Reads an entry into memory, never more than <see cref="DraftDocumentCheck.MaxBytes"/>; null when it declares
    /// more, or holds more.
    /// </summary>
    /// <exception cref="InvalidDataException">The entry is damaged.</exception>
    public static MemoryStream? Read(ZipArchiveEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Length > DraftDocumentCheck.MaxBytes)
        {
            return null;
        }

        var content = new MemoryStream((int)entry.Length);
        using (var stream = entry.Open())
        {
            var buffer = new byte[81920];
            int count;
            while ((count = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (content.Length + count > DraftDocumentCheck.MaxBytes)
                {
                    content.Dispose();
                    return null;
                }

                content.Write(buffer, 0, count);
            }
        }

        content.Position = 0;
        return content;
    }

    private static string? Check(byte[] content, out ZipArchive? opened)
    {
        opened = null;
        if (content.Length == 0)
        {
            return EmptyMessage;
        }

        if (content.LongLength > MaxBytes)
        {
            return TooLargeMessage;
        }

        if (!content.AsSpan().StartsWith(ZipSignature) && !content.AsSpan().StartsWith(EmptyZipSignature))
        {
            return NotZipMessage;
        }

        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException)
        {
            return NotReadableMessage;
        }

        var problem = CheckEntries(zip);
        if (problem is not null)
        {
            zip.Dispose();
            return problem;
        }

        opened = zip;
        return null;
    }

    private static string? CheckEntries(ZipArchive zip)
    {
        try
        {
            var entries = zip.Entries;
            if (entries.Count > MaxEntries)
            {
                return TooManyEntriesMessage;
            }

            long declared = 0;
            foreach (var entry in entries)
            {
                declared += entry.Length;
                if (entry.Length < 0 || declared > MaxUncompressedBytes)
                {
                    return TooLargeUncompressedMessage;
                }
            }

            if (entries.Any(e => e.IsEncrypted))
            {
                return PasswordProtectedMessage;
            }

            return Documents(zip).Count == 0 ? NoDocumentsMessage : null;
        }
        catch (InvalidDataException)
        {
            return NotReadableMessage;
        }
    }

    private static bool IsHiddenOrFolder(string fullName)
    {
        var path = fullName.Replace('\\', '/');
        if (path.EndsWith('/'))
        {
            return true;
        }

        var segments = path.Split('/');
        var name = segments[^1].Trim();
        return name.Length == 0
            || name.StartsWith('.')
            || name.StartsWith("~$", StringComparison.Ordinal)
            || segments.Any(s => s.Equals("__MACOSX", StringComparison.OrdinalIgnoreCase));
    }
}
