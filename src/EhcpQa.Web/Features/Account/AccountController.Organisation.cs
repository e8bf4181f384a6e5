using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Persistence.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace EhcpQa.Web.Features.Account;

/// <summary>
/// Signing in with the organisation's account (single sign-on, <see cref="SingleSignOnOptions"/>): the person goes
/// to the authority's identity provider and comes back proved; the service matches them to their staff account
/// (<see cref="OrganisationAccounts"/>) and begins a session as for a password.
/// </summary>
public sealed partial class AccountController
{
    /// <summary>
    /// Sends the person to the provider. A link, not a form: the content security policy's form-action lets forms
    /// post to the service only, and a provider may pass the person through addresses of its own (federation).
    /// </summary>
    [AllowAnonymous]
    [HttpGet("sign-in/organisation")]
    public IActionResult SignInWithOrganisationAccount(string? returnUrl)
    {
        if (!singleSignOn.Value.IsConfigured)
        {
            return RedirectToAction(nameof(SignIn));
        }

        var properties = new AuthenticationProperties
        {
            RedirectUri = Url.Action(nameof(OrganisationAccountSignedIn), new { returnUrl = Url.IsLocalUrl(returnUrl) ? returnUrl : null }),
        };
        return Challenge(properties, SingleSignOnOptions.Scheme);
    }

    [AllowAnonymous]
    [HttpGet("sign-in/organisation/done")]
    public async Task<IActionResult> OrganisationAccountSignedIn(string? returnUrl)
    {
        // What the provider proved is kept only for this step: read, then the short-lived cookie that carried it goes.
        var proved = await HttpContext.AuthenticateAsync(IdentityConstants.ExternalScheme);
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        if (!singleSignOn.Value.IsConfigured || !proved.Succeeded || proved.Principal is null)
        {
            return Redirect(SingleSignOnOptions.FailedPath);
        }

        var match = await organisationAccounts.MatchAsync(proved.Principal);
        if (match.User is null)
        {
            logger.LogWarning("Sign-in with an organisation account refused: {Reason}", match.Refusal);
            await securityLog.RecordAsync(SecurityEventKinds.SignInRefused, detail: $"organisation account: {match.Refusal}");
            return View("OrganisationAccountRefused", new OrganisationAccountRefusal(singleSignOn.Value.DisplayName, match.Email));
        }

        return await SignedInAsync(match.User, returnUrl, "organisation account", withOrganisationAccount: true);
    }

    [AllowAnonymous]
    [HttpGet("sign-in/organisation/not-finished")]
    public IActionResult OrganisationAccountSignInNotFinished() =>
        View("OrganisationAccountNotFinished", new OrganisationAccountRefusal(singleSignOn.Value.DisplayName, null));
}

/// <summary>Why a sign-in with the organisation's account did not begin a session, as the refusal page shows it.</summary>
public sealed record OrganisationAccountRefusal(string AccountName, string? Email);
