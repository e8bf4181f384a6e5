using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Identity;
using EhcpQa.Web.Persistence.Seeding;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OtpNet;
using QRCoder;

namespace EhcpQa.Web.Infrastructure.Authorization;

/// <summary>
/// The second factor: an authenticator app (TOTP, RFC 6238: six digits, a new code every 30 seconds). Its secret
/// key is kept encrypted with the service's data protection keys; a key being set up is kept apart from the one
/// in use until the person proves their app has it, so setting up a new app never locks anyone out. Codes are
/// accepted from the step before to the step after now (clocks drift), and each code once only.
/// </summary>
public sealed class SecondFactor(
    UserManager<ApplicationUser> users,
    EhcpQaDbContext db,
    IDataProtectionProvider protection,
    TimeProvider clock,
    IOptions<SecondFactorOptions> options)
{
    private const string KeyProvider = "EhcpQa";
    private const string KeyInUse = "AuthenticatorKey";
    private const string KeyBeingSetUp = "AuthenticatorKeyBeingSetUp";
    private const int KeyBytes = 20;

    /// <summary>How many recovery codes a person is given at a time.</summary>
    public const int RecoveryCodeCount = 10;

    private IDataProtector Keys => protection.CreateProtector("EhcpQa.SecondFactor.AuthenticatorKey");

    /// <summary>Whether the person must use a second factor: by the authority's policy for their roles (demo users may skip it in Development).</summary>
    public async Task<bool> IsRequiredForAsync(ApplicationUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (options.Value.DemoUsersSkip && DemoData.Users.Any(d => string.Equals(d.Email, user.Email, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var policy = await db.SecondFactorPolicyAsync(cancellationToken);
        return policy.IsRequiredFor(await users.GetRolesAsync(user));
    }

    /// <summary>The key being set up (made now if there is none), in the Base32 form apps take.</summary>
    public async Task<string> KeyBeingSetUpAsync(ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (await ReadKeyAsync(user, KeyBeingSetUp) is { } existing)
        {
            return existing;
        }

        var key = Base32Encoding.ToString(KeyGeneration.GenerateRandomKey(KeyBytes));
        await users.SetAuthenticationTokenAsync(user, KeyProvider, KeyBeingSetUp, Keys.Protect(key));
        return key;
    }

    /// <summary>Whether the person has begun setting up an app (after confirming their password, when they have one already).</summary>
    public async Task<bool> IsSettingUpAsync(ApplicationUser user) => await ReadKeyAsync(user, KeyBeingSetUp) is not null;

    /// <summary>Begins setting up a new app (the one in use keeps working until the new one is proved).</summary>
    public async Task BeginNewKeyAsync(ApplicationUser user)
    {
        await users.RemoveAuthenticationTokenAsync(user, KeyProvider, KeyBeingSetUp);
        await KeyBeingSetUpAsync(user);
    }

    /// <summary>
    /// Proves the app being set up with a code it shows: the key becomes the one in use, the second factor is
    /// turned on, and new recovery codes are made and answered (to be shown once). Null when the code is wrong.
    /// </summary>
    public async Task<IReadOnlyList<string>?> CompleteSetUpAsync(ApplicationUser user, string code)
    {
        ArgumentNullException.ThrowIfNull(user);
        var key = await ReadKeyAsync(user, KeyBeingSetUp);
        if (key is null || !Spend(user, key, code))
        {
            return null;
        }

        await users.SetAuthenticationTokenAsync(user, KeyProvider, KeyInUse, Keys.Protect(key));
        await users.RemoveAuthenticationTokenAsync(user, KeyProvider, KeyBeingSetUp);
        await users.SetTwoFactorEnabledAsync(user, true);
        return (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList();
    }

    /// <summary>Checks a code from the person's app at sign-in, spending it: false for a wrong code or one already used.</summary>
    public async Task<bool> CheckCodeAsync(ApplicationUser user, string code)
    {
        ArgumentNullException.ThrowIfNull(user);
        var key = await ReadKeyAsync(user, KeyInUse);
        if (key is null || !Spend(user, key, code))
        {
            return false;
        }

        // Saved with the account's concurrency stamp: of two requests with one code, only one succeeds.
        return (await users.UpdateAsync(user)).Succeeded;
    }

    /// <summary>Turns the second factor off and forgets its keys and recovery codes (an administrator's reset, for a lost phone).</summary>
    public async Task ResetAsync(ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        await users.RemoveAuthenticationTokenAsync(user, KeyProvider, KeyInUse);
        await users.RemoveAuthenticationTokenAsync(user, KeyProvider, KeyBeingSetUp);
        await users.RemoveAuthenticationTokenAsync(user, "[AspNetUserStore]", "RecoveryCodes");
        await users.SetTwoFactorEnabledAsync(user, false);
    }

    /// <summary>The address an authenticator app reads from the QR code (otpauth://totp/...).</summary>
    public string AppAddressFor(ApplicationUser user, string key)
    {
        ArgumentNullException.ThrowIfNull(user);
        var issuer = options.Value.Issuer;
        return $"otpauth://totp/{Uri.EscapeDataString(issuer)}:{Uri.EscapeDataString(user.Email ?? user.UserName ?? string.Empty)}"
            + $"?secret={key}&issuer={Uri.EscapeDataString(issuer)}&digits=6&period=30";
    }

    /// <summary>The QR code of an address as SVG markup, to put in the page as it is (no image request, no script).</summary>
    public static string QrCodeSvg(string address)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(address, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(5);
    }

    /// <summary>The key in groups of four, as a person types it into an app.</summary>
    public static string Grouped(string key) =>
        string.Join(' ', Enumerable.Range(0, (key.Length + 3) / 4).Select(i => key.Substring(i * 4, Math.Min(4, key.Length - (i * 4)))));

    /// <summary>A code as typed, without spaces or dashes; null unless it is six digits.</summary>
    public static string? Normalised(string? code)
    {
        var digits = new string((code ?? string.Empty).Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
        return digits.Length == 6 && digits.All(char.IsAsciiDigit) ? digits : null;
    }

    private bool Spend(ApplicationUser user, string key, string code)
    {
        if (Normalised(code) is not { } digits)
        {
            return false;
        }

        var totp = new Totp(Base32Encoding.ToBytes(key));
        return totp.VerifyTotp(clock.GetUtcNow().UtcDateTime, digits, out var step, new VerificationWindow(previous: 1, future: 1))
            && user.SpendAuthenticatorStep(step);
    }

    private async Task<string?> ReadKeyAsync(ApplicationUser user, string name)
    {
        var stored = await users.GetAuthenticationTokenAsync(user, KeyProvider, name);
        if (stored is null)
        {
            return null;
        }

        try
        {
            return Keys.Unprotect(stored);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            // The data protection key it was kept with is gone: the person sets up their app again.
            return null;
        }
    }
}

/// <summary>
/// The <c>SecondFactor</c> section: the name apps show beside the code (<c>Issuer</c>), and <c>DemoUsersSkip</c>,
/// which lets the demo users sign in with a password alone so the service can be tried quickly. That setting is
/// refused outside Development: the service will not start with it.
/// </summary>
public sealed class SecondFactorOptions
{
    public const string Section = "SecondFactor";

    public string Issuer { get; set; } = "EhcpQa";

    public bool DemoUsersSkip { get; set; }

    /// <summary>Refuses the demo users' skip outside Development (called at start).</summary>
    public static void Check(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        if (configuration.GetValue<bool>($"{Section}:{nameof(DemoUsersSkip)}") && !environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"{Section}:{nameof(DemoUsersSkip)} lets the demo users sign in without a second factor, and is for trying the service in Development only. Remove it from the {environment.EnvironmentName} configuration.");
        }
    }
}
