using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace EhcpQa.Web.Infrastructure.Authorization;

/// <summary>
/// A person finishes setting up their account before anything else: someone signed in with a temporary password
/// (one an administrator gave them) chooses their own, then someone whose roles need a second factor sets up an
/// authenticator app. Every page sends them to the step due, except the pages marked
/// <see cref="AllowedDuringAccountSetUpAttribute"/> (those steps, signing out) and those open to anyone (signing
/// in, errors, the accessibility statement). Applied to every action (<c>ServiceSetup</c>).
/// </summary>
public sealed class AccountSetUpFilter : IAuthorizationFilter
{
    /// <summary>Where the person chooses their own password.</summary>
    public const string ChoosePasswordPath = "/account/password";

    /// <summary>Where the person sets up their authenticator app.</summary>
    public const string SetUpSecondFactorPath = "/account/two-factor/set-up";

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.HttpContext.User;
        if (StepDue(user) is not { } step
            || context.ActionDescriptor.EndpointMetadata.Any(m => m is IAllowAnonymous or AllowedDuringAccountSetUpAttribute))
        {
            return;
        }

        context.Result = new RedirectResult(step);
    }

    /// <summary>The page of the set-up step the person has still to take, or null when their account is set up.</summary>
    public static string? StepDue(System.Security.Claims.ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        // Signed in with the organisation's account, the person's password and second factor are the provider's.
        return user.SignedInWithOrganisationAccount() ? null
            : user.HasTemporaryPassword() ? ChoosePasswordPath
            : user.HasSecondFactorDue() ? SetUpSecondFactorPath
            : null;
    }
}

/// <summary>An action a person may use before they have finished setting up their account (see <see cref="AccountSetUpFilter"/>).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = false)]
public sealed class AllowedDuringAccountSetUpAttribute : Attribute;
