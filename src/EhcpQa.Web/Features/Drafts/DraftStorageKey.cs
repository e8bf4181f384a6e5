using System.Globalization;
using System.Text.RegularExpressions;

namespace EhcpQa.Web.Features.Drafts;

/// <summary>
/// The keys of stored draft files, "plans/{planId}/{32 hex digits}.docx" (or .pdf): made by the store, the same in the
/// database and in a folder, so a file keeps its key when it moves from one to the other.
/// </summary>
public static partial class DraftStorageKey
{
    /// <summary>How every key of a draft file starts.</summary>
    public const string Prefix = "plans/";

    /// <summary>A new key for a file of the plan: a Word document unless <paramref name="extension"/> says .pdf (advice may be either).</summary>
    public static string New(int planId, string extension = ".docx")
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(planId);
        if (extension is not (".docx" or ".pdf"))
        {
            throw new ArgumentException("A stored file is a .docx or a .pdf.", nameof(extension));
        }

        return $"{Prefix}{planId.ToString(CultureInfo.InvariantCulture)}/{Guid.NewGuid():N}{extension}";
    }

    /// <summary>The extension a stored file's key takes from the uploader's file name: .pdf for a PDF, else .docx.</summary>
    public static string ExtensionFor(string? fileName) =>
        Infrastructure.Forms.UploadedContent.ExtensionOf(fileName) == ".pdf" ? ".pdf" : ".docx";

    public static bool IsWellFormed(string? storageKey) => !string.IsNullOrEmpty(storageKey) && Format().IsMatch(storageKey);

    /// <summary>Refuses a key the store could not have made.</summary>
    /// <exception cref="ArgumentException">The key is not of the store's form.</exception>
    public static void Check(string? storageKey)
    {
        if (!IsWellFormed(storageKey))
        {
            throw new ArgumentException("The storage key is not one this store made.", nameof(storageKey));
        }
    }

    [GeneratedRegex(@"\Aplans/[1-9][0-9]{0,9}/[0-9a-f]{32}\.(?:docx|pdf)\z", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Format();
}
