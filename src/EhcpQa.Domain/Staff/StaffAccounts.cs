namespace EhcpQa.Domain.Staff;

/// <summary>
/// The rules of staff accounts, whatever stores them: what an account holds, where its holder works,
/// and what an administrator may not do to their own account.
/// </summary>
public static class StaffAccounts
{
    public const int DisplayNameMaxLength = 100;

    public const int EmailMaxLength = 256;

    /// <summary>Roles whose holders work within one locality of the SEND team.</summary>
    public static readonly IReadOnlySet<string> LocalityRoles = new HashSet<string>(StringComparer.Ordinal)
    {
        StaffRole.Caseworker,
        StaffRole.LocalityManager,
    };

    /// <summary>
    /// The locality an account keeps: the SEND team's staff and anyone in a locality role keep the one
    /// given; partner agencies' staff in service-wide roles have none.
    /// </summary>
    public static int? LocalityFor(IEnumerable<string> roles, Agency agency, int? localityId) =>
        roles.Any(LocalityRoles.Contains) || agency == Agency.SendTeam ? localityId : null;

    /// <summary>Every rule an account's details break; none when they can be recorded.</summary>
    public static IEnumerable<Problem> Problems(string? email, string? displayName, IReadOnlyCollection<string> roles, Agency? agency, int? localityId)
    {
        ArgumentNullException.ThrowIfNull(roles);
        if (string.IsNullOrWhiteSpace(email))
        {
            yield return new("Email", "Enter the email address");
        }
        else if (email.Trim().Length > EmailMaxLength)
        {
            yield return new("Email", $"Email address must be {EmailMaxLength} characters or fewer");
        }

        if (string.IsNullOrWhiteSpace(displayName))
        {
            yield return new("DisplayName", "Enter the person's full name");
        }
        else if (displayName.Trim().Length > DisplayNameMaxLength)
        {
            yield return new("DisplayName", $"Full name must be {DisplayNameMaxLength} characters or fewer");
        }

        if (roles.Count == 0)
        {
            yield return new("Roles", "Select at least one role");
        }
        else if (roles.Any(r => !StaffRole.All.Contains(r)))
        {
            yield return new("Roles", "Select roles from the list");
        }

        if (agency is null || !Enum.IsDefined(agency.Value))
        {
            yield return new("Agency", "Select the agency");
        }

        if (roles.Contains(StaffRole.AgencyLead) && agency is { } led && !Advice.AdviceServices.AdvisingAgencies.Contains(led))
        {
            yield return new("Agency", "An agency lead assures the advice of one agency that gives advice: select that agency");
        }

        if (localityId is null && roles.Any(LocalityRoles.Contains))
        {
            yield return new("LocalityId", "Select the locality: caseworkers and locality managers work in one locality");
        }
    }

    /// <summary>
    /// Why an administrator may not make this change to an account: nobody disables their own account or
    /// removes their own administrator role, so the service is never left without a way in by accident.
    /// </summary>
    public static IEnumerable<Problem> ProblemsWithChange(string byUserId, string accountId, bool disable, IEnumerable<string> roles)
    {
        if (byUserId == accountId && (disable || !roles.Contains(StaffRole.Administrator)))
        {
            yield return new("Roles", "You cannot disable your own account or remove your own administrator role");
        }
    }
}
