namespace EhcpQa.Web.Infrastructure.Security;

/// <summary>
/// Paths that carry a secret in themselves (a family's survey link holds its token in the path, since the family has no
/// account): logs and traces keep such a path with the secret replaced, so neither ever holds a working link.
/// </summary>
public static class SecretPaths
{
    /// <summary>The start of a family's survey link; the token follows it.</summary>
    public const string SurveyLink = "/survey/";

    /// <summary>A request's path as logs and traces may hold it.</summary>
    public static string Redact(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path.StartsWith(SurveyLink, StringComparison.OrdinalIgnoreCase) ? SurveyLink + "{token}" : path;
    }
}
