using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EhcpQa.Web.Features.Notifications;

/// <summary>In Development only: the e-mails the service's own mail catcher took, to see what people would be sent.</summary>
[Authorize(Policy = Policies.OwnNotifications)]
[Route("development/mail")]
public sealed class DevelopmentMailController(IServiceProvider services) : Controller
{
    [HttpGet("")]
    public IActionResult Index() =>
        services.GetService<CaughtMail>() is { } caught ? View("Mail", caught.Messages) : NotFound();
}
