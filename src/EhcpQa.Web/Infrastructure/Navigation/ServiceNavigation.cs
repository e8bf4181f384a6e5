using System.Security.Claims;
using EhcpQa.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Authorization;

namespace EhcpQa.Web.Infrastructure.Navigation;

/// <summary>A link in the service navigation, and whether it is the page being shown.</summary>
/// <param name="AriaCurrent"><c>page</c> on the linked page itself, <c>true</c> on a page below it, else null.</param>
public sealed record NavigationItem(string Text, string Href, string? AriaCurrent)
{
    public bool IsActive => AriaCurrent is not null;
}

/// <summary>
/// Which service navigation links a user sees: each link is shown to those its page's authorisation policy
/// admits, so the navigation never offers a page that would refuse them; none while the person has yet to
/// finish setting up their account (a password of their own, a second factor), which every page would ask first. Rendered by Features/Shared/_Navigation.cshtml.
/// </summary>
public static class ServiceNavigation
{
    private static readonly (string Text, string Href, string Policy)[] Links =
    [
        ("Plans", "/plans", Policies.PlanRegister),
        ("Advice", "/advice", Policies.Advice),
        ("Sign-off", "/sign-off", Policies.SignOff),
        ("Samples", "/samples", Policies.QaLeadWork),
        ("Panels", "/panels", Policies.QaLeadWork),
        ("Actions", "/actions", Policies.QaLeadWork),
        ("Moderation", "/moderation", Policies.Moderation),
        ("Dashboard", "/dashboard", Policies.Dashboard),
        ("Quality", "/quality", Policies.Quality),
        ("Reports", "/reports", Policies.Reports),
        ("Framework", "/frameworks", Policies.FrameworkReader),
        ("Users", "/admin/users", Policies.Administration),
        ("Security log", "/security-log", Policies.SecurityLog),
        ("Notifications", "/notifications", Policies.OwnNotifications),
    ];

    public static async Task<IReadOnlyList<NavigationItem>> ItemsForAsync(IAuthorizationService authorization, ClaimsPrincipal user, PathString currentPath)
    {
        ArgumentNullException.ThrowIfNull(authorization);
        ArgumentNullException.ThrowIfNull(user);

        var items = new List<NavigationItem>();
        if (user.Identity?.IsAuthenticated != true || AccountSetUpFilter.StepDue(user) is not null)
        {
            return items;
        }

        foreach (var (text, href, policy) in Links)
        {
            if ((await authorization.AuthorizeAsync(user, policy)).Succeeded)
            {
                items.Add(Item(text, href, currentPath));
            }
        }

        return items;
    }

    /// <summary>The name to show for the signed-in user: the "name" claim, else the identity's name.</summary>
    public static string? DisplayNameOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirst("name")?.Value is { Length: > 0 } name ? name : user.Identity?.Name;
    }

    private static NavigationItem Item(string text, string href, PathString currentPath)
    {
        var path = new PathString(href);
        string? ariaCurrent = null;
        if (currentPath.Equals(path, StringComparison.OrdinalIgnoreCase)
            || currentPath.Equals(path.Add("/"), StringComparison.OrdinalIgnoreCase))
        {
            ariaCurrent = "page";
        }
        else if (currentPath.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase))
        {
            ariaCurrent = "true";
        }

        return new NavigationItem(text, href, ariaCurrent);
    }
}
