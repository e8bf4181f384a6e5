using System.ComponentModel.DataAnnotations;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Persistence.Identity;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace EhcpQa.Web.Features.Account;

/// <summary>
/// Signing in and out, and changing one's own password. There is no self-registration: someone whose account an
/// administrator made signs in with the temporary password they were given and chooses their own first.
/// </summary>
[Route("account")]
public sealed class AccountController(
    SignInManager<ApplicationUser> signIn,
    UserManager<ApplicationUser> users,
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
    public async Task<IActionResult> SignIn(SignInForm form)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var user = await users.FindByEmailAsync(form.Email!.Trim());
        if (user is null)
        {
            ModelState.AddModelError(nameof(SignInForm.Email), "Enter a correct email address and password");
            form.Password = null;
            return View(form);
        }

        var result = await signIn.PasswordSignInAsync(user, form.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            if (user.HasTemporaryPassword)
            {
                logger.LogInformation("User {UserId} signed in with a temporary password", user.Id);
                return LocalRedirect(TemporaryPasswordFilter.ChoosePasswordPath);
            }

            logger.LogInformation("User {UserId} signed in", user.Id);
            return LocalRedirect(Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl! : "/");
        }

        form.Password = null;
        if (result.IsLockedOut)
        {
            logger.LogWarning("Sign-in refused for locked or disabled user {UserId}", user.Id);
            ModelState.AddModelError(string.Empty, user.IsDisabled
                ? "This account has been disabled. Contact your administrator if you need access."
                : "Your account is locked because of too many failed attempts to sign in. Try again in 15 minutes.");
            return View(form);
        }

        ModelState.AddModelError(nameof(SignInForm.Email), "Enter a correct email address and password");
        return View(form);
    }

    [AllowedWithTemporaryPassword]
    [HttpPost("sign-out")]
    public async Task<IActionResult> SignOutOfService()
    {
        await signIn.SignOutAsync();
        return RedirectToAction(nameof(SignedOut));
    }

    [AllowAnonymous]
    [HttpGet("signed-out")]
    public IActionResult SignedOut() => View();

    [AllowedWithTemporaryPassword]
    [HttpGet("password")]
    public IActionResult ChangePassword() => View(new ChangePasswordForm());

    [AllowedWithTemporaryPassword]
    [HttpPost("password")]
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

        await signIn.RefreshSignInAsync(user);
        logger.LogInformation("User {UserId} changed their password", user.Id);
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
            .MinimumLength(12).WithMessage("Your new password must be at least 12 characters")
            .NotEqual(f => f.CurrentPassword).WithMessage("Your new password must be different from your current password");
        RuleFor(f => f.ConfirmPassword).Equal(f => f.NewPassword).WithMessage("The passwords do not match");
    }
}
