using System.Security.Claims;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Infrastructure.Navigation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace EhcpQa.Web.Tests.Infrastructure.Navigation;

internal static class Users
{
    /// <summary>The service's own authorisation policies, as the navigation asks them.</summary>
    public static readonly IAuthorizationService Authorization = new ServiceCollection()
        .AddLogging()
        .AddAuthorization(Policies.Configure)
        .BuildServiceProvider()
        .GetRequiredService<IAuthorizationService>();

    public static Task<IReadOnlyList<NavigationItem>> ItemsForAsync(ClaimsPrincipal user, PathString path) =>
        ServiceNavigation.ItemsForAsync(Authorization, user, path);

    public static ClaimsPrincipal SignedIn(params string[] roles) =>
        new(new ClaimsIdentity(
            roles.Select(r => new Claim(ClaimTypes.Role, r)).Append(new Claim(ClaimTypes.Name, "sam@example.org")),
            authenticationType: "Test"));
}

public sealed class ServiceNavigation_ShowsLinksByRole
{
    [Fact]
    public async Task Nobody_signed_in_sees_no_links()
    {
        Assert.Empty(await Users.ItemsForAsync(new ClaimsPrincipal(new ClaimsIdentity()), "/"));
    }

    [Theory]
    [InlineData("Caseworker", "Plans,Advice,Quality,Framework,Notifications")]
    [InlineData("LocalityManager", "Plans,Advice,Sign-off,Moderation,Dashboard,Quality,Framework,Notifications")]
    [InlineData("QaLead", "Plans,Advice,Sign-off,Samples,Panels,Actions,Moderation,Dashboard,Quality,Reports,Framework,Security log,Notifications")]
    [InlineData("Administrator", "Framework,Users,Security log,Notifications")]
    [InlineData("PanelMember", "Moderation,Framework,Notifications")]
    [InlineData("AgencyLead", "Advice,Framework,Notifications")]
    public async Task Links_follow_the_role(string role, string expected)
    {
        var items = await Users.ItemsForAsync(Users.SignedIn(role), "/");

        Assert.Equal(expected, string.Join(',', items.Select(i => i.Text)));
    }

    [Fact]
    public async Task Links_point_at_the_feature_routes()
    {
        var items = await Users.ItemsForAsync(Users.SignedIn("QaLead", "Administrator"), "/");

        Assert.Equal(["/plans", "/advice", "/sign-off", "/samples", "/panels", "/actions", "/moderation", "/dashboard", "/quality", "/reports", "/frameworks", "/admin/users", "/security-log", "/notifications"], items.Select(i => i.Href));
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
    public async Task Plans_item(string path, string? ariaCurrent)
    {
        var plans = (await Users.ItemsForAsync(Users.SignedIn("Caseworker"), new PathString(path))).Single(i => i.Text == "Plans");

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
