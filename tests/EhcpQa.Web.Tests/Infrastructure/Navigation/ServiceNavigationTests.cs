using System.Security.Claims;
using EhcpQa.Web.Infrastructure.Navigation;
using Microsoft.AspNetCore.Http;

namespace EhcpQa.Web.Tests.Infrastructure.Navigation;

internal static class Users
{
    public static ClaimsPrincipal SignedIn(params string[] roles) =>
        new(new ClaimsIdentity(
            roles.Select(r => new Claim(ClaimTypes.Role, r)).Append(new Claim(ClaimTypes.Name, "sam@example.org")),
            authenticationType: "Test"));
}

public sealed class ServiceNavigation_ShowsLinksByRole
{
    [Fact]
    public void Nobody_signed_in_sees_no_links()
    {
        Assert.Empty(ServiceNavigation.ItemsFor(new ClaimsPrincipal(new ClaimsIdentity()), "/"));
    }

    [Theory]
    [InlineData("Caseworker", "Plans,Framework")]
    [InlineData("LocalityManager", "Plans,Sign-off,Moderation,Dashboard,Framework")]
    [InlineData("QaLead", "Plans,Sign-off,Samples,Panels,Actions,Moderation,Dashboard,Reports,Framework")]
    [InlineData("Administrator", "Framework,Users")]
    [InlineData("PanelMember", "Moderation,Framework")]
    public void Links_follow_the_role(string role, string expected)
    {
        var items = ServiceNavigation.ItemsFor(Users.SignedIn(role), "/");

        Assert.Equal(expected, string.Join(',', items.Select(i => i.Text)));
    }

    [Fact]
    public void Links_point_at_the_feature_routes()
    {
        var items = ServiceNavigation.ItemsFor(Users.SignedIn("QaLead", "Administrator"), "/");

        Assert.Equal(["/plans", "/sign-off", "/samples", "/panels", "/actions", "/moderation", "/dashboard", "/reports", "/frameworks", "/admin/users"], items.Select(i => i.Href));
    }
}

public sealed class ServiceNavigation_MarksTheCurrentItem
{
    [Theory]
    [InlineData("/plans", "page")]
    [InlineData("/Plans/", "page")]
    [InlineData("/plans/42/grading", "true")]
    [InlineData("/plansandmore", null)]
    [InlineData("/frameworks", null)]
    public void Plans_item(string path, string? ariaCurrent)
    {
        var plans = ServiceNavigation.ItemsFor(Users.SignedIn("Caseworker"), new PathString(path)).Single(i => i.Text == "Plans");

        Assert.Equal(ariaCurrent, plans.AriaCurrent);
    }
}

public sealed class ServiceNavigation_DisplayNameOf_PrefersTheNameClaim
{
    [Fact]
    public void Name_claim_is_used_when_present()
    {
        var user = Users.SignedIn("Caseworker");
        ((ClaimsIdentity)user.Identity!).AddClaim(new Claim("name", "Sam Jones"));

        Assert.Equal("Sam Jones", ServiceNavigation.DisplayNameOf(user));
    }

    [Fact]
    public void Identity_name_is_used_otherwise()
    {
        Assert.Equal("sam@example.org", ServiceNavigation.DisplayNameOf(Users.SignedIn("Caseworker")));
    }
}
