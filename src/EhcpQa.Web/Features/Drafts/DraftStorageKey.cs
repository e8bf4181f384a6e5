using System.Globalization;
using System.Text.RegularExpressions;

namespace EhcpQa.Web.Features.Drafts;

/// <summary>
/// The keys of stored draft files, "plans/{planId}/{32 hex digits}.docx": made by the store, the same in the
/// database and in a folder, so a file keeps its key when it moves from one to the other.
/// </summary>
public static partial class DraftStorageKey
{
    /// <summary>How every key of a draft file starts.</summary>
    public const string Prefix = "plans/";

    /// <summary>A new key for a file of the plan.</summary>
    public static string New(int planId)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(planId);
        return $"{Prefix}{planId.ToString(CultureInfo.InvariantCulture)}/{Guid.NewGuid():N}.docx";
    }

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

    [GeneratedRegex(@"\Aplans/[1-9][0-9]{0,9}/[0-9a-f]{32}\.docx\z", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Format();
}
