using System.Security.Cryptography;

namespace EhcpQa.Web.Features.Surveys;

/// <summary>
/// The secret of a survey link: 32 random bytes from the operating system's generator, in base64url, made once and shown
/// to staff once; only its hash is stored (<see cref="Domain.Families.SurveyInvitation.HashOf"/>). A path holding one is
/// logged without it.
/// </summary>
public static class SurveyLinks
{
    public const string PathStart = Infrastructure.Security.SecretPaths.SurveyLink;

    /// <summary>The longest text taken as a token: anything longer is not one, and is not hashed.</summary>
    public const int TokenMaxLength = 100;

    public static string NewToken() => Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    /// <summary>The address of the link, on the address the person making it used.</summary>
    public static string UrlOf(HttpRequest request, string token)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"{request.Scheme}://{request.Host}{request.PathBase}{PathStart}{token}";
    }

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
