namespace EhcpQa.Web.Features.Surveys;

/// <summary>
/// The address of a survey link. Its secret (<see cref="Domain.Families.SurveyInvitation.NewToken"/>) is made once and shown
/// to staff once; only its hash is stored (<see cref="Domain.Families.SurveyInvitation.HashOf"/>). A path holding one is
/// logged without it.
/// </summary>
public static class SurveyLinks
{
    public const string PathStart = Infrastructure.Security.SecretPaths.SurveyLink;

    /// <summary>The longest text taken as a token: anything longer is not one, and is not hashed.</summary>
    public const int TokenMaxLength = 100;

    /// <summary>The address of the link, on the address the person making it used.</summary>
    public static string UrlOf(HttpRequest request, string token)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"{request.Scheme}://{request.Host}{request.PathBase}{PathStart}{token}";
    }
}
