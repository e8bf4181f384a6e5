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

    /// <summary>The caseworker of <see cref="PlanData"/>'s plan, in its locality (1).</summary>
    public static Actor PlanCaseworker => Caseworker(PlanData.CaseworkerId, PlanData.LocalityId);

    /// <summary>A locality manager of the plan's locality: the usual first grader.</summary>
    public static Actor Manager => LocalityManager("manager-1", PlanData.LocalityId);

    /// <summary>Another locality manager of the plan's locality: the usual second opinion.</summary>
    public static Actor SecondManager => LocalityManager("manager-2", PlanData.LocalityId);

    /// <summary>A third locality manager of the plan's locality, neither of the two graders.</summary>
    public static Actor ThirdManager => LocalityManager("manager-3", PlanData.LocalityId);

    /// <summary>A locality manager of another locality (2).</summary>
    public static Actor ManagerElsewhere => LocalityManager("manager-9", PlanData.LocalityId + 1);
}
