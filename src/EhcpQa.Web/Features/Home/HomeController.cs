using EhcpQa.Domain.Staff;
using EhcpQa.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EhcpQa.Web.Features.Home;

/// <summary>The start page: what this person can do here, by role.</summary>
[Route("")]
public sealed class HomeController : Controller
{
    [HttpGet("")]
    public IActionResult Index()
    {
        var actor = User.ToActor();
        return View(new HomePage(User.DisplayNameOf(), actor.Roles.OrderBy(r => r, StringComparer.Ordinal).Select(StaffRole.Name).ToList(), actor));
    }
}

public sealed record HomePage(string DisplayName, IReadOnlyList<string> RoleNames, Actor Actor);
