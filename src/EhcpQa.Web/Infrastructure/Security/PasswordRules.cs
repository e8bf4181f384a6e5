using EhcpQa.Web.Persistence.Identity;
using Microsoft.AspNetCore.Identity;

namespace EhcpQa.Web.Infrastructure.Security;

/// <summary>
/// What a password must be, as OWASP ASVS 5.0 asks: long enough (15 characters while no role has a second factor),
/// up to 128, of any characters (no rules about capitals, numbers or symbols), and not easy to guess: not a common
/// password or a near variant of one, nor made of the person's own name or e-mail (zxcvbn's estimate, whose
/// dictionaries include the 30,000 most common passwords, must reach "safely unguessable", 3 of 4).
/// </summary>
public static class PasswordRules
{
    public const int MinimumLength = 15;

    public const int MaximumLength = 128;

    /// <summary>zxcvbn's score a password must reach: 3, "safely unguessable" (about 10^10 guesses).</summary>
    public const int MinimumScore = 3;

    public const string Hint = "At least 15 characters. A phrase of four or more unrelated words is long and easy to remember; " +
        "capitals, numbers and symbols are welcome but not needed. Common passwords and your own name are refused.";

    /// <summary>Why the password would be refused, or null.</summary>
    public static string? ProblemWith(string password, params string?[] personal)
    {
        ArgumentNullException.ThrowIfNull(password);
        if (password.Length < MinimumLength)
        {
            return $"Your password must be at least {MinimumLength} characters";
        }

        if (password.Length > MaximumLength)
        {
            return $"Your password must be {MaximumLength} characters or fewer";
        }

        var inputs = personal.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!).Append("ehcp").ToList();
        return Zxcvbn.Zxcvbn.MatchPassword(password, inputs).Score < MinimumScore
            ? "This password is too easy to guess: it is, or is close to, a common password or your own name. Try a phrase of four or more unrelated words"
            : null;
    }
}

/// <summary>Identity's check of every new password (an administrator's temporary one, or one a person chooses) against <see cref="PasswordRules"/>.</summary>
public sealed class PasswordRulesValidator : IPasswordValidator<ApplicationUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        var problem = PasswordRules.ProblemWith(password ?? string.Empty, user.Email, user.DisplayName);
        return Task.FromResult(problem is null
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = "PasswordRules", Description = problem }));
    }
}
