using System.ComponentModel.DataAnnotations;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Infrastructure.Security;
using EhcpQa.Web.Persistence.Audit;
using EhcpQa.Web.Persistence.Identity;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace EhcpQa.Web.Features.Account;

/// <summary>
/// Signing in and out, and one's own password and second factor. There is no self-registration: someone whose
/// account an administrator made signs in with the temporary password they were given, chooses their own, and sets
/// up an authenticator app where their roles need one (<see cref="AccountSetUpFilter"/>).
/// </summary>
[Route("account")]
public sealed partial class AccountController(
    SignInManager<ApplicationUser> signIn,
    UserManager<ApplicationUser> users,
    StaffSessions sessions,
    SecondFactor secondFactor,
    SignInGuard guard,
    SecurityLog securityLog,
    OrganisationAccounts organisationAccounts,
    IOptions<SingleSignOnOptions> singleSignOn,
    ILogger<AccountController> logger) : Controller
{
    [AllowAnonymous]
    [HttpGet("sign-in")]
    public IActionResult SignIn(string? returnUrl) =>
        User.Identity?.IsAuthenticated == true && Url.IsLocalUrl(returnUrl) is false
            ? Redirect("/")
            : View(new SignInForm { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost("sign-in")]
    [LocalAccountsOnly]
    [EnableRateLimiting(RateLimits.Attempts)]
    public async Task<IActionResult> SignIn(SignInForm form)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        // Whatever is wrong (no such account, a wrong password, an account disabled or held after failures), the
        // answer is the same, and takes as long: a password is checked against a hash every time.
        var email = form.Email!.Trim();
        var address = HttpContext.Connection.RemoteIpAddress;
        var user = await users.FindByEmailAsync(email);
        if (user is null || guard.IsHeld(email, address))
        {
            CheckAgainstNoAccount(form.Password!);
            logger.LogWarning("Sign-in refused: {Reason}", user is null ? "no such account" : $"attempts at user {user.Id} held after failures");
            await securityLog.RecordAsync(SecurityEventKinds.SignInRefused, detail: user is null ? "no such account" : "attempts held after failures", userId: user?.Id);
            return Refused(form);
        }

        var result = await signIn.CheckPasswordSignInAsync(user, form.Password!, lockoutOnFailure: false);
        if (!result.Succeeded)
        {
            if (result.IsLockedOut || result.IsNotAllowed)
            {
                // Refused before the password was checked: check one anyway, so the answer takes as long.
                CheckAgainstNoAccount(form.Password!);
                logger.LogWarning("Sign-in refused for disabled user {UserId}", user.Id);
                await securityLog.RecordAsync(SecurityEventKinds.SignInRefused, detail: "account disabled", userId: user.Id);
            }
            else
            {
                guard.Failed(email, address);
                logger.LogWarning("Sign-in refused for user {UserId}: wrong password", user.Id);
                await securityLog.RecordAsync(SecurityEventKinds.SignInRefused, detail: "wrong password", userId: user.Id);
            }

            return Refused(form);
        }

        if (user.TwoFactorEnabled)
        {
            // The password is right: the second factor is asked next, and the person is signed in only after it.
            await AwaitSecondFactorAsync(user);
            logger.LogInformation("User {UserId} gave a correct password: second factor asked", user.Id);
            return RedirectToAction(nameof(SecondFactorCode), new { returnUrl = Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl : null });
        }

        guard.Succeeded(email, address);
        return await SignedInAsync(user, form.ReturnUrl, "password");
    }

    /// <summary>
    /// Begins the person's session, and sends them on: to choose a password if they signed in with a temporary one,
    /// else where they were going.
    /// </summary>
    private async Task<IActionResult> SignedInAsync(ApplicationUser user, string? returnUrl, string with, bool withOrganisationAccount = false)
    {
        await sessions.SignInAsync(user, withOrganisationAccount, HttpContext.RequestAborted);
        await securityLog.RecordAsync(SecurityEventKinds.SignedIn, detail: with, userId: user.Id);
        if (user.HasTemporaryPassword && !withOrganisationAccount)
        {
            logger.LogInformation("User {UserId} signed in with a temporary password", user.Id);
            return LocalRedirect(AccountSetUpFilter.ChoosePasswordPath);
        }

        logger.LogInformation("User {UserId} signed in", user.Id);
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/");
    }

    [AllowedDuringAccountSetUp]
    [HttpPost("sign-out")]
    public async Task<IActionResult> SignOutOfService()
    {
        await sessions.SignOutAsync(User, HttpContext.RequestAborted);
        logger.LogInformation("User {UserId} signed out", users.GetUserId(User));
        await securityLog.RecordAsync(SecurityEventKinds.SignedOut);
        return RedirectToAction(nameof(SignedOut));
    }

    [AllowAnonymous]
    [HttpGet("signed-out")]
    public IActionResult SignedOut() => View();

    /// <summary>The one answer to every refused sign-in: it says nothing of whether the account exists or why.</summary>
    private ViewResult Refused(SignInForm form)
    {
        form.Password = null;
        ModelState.AddModelError(nameof(SignInForm.Email),
            "Enter a correct email address and password. If they are correct and you still cannot sign in, ask your administrator");
        return View(form);
    }

    /// <summary>
    /// Checks the password against a hash of no account's, made by the service's own hasher, so it takes as long as
    /// checking a real one (Identity's hasher reads only the hash and the password, never the account).
    /// </summary>
    private void CheckAgainstNoAccount(string password)
    {
        NoAccountHash ??= users.PasswordHasher.HashPassword(null!, Guid.NewGuid().ToString("N"));
        users.PasswordHasher.VerifyHashedPassword(null!, NoAccountHash, password);
    }

    private static string? NoAccountHash;

    [AllowedDuringAccountSetUp]
    [LocalAccountsOnly]
    [HttpGet("password")]
    public IActionResult ChangePassword() => View(new ChangePasswordForm());

    [AllowedDuringAccountSetUp]
    [LocalAccountsOnly]
    [HttpPost("password")]
    [EnableRateLimiting(RateLimits.AccountSteps)]
    public async Task<IActionResult> ChangePassword(ChangePasswordForm form)
    {
        if (!ModelState.IsValid)
        {
            return View(new ChangePasswordForm());
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var result = await users.ChangePasswordAsync(user, form.CurrentPassword!, form.NewPassword!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code == "PasswordMismatch" ? nameof(ChangePasswordForm.CurrentPassword) : nameof(ChangePasswordForm.NewPassword);
                ModelState.AddModelError(field, error.Code == "PasswordMismatch" ? "Your current password is not correct" : error.Description);
            }

            return View(new ChangePasswordForm());
        }

        if (user.HasTemporaryPassword)
        {
            // Only once the new password is stored: should this fail, the person is asked again, never let through.
            user.PasswordChosen();
            await users.UpdateAsync(user);
        }

        // A new password ends every session of the account, wherever it is, and this one goes on as a new session.
        await sessions.EndAllOfAsync(user.Id, SessionEndings.NewPassword, HttpContext.RequestAborted);
        await sessions.SignInAsync(user, cancellationToken: HttpContext.RequestAborted);
        logger.LogInformation("User {UserId} changed their password", user.Id);
        await securityLog.RecordAsync(SecurityEventKinds.PasswordChanged, detail: "every other session ended", userId: user.Id);
        TempData["Success"] = "Your password has been changed";
        return Redirect("/");
    }
}

public sealed class SignInForm
{
    [Display(Name = "Email address")]
    public string? Email { get; set; }

    [Display(Name = "Password")]
    public string? Password { get; set; }

    public string? ReturnUrl { get; set; }
}

public sealed class SignInFormValidator : AbstractValidator<SignInForm>
{
    public SignInFormValidator()
    {
        RuleFor(f => f.Email).NotEmpty().WithMessage("Enter your email address");
        RuleFor(f => f.Password).NotEmpty().WithMessage("Enter your password");
    }
}

public sealed class ChangePasswordForm
{
    [Display(Name = "Current password")]
    public string? CurrentPassword { get; set; }

    [Display(Name = "New password")]
    public string? NewPassword { get; set; }

    [Display(Name = "Confirm new password")]
    public string? ConfirmPassword { get; set; }
}

public sealed class ChangePasswordFormValidator : AbstractValidator<ChangePasswordForm>
{
    public ChangePasswordFormValidator()
    {
        RuleFor(f => f.CurrentPassword).NotEmpty().WithMessage("Enter your current password");
        RuleFor(f => f.NewPassword).NotEmpty().WithMessage("Enter a new password")
            .MinimumLength(PasswordRules.MinimumLength).WithMessage($"Your new password must be at least {PasswordRules.MinimumLength} characters")
            .NotEqual(f => f.CurrentPassword).WithMessage("Your new password must be different from your current password");
        RuleFor(f => f.ConfirmPassword).Equal(f => f.NewPassword).WithMessage("The passwords do not match");
    }
}
