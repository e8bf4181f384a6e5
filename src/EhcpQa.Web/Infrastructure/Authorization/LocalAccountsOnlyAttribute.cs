using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace EhcpQa.Web.Infrastructure.Authorization;

/// <summary>
/// An action of the service's own passwords and second factor: where the authority has turned local accounts off
/// (<see cref="SingleSignOnOptions.LocalAccounts"/>), it is not open, and the person is sent to sign in with their
/// organisation's account, or to their account page if they are signed in.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = false)]
public sealed class LocalAccountsOnlyAttribute : Attribute, IActionFilter
{
    public void OnActionExecuting(ActionExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<SingleSignOnOptions>>().Value;
        if (options.PasswordsInUse)
        {
            return;
        }

        context.Result = new RedirectResult(context.HttpContext.User.Identity?.IsAuthenticated == true ? "/account" : "/account/sign-in");
    }

    public void OnActionExecuted(ActionExecutedContext context)
    {
    }
}
