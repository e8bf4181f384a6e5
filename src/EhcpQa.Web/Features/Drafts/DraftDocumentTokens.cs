using System.Globalization;
using System.Security.Cryptography;
using EhcpQa.Domain.Plans;
using Microsoft.AspNetCore.DataProtection;

namespace EhcpQa.Web.Features.Drafts;

/// <summary>
/// The uploaded document a plan's text was split from, carried by the form between the upload and the save as a
/// protected token (never a path the browser chose): the plan it belongs to, its storage key, length, SHA-256 and name.
/// </summary>
public sealed class DraftDocumentTokens(IDataProtectionProvider protection)
{
    private IDataProtector Protector => protection.CreateProtector("EhcpQa.Drafts.DocumentToken");

    public string Protect(int planId, StoredDraftFile stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return Protector.Protect($"{planId.ToString(CultureInfo.InvariantCulture)}|{stored.StorageKey}|{stored.Length.ToString(CultureInfo.InvariantCulture)}|{stored.Sha256}|{stored.OriginalFileName}");
    }

    /// <summary>The document the token stands for; null when it was tampered with, expired or made for another plan.</summary>
    public DraftDocument? Read(string token, int planId)
    {
        try
        {
            var parts = Protector.Unprotect(token).Split('|', 5);
            return parts.Length == 5 && parts[0] == planId.ToString(CultureInfo.InvariantCulture)
                ? new DraftDocument(parts[1], parts[4], long.Parse(parts[2], CultureInfo.InvariantCulture), parts[3])
                : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
