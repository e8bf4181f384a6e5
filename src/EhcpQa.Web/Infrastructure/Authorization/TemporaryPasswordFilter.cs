using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace EhcpQa.Web.Infrastructure.Authorization;

/// <summary>
/// A person signed in with a temporary password (one an administrator gave them) chooses their own before
/// anything else: every page sends them to choose it, except the pages marked
/// <see cref="AllowedWithTemporaryPasswordAttribute"/> (choosing it, signing out) and those open to anyone
/// (signing in, errors, the accessibility statement). Applied to every action (<c>ServiceSetup</c>).
/// </summary>
public sealed class TemporaryPasswordFilter : IAuthorizationFilter
{
    /// <summary>Where the person chooses their own password.</summary>
    public const string ChoosePasswordPath = "/account/password";

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.HttpContext.User.HasTemporaryPassword()
            || context.ActionDescriptor.EndpointMetadata.Any(m => m is IAllowAnonymous or AllowedWithTemporaryPasswordAttribute))
        {
            return;
        }

        context.Result = new RedirectResult(ChoosePasswordPath);
    }
}

/// <summary>An action a person may use before they have replaced their temporary password (see <see cref="TemporaryPasswordFilter"/>).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = false)]
public sealed class AllowedWithTemporaryPasswordAttribute : Attribute;
