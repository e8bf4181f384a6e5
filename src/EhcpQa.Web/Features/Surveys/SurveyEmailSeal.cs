using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace EhcpQa.Web.Features.Surveys;

/// <summary>
/// Seals the address and token of a survey link's e-mail for the short time the outbox holds them (the service's data
/// protection key ring, purpose <see cref="Purpose"/>): a copy of the database alone yields neither a family's address
/// nor a working link.
/// </summary>
public sealed class SurveyEmailSeal(IDataProtectionProvider protection)
{
    public const string Purpose = "EhcpQa.SurveyEmail";

    private IDataProtector Protector => protection.CreateProtector(Purpose);

    public string Seal(string text) => Protector.Protect(text);

    /// <summary>The text sealed, or null when it cannot be read (altered, or sealed with a key the ring no longer holds).</summary>
    public string? Unseal(string? sealedText)
    {
        if (sealedText is null)
        {
            return null;
        }

        try
        {
            return Protector.Unprotect(sealedText);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
