using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EhcpQa.Web.Features.Accessibility;

[AllowAnonymous]
public sealed class AccessibilityController : Controller
{
    [HttpGet("accessibility")]
    public IActionResult Index() => View();
}
