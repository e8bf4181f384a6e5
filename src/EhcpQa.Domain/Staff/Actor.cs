namespace EhcpQa.Domain.Staff;

/// <summary>The person doing something: who they are, their roles, agency and (for SEND team staff) locality.</summary>
public sealed record Actor(string UserId, IReadOnlySet<string> Roles, Agency Agency, int? LocalityId)
{
    public bool IsIn(string role) => Roles.Contains(role);
}
