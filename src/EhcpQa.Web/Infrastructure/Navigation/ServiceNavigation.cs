using System.Security.Claims;

namespace EhcpQa.Web.Infrastructure.Navigation;

/// <summary>A link in the service navigation, and whether it is the page being shown.</summary>
/// <param name="AriaCurrent"><c>page</c> on the linked page itself, <c>true</c> on a page below it, else null.</param>
public sealed record NavigationItem(string Text, string Href, string? AriaCurrent)
{
    public bool IsActive => AriaCurrent is not null;
}

/// <summary>Which service navigation links a user sees. Rendered by Features/Shared/_Navigation.cshtml.</summary>
public static class ServiceNavigation
{
    private static readonly string[] PlanRoles = ["Caseworker", "LocalityManager", "QaLead"];

    public static IReadOnlyList<NavigationItem> ItemsFor(ClaimsPrincipal user, PathString currentPath)
    {
        ArgumentNullException.ThrowIfNull(user);

        var items = new List<NavigationItem>();
        if (user.Identity?.IsAuthenticated != true)
        {
            return items;
        }

        if (PlanRoles.Any(user.IsInRole))
        {
            items.Add(Item("Plans", "/plans", currentPath));
        }

        if (user.IsInRole("LocalityManager") || user.IsInRole("QaLead"))
        {
            items.Add(Item("Sign-off", "/sign-off", currentPath));
        }

        if (user.IsInRole("QaLead"))
        {
            items.Add(Item("Samples", "/samples", currentPath));
            items.Add(Item("Panels", "/panels", currentPath));
            items.Add(Item("Actions", "/actions", currentPath));
        }

        if (user.IsInRole("PanelMember") || user.IsInRole("LocalityManager") || user.IsInRole("QaLead"))
        {
            items.Add(Item("Moderation", "/moderation", currentPath));
        }

        if (user.IsInRole("QaLead") || user.IsInRole("LocalityManager") || user.IsInRole("BoardMember"))
        {
            items.Add(Item("Dashboard", "/dashboard", currentPath));
        }

        if (user.IsInRole("QaLead") || user.IsInRole("BoardMember"))
        {
            items.Add(Item("Reports", "/reports", currentPath));
        }

        items.Add(Item("Framework", "/frameworks", currentPath));

        if (user.IsInRole("Administrator"))
        {
            items.Add(Item("Users", "/admin/users", currentPath));
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
