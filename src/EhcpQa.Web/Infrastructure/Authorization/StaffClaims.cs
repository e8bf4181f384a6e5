using System.Globalization;
using System.Security.Claims;
using EhcpQa.Domain.Staff;
using EhcpQa.Web.Persistence.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace EhcpQa.Web.Infrastructure.Authorization;

/// <summary>The claims a signed-in person carries beyond Identity's own, and how they become an <see cref="Actor"/>.</summary>
public static class StaffClaims
{
    public const string DisplayName = "name";
    public const string Agency = "agency";
    public const string Locality = "locality";

    /// <summary>Carried while the person's password is a temporary one an administrator gave them.</summary>
    public const string TemporaryPassword = "temporary_password";

    /// <summary>Carried while the person's roles need a second factor and they have yet to set one up.</summary>
    public const string SecondFactorDue = "second_factor_due";

    /// <summary>
    /// Carried by a session begun with the organisation's account (single sign-on): the provider checked the
    /// person's password and second factor, so the service's own set-up steps are not theirs to take.
    /// </summary>
    public const string OrganisationAccount = "organisation_account";

    public static Actor ToActor(this ClaimsPrincipal user)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var agency = Enum.TryParse<Agency>(user.FindFirstValue(Agency), out var a) ? a : Domain.Staff.Agency.SendTeam;
        int? locality = int.TryParse(user.FindFirstValue(Locality), CultureInfo.InvariantCulture, out var l) ? l : null;
        return new Actor(userId, roles, agency, locality);
    }

    /// <summary>Whether the person signed in with a temporary password and has yet to choose their own.</summary>
    public static bool HasTemporaryPassword(this ClaimsPrincipal user) => user.HasClaim(TemporaryPassword, "true");

    /// <summary>Whether the person's roles need a second factor they have yet to set up.</summary>
    public static bool HasSecondFactorDue(this ClaimsPrincipal user) => user.HasClaim(SecondFactorDue, "true");

    /// <summary>Whether the person signed in with the organisation's account (single sign-on).</summary>
    public static bool SignedInWithOrganisationAccount(this ClaimsPrincipal user) => user.HasClaim(OrganisationAccount, "true");

    public static string DisplayNameOf(this ClaimsPrincipal user) =>
        user.FindFirstValue(DisplayName) ?? user.Identity?.Name ?? string.Empty;
}

/// <summary>Adds display name, agency, locality, a temporary password and a second factor due to the sign-in cookie.</summary>
public sealed class StaffClaimsPrincipalFactory(
    UserManager<ApplicationUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options,
    SecondFactor secondFactor)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(StaffClaims.DisplayName, user.DisplayName));
        identity.AddClaim(new Claim(StaffClaims.Agency, user.Agency.ToString()));
        if (user.LocalityId is { } locality)
        {
            identity.AddClaim(new Claim(StaffClaims.Locality, locality.ToString(CultureInfo.InvariantCulture)));
        }

        if (user.HasTemporaryPassword)
        {
            identity.AddClaim(new Claim(StaffClaims.TemporaryPassword, "true"));
        }

        if (!user.TwoFactorEnabled && await secondFactor.IsRequiredForAsync(user))
        {
            identity.AddClaim(new Claim(StaffClaims.SecondFactorDue, "true"));
        }

        return identity;
    }
}
