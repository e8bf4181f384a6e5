using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Infrastructure.Security;
using EhcpQa.Web.Persistence.Audit;
using EhcpQa.Web.Persistence.Identity;
using FluentValidation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace EhcpQa.Web.Features.Account;

/// <summary>
/// The second factor: the code from the person's authenticator app (or a recovery code) after their password,
/// setting up an app, and new recovery codes. Changing the app or getting new codes asks for the password again.
/// </summary>
public sealed partial class AccountController
{
    private const string SecondFactorRefused = "The code is not correct, or it has been used already. Enter the code your app shows now";
    private const string RecoveryCodeRefused = "The recovery code is not correct, or it has been used already";

    /// <summary>The person's account: their password and second factor.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        return View(new AccountPage(
            user.Email ?? string.Empty,
            user.TwoFactorEnabled,
            user.TwoFactorEnabled ? await users.CountRecoveryCodesAsync(user) : 0,
            await secondFactor.IsRequiredForAsync(user, HttpContext.RequestAborted))
        {
            PasswordsInUse = singleSignOn.Value.PasswordsInUse,
            HasPassword = await users.HasPasswordAsync(user),
            OrganisationAccountName = singleSignOn.Value.IsConfigured ? singleSignOn.Value.DisplayName : null,
            OrganisationAccountLinked = singleSignOn.Value.IsConfigured && await organisationAccounts.LinkedObjectIdAsync(user) is not null,
        });
    }

    [AllowAnonymous]
    [LocalAccountsOnly]
    [HttpGet("two-factor")]
    public async Task<IActionResult> SecondFactorCode(string? returnUrl) =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null
            ? SignInAgain()
            : View("SecondFactorCode", new SecondFactorCodeForm { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [LocalAccountsOnly]
    [HttpPost("two-factor")]
    [EnableRateLimiting(RateLimits.Attempts)]
    public async Task<IActionResult> SecondFactorCode(SecondFactorCodeForm form)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return SignInAgain();
        }

        if (!ModelState.IsValid)
        {
            return View("SecondFactorCode", form);
        }

        var address = HttpContext.Connection.RemoteIpAddress;
        if (guard.IsHeld(user.Email!, address) || user.IsDisabled || !await secondFactor.CheckCodeAsync(user, form.Code!))
        {
            guard.Failed(user.Email!, address);
            logger.LogWarning("Second factor refused for user {UserId}: authenticator code", user.Id);
            await securityLog.RecordAsync(SecurityEventKinds.SecondFactorRefused, detail: "authenticator code", userId: user.Id);
            ModelState.AddModelError(nameof(SecondFactorCodeForm.Code), SecondFactorRefused);
            return View("SecondFactorCode", new SecondFactorCodeForm { ReturnUrl = form.ReturnUrl });
        }

        return await SecondFactorGivenAsync(user, form.ReturnUrl, "authenticator code");
    }

    [AllowAnonymous]
    [LocalAccountsOnly]
    [HttpGet("two-factor/recovery")]
    public async Task<IActionResult> RecoveryCode(string? returnUrl) =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null
            ? SignInAgain()
            : View("RecoveryCode", new RecoveryCodeForm { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [LocalAccountsOnly]
    [HttpPost("two-factor/recovery")]
    [EnableRateLimiting(RateLimits.Attempts)]
    public async Task<IActionResult> RecoveryCode(RecoveryCodeForm form)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return SignInAgain();
        }

        if (!ModelState.IsValid)
        {
            return View("RecoveryCode", form);
        }

        var address = HttpContext.Connection.RemoteIpAddress;
        var code = form.Code!.Trim().ToUpperInvariant();
        if (guard.IsHeld(user.Email!, address) || user.IsDisabled || !(await users.RedeemTwoFactorRecoveryCodeAsync(user, code)).Succeeded)
        {
            guard.Failed(user.Email!, address);
            logger.LogWarning("Second factor refused for user {UserId}: recovery code", user.Id);
            await securityLog.RecordAsync(SecurityEventKinds.SecondFactorRefused, detail: "recovery code", userId: user.Id);
            ModelState.AddModelError(nameof(RecoveryCodeForm.Code), RecoveryCodeRefused);
            return View("RecoveryCode", new RecoveryCodeForm { ReturnUrl = form.ReturnUrl });
        }

        var left = await users.CountRecoveryCodesAsync(user);
        TempData["Success"] = left switch
        {
            0 => "You have used your last recovery code. Get new ones from your account page now",
            1 => "You have 1 recovery code left. Get new ones from your account page",
            _ => $"You have {left} recovery codes left",
        };
        return await SecondFactorGivenAsync(user, form.ReturnUrl, "recovery code");
    }

    /// <summary>Setting up an authenticator app: its QR code and key, and a code it shows to prove it has them.</summary>
    [AllowedDuringAccountSetUp]
    [LocalAccountsOnly]
    [HttpGet("two-factor/set-up")]
    public async Task<IActionResult> SetUpSecondFactor()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        // Someone with an app already confirms their password before setting up another (ChangeSecondFactor).
        if (user.TwoFactorEnabled && !await secondFactor.IsSettingUpAsync(user))
        {
            return RedirectToAction(nameof(ChangeSecondFactor));
        }

        return View("SetUpSecondFactor", await SetUpPageAsync(user, code: null));
    }

    [AllowedDuringAccountSetUp]
    [LocalAccountsOnly]
    [HttpPost("two-factor/set-up")]
    [EnableRateLimiting(RateLimits.AccountSteps)]
    public async Task<IActionResult> SetUpSecondFactor(SetUpSecondFactorForm form)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled && !await secondFactor.IsSettingUpAsync(user))
        {
            return RedirectToAction(nameof(ChangeSecondFactor));
        }

        if (!ModelState.IsValid)
        {
            return View("SetUpSecondFactor", await SetUpPageAsync(user, form.Code));
        }

        var replacing = user.TwoFactorEnabled;
        var codes = await secondFactor.CompleteSetUpAsync(user, form.Code!);
        if (codes is null)
        {
            logger.LogWarning("Setting up a second factor refused for user {UserId}: wrong code", user.Id);
            await securityLog.RecordAsync(SecurityEventKinds.SecondFactorRefused, detail: "wrong code while setting up an app", userId: user.Id);
            ModelState.AddModelError(nameof(SetUpSecondFactorForm.Code), "The code is not correct. Check your app shows EhcpQa with your email address, then enter the code it shows now");
            return View("SetUpSecondFactor", await SetUpPageAsync(user, code: null));
        }

        // What the person may do has changed: the session begun before it ends, and a new one begins.
        await users.UpdateSecurityStampAsync(user);
        await sessions.RenewAsync(User, user, HttpContext.RequestAborted);
        logger.LogInformation("User {UserId} set up an authenticator app as their second factor", user.Id);
        await securityLog.RecordAsync(SecurityEventKinds.SecondFactorSetUp, detail: replacing ? "a different authenticator app" : "an authenticator app", userId: user.Id);
        return View("RecoveryCodes", new RecoveryCodesPage(codes, JustSetUp: true));
    }

    /// <summary>Setting up a different app (a new phone): the password first.</summary>
    [LocalAccountsOnly]
    [HttpGet("two-factor/change")]
    public IActionResult ChangeSecondFactor() => View("ConfirmPassword", ConfirmPasswordPage.ForNewApp);

    [LocalAccountsOnly]
    [HttpPost("two-factor/change")]
    [EnableRateLimiting(RateLimits.AccountSteps)]
    public async Task<IActionResult> ChangeSecondFactor(ConfirmPasswordForm form)
    {
        var user = await PasswordConfirmedAsync(form);
        if (user is null)
        {
            return View("ConfirmPassword", ConfirmPasswordPage.ForNewApp);
        }

        await secondFactor.BeginNewKeyAsync(user);
        logger.LogInformation("User {UserId} began setting up a different authenticator app", user.Id);
        return RedirectToAction(nameof(SetUpSecondFactor));
    }

    /// <summary>New recovery codes (the old ones stop working): the password first.</summary>
    [LocalAccountsOnly]
    [HttpGet("two-factor/recovery-codes")]
    public IActionResult NewRecoveryCodes() => View("ConfirmPassword", ConfirmPasswordPage.ForRecoveryCodes);

    [LocalAccountsOnly]
    [HttpPost("two-factor/recovery-codes")]
    [EnableRateLimiting(RateLimits.AccountSteps)]
    public async Task<IActionResult> NewRecoveryCodes(ConfirmPasswordForm form)
    {
        var user = await PasswordConfirmedAsync(form);
        if (user is null)
        {
            return View("ConfirmPassword", ConfirmPasswordPage.ForRecoveryCodes);
        }

        if (!user.TwoFactorEnabled)
        {
            return RedirectToAction(nameof(SetUpSecondFactor));
        }

        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, SecondFactor.RecoveryCodeCount))!.ToList();
        logger.LogInformation("User {UserId} made new recovery codes", user.Id);
        await securityLog.RecordAsync(SecurityEventKinds.RecoveryCodesMade, userId: user.Id);
        return View("RecoveryCodes", new RecoveryCodesPage(codes, JustSetUp: false));
    }

    /// <summary>The signed-in person, when the password they typed again is theirs; otherwise null, with the error on the form.</summary>
    private async Task<ApplicationUser?> PasswordConfirmedAsync(ConfirmPasswordForm form)
    {
        if (!ModelState.IsValid)
        {
            return null;
        }

        var user = await users.GetUserAsync(User);
        var address = HttpContext.Connection.RemoteIpAddress;
        if (user is null || guard.IsHeld(user.Email!, address) || !await users.CheckPasswordAsync(user, form.Password!))
        {
            if (user is not null)
            {
                guard.Failed(user.Email!, address);
                logger.LogWarning("Password confirmation refused for user {UserId}", user.Id);
                await securityLog.RecordAsync(SecurityEventKinds.PasswordCheckRefused, Request.Path.Value, userId: user.Id);
            }

            ModelState.AddModelError(nameof(ConfirmPasswordForm.Password), "Your password is not correct");
            return null;
        }

        return user;
    }

    /// <summary>Holds the person, whose password was right, until they give their second factor (Identity's short-lived cookie for it).</summary>
    private Task AwaitSecondFactorAsync(ApplicationUser user) =>
        HttpContext.SignInAsync(IdentityConstants.TwoFactorUserIdScheme,
            new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, user.Id)], IdentityConstants.TwoFactorUserIdScheme)));

    private async Task<IActionResult> SecondFactorGivenAsync(ApplicationUser user, string? returnUrl, string with)
    {
        guard.Succeeded(user.Email!, HttpContext.Connection.RemoteIpAddress);
        await HttpContext.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        logger.LogInformation("User {UserId} gave their second factor: {SecondFactor}", user.Id, with);
        return await SignedInAsync(user, returnUrl, $"password and {with}");
    }

    private RedirectToActionResult SignInAgain()
    {
        TempData["Notice"] = "Your sign-in timed out. Sign in again";
        return RedirectToAction(nameof(SignIn));
    }

    private async Task<SetUpSecondFactorPage> SetUpPageAsync(ApplicationUser user, string? code)
    {
        var key = await secondFactor.KeyBeingSetUpAsync(user);
        return new SetUpSecondFactorPage(SecondFactor.QrCodeSvg(secondFactor.AppAddressFor(user, key)), SecondFactor.Grouped(key), user.TwoFactorEnabled)
        {
            Code = code,
        };
    }
}

/// <summary>The person's account page.</summary>
public sealed record AccountPage(string Email, bool HasSecondFactor, int RecoveryCodesLeft, bool SecondFactorRequired)
{
    /// <summary>Whether the service's own passwords are in use (not when only the organisation's accounts sign in).</summary>
    public bool PasswordsInUse { get; init; } = true;

    public bool HasPassword { get; init; } = true;

    /// <summary>What the organisation's account is called, when single sign-on is set up.</summary>
    public string? OrganisationAccountName { get; init; }

    public bool OrganisationAccountLinked { get; init; }
}

public sealed class SecondFactorCodeForm
{
    [Display(Name = "Code from your authenticator app")]
    public string? Code { get; set; }

    public string? ReturnUrl { get; set; }
}

public sealed class SecondFactorCodeFormValidator : AbstractValidator<SecondFactorCodeForm>
{
    public SecondFactorCodeFormValidator()
    {
        RuleFor(f => f.Code).NotEmpty().WithMessage("Enter the code from your authenticator app")
            .Must(c => SecondFactor.Normalised(c) is not null).When(f => !string.IsNullOrWhiteSpace(f.Code), ApplyConditionTo.CurrentValidator)
            .WithMessage("Enter the 6-digit code from your authenticator app, like 123456");
    }
}

public sealed class RecoveryCodeForm
{
    [Display(Name = "Recovery code")]
    public string? Code { get; set; }

    public string? ReturnUrl { get; set; }
}

public sealed class RecoveryCodeFormValidator : AbstractValidator<RecoveryCodeForm>
{
    public RecoveryCodeFormValidator()
    {
        RuleFor(f => f.Code).NotEmpty().WithMessage("Enter one of your recovery codes")
            .MaximumLength(40).WithMessage("A recovery code is 11 characters, like ABCDE-FGHJK");
    }
}

public sealed class SetUpSecondFactorForm
{
    [Display(Name = "Code from your authenticator app")]
    public string? Code { get; set; }
}

public sealed class SetUpSecondFactorFormValidator : AbstractValidator<SetUpSecondFactorForm>
{
    public SetUpSecondFactorFormValidator()
    {
        RuleFor(f => f.Code).NotEmpty().WithMessage("Enter the code your authenticator app shows")
            .Must(c => SecondFactor.Normalised(c) is not null).When(f => !string.IsNullOrWhiteSpace(f.Code), ApplyConditionTo.CurrentValidator)
            .WithMessage("Enter the 6-digit code from your authenticator app, like 123456");
    }
}

/// <summary>Setting up an app: the QR code (SVG markup), the key to type instead, and whether it replaces an app in use.</summary>
public sealed record SetUpSecondFactorPage(string QrCodeSvg, string Key, bool ReplacesApp)
{
    [Display(Name = "Code from your authenticator app")]
    public string? Code { get; init; }
}

/// <summary>Recovery codes, shown once.</summary>
public sealed record RecoveryCodesPage(IReadOnlyList<string> Codes, bool JustSetUp);

public sealed class ConfirmPasswordForm
{
    [Display(Name = "Password")]
    public string? Password { get; set; }
}

public sealed class ConfirmPasswordFormValidator : AbstractValidator<ConfirmPasswordForm>
{
    public ConfirmPasswordFormValidator()
    {
        RuleFor(f => f.Password).NotEmpty().WithMessage("Enter your password");
    }
}

/// <summary>The password asked again before a change to how the person signs in: what it is for, and where the form goes.</summary>
public sealed record ConfirmPasswordPage(string Title, string Explanation, string Action, string Button)
{
    [Display(Name = "Password")]
    public string? Password { get; init; }

    public static ConfirmPasswordPage ForNewApp { get; } = new(
        "Set up a different authenticator app",
        "Enter your password to set up a different app, for example on a new phone. Your current app keeps working until the new one is set up.",
        "/account/two-factor/change",
        "Continue");

    public static ConfirmPasswordPage ForRecoveryCodes { get; } = new(
        "Get new recovery codes",
        "Enter your password to get 10 new recovery codes. The codes you have now will stop working.",
        "/account/two-factor/recovery-codes",
        "Get new recovery codes");
}
