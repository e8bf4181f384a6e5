using EhcpQa.Domain.Staff;
using Microsoft.AspNetCore.Identity;

namespace EhcpQa.Web.Features.Account;

/// <summary>A person who signs in: staff of the SEND service or of a partner agency.</summary>
public sealed class ApplicationUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    public Agency Agency { get; set; } = Agency.SendTeam;

    /// <summary>The locality of SEND team staff; null for partner agencies and service-wide roles.</summary>
    public int? LocalityId { get; set; }

    /// <summary>When an administrator disabled the account; a disabled account cannot sign in.</summary>
    public DateTimeOffset? DisabledAt { get; set; }

    public bool IsDisabled => DisabledAt is not null;
}
