using EhcpQa.Domain.Staff;

namespace EhcpQa.Domain.Tests.TestData;

/// <summary>Actors in the roles of the service.</summary>
internal static class People
{
    public static Actor InRoles(string userId, int? localityId, params string[] roles) =>
        new(userId, new HashSet<string>(roles), Agency.SendTeam, localityId);

    public static Actor Caseworker(string userId, int localityId) => InRoles(userId, localityId, StaffRole.Caseworker);

    public static Actor LocalityManager(string userId, int? localityId) => InRoles(userId, localityId, StaffRole.LocalityManager);

    public static Actor QaLead(string userId = "qa-lead") => InRoles(userId, null, StaffRole.QaLead);

    public static Actor WithRole(string role, string userId = "someone", int? localityId = null) =>
        InRoles(userId, localityId, role);
}
