using EhcpQa.Domain;
using EhcpQa.Domain.Staff;
using Microsoft.AspNetCore.Identity;

namespace EhcpQa.Web.Persistence.Identity;

/// <summary>
/// A person who signs in: staff of the SEND service or of a partner agency. Its own details change only
/// through its methods, which keep the rules of staff accounts (<see cref="StaffAccounts"/>).
/// </summary>
public sealed class ApplicationUser : IdentityUser
{
    private ApplicationUser()
    {
    }

    public string DisplayName { get; private set; } = string.Empty;

    public Agency Agency { get; private set; } = Agency.SendTeam;

    /// <summary>The locality of SEND team staff; null for partner agencies and service-wide roles.</summary>
    public int? LocalityId { get; private set; }

    /// <summary>The day the person started in post, when recorded: the new-officer rule of dip samples counts from it.</summary>
    public DateOnly? InPostSince { get; private set; }

    /// <summary>When an administrator disabled the account; a disabled account cannot sign in.</summary>
    public DateTimeOffset? DisabledAt { get; private set; }

    public bool IsDisabled => DisabledAt is not null;

    /// <summary>
    /// Whether the password is one an administrator gave the person: they choose their own when they sign in,
    /// before they can do anything else.
    /// </summary>
    public bool HasTemporaryPassword { get; private set; }

    /// <summary>
    /// The time step (30 seconds since 1970) of the last authenticator code accepted from the person: a code of
    /// that step or an earlier one is never accepted again, so a code seen over someone's shoulder is spent.
    /// </summary>
    public long? LastAuthenticatorStep { get; private set; }

    /// <summary>A new account with these details, its e-mail address confirmed (an administrator or the set-up vouches for it).</summary>
    /// <exception cref="DomainRuleException">The details break the rules of staff accounts.</exception>
    public static ApplicationUser Create(string email, string displayName, Agency agency, int? localityId, IReadOnlyCollection<string> roles)
    {
        var user = new ApplicationUser { EmailConfirmed = true };
        user.ChangeDetails(email, displayName, agency, localityId, roles);
        return user;
    }

    /// <summary>
    /// A new account an administrator makes, with a temporary password they give the person, who chooses their
    /// own at first sign-in.
    /// </summary>
    /// <exception cref="DomainRuleException">The details break the rules of staff accounts.</exception>
    public static ApplicationUser CreateWithTemporaryPassword(string email, string displayName, Agency agency, int? localityId, IReadOnlyCollection<string> roles)
    {
        var user = Create(email, displayName, agency, localityId, roles);
        user.HasTemporaryPassword = true;
        return user;
    }

    /// <summary>
    /// Spends the authenticator code of this time step: false (and nothing changes) when a code of this step or a
    /// later one has already been accepted, so no code is accepted twice.
    /// </summary>
    public bool SpendAuthenticatorStep(long step)
    {
        if (LastAuthenticatorStep >= step)
        {
            return false;
        }

        LastAuthenticatorStep = step;
        return true;
    }

    /// <summary>The person has chosen a password of their own: the temporary one is gone.</summary>
    public void PasswordChosen() => HasTemporaryPassword = false;

    /// <summary>Changes the account's details; the locality is kept only where the roles and agency call for one.</summary>
    /// <exception cref="DomainRuleException">The details break the rules of staff accounts.</exception>
    public void ChangeDetails(string email, string displayName, Agency agency, int? localityId, IReadOnlyCollection<string> roles)
    {
        DomainRuleException.ThrowIfAny(StaffAccounts.Problems(email, displayName, roles, agency, localityId));
        Email = email.Trim();
        UserName = Email;
        DisplayName = displayName.Trim();
        Agency = agency;
        LocalityId = StaffAccounts.LocalityFor(roles, agency, localityId);
    }

    /// <summary>Records the day the person started in post, or clears it.</summary>
    public void StartedInPost(DateOnly? since) => InPostSince = since;

    /// <summary>Stops the account signing in from now on (nothing changes if it is already disabled).</summary>
    public void Disable(DateTimeOffset at)
    {
        if (IsDisabled)
        {
            return;
        }

        DisabledAt = at;
        LockoutEnabled = true;
        LockoutEnd = DateTimeOffset.MaxValue;
    }

    /// <summary>Lets a disabled account sign in again (nothing changes if it is not disabled).</summary>
    public void Enable()
    {
        if (!IsDisabled)
        {
            return;
        }

        DisabledAt = null;
        LockoutEnd = null;
    }
}
