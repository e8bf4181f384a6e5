using EhcpQa.Domain.Staff;

namespace EhcpQa.Domain.Tests.Staff;

/// <summary>The rules of staff accounts: who keeps a locality, what an account must hold, and what no administrator does to their own account.</summary>
public class StaffAccountRules
{
    [Theory]
    [InlineData(StaffRole.Caseworker, Agency.SendTeam, 3)]
    [InlineData(StaffRole.LocalityManager, Agency.Health, 3)]
    [InlineData(StaffRole.QaLead, Agency.SendTeam, 3)]
    [InlineData(StaffRole.PanelMember, Agency.Health, null)]
    [InlineData(StaffRole.BoardMember, Agency.ParentCarerForum, null)]
    public void LocalityIsKept_ByTheSendTeamAndLocalityRolesOnly(string role, Agency agency, int? kept) =>
        Assert.Equal(kept, StaffAccounts.LocalityFor([role], agency, 3));

    [Fact]
    public void ALocalityRole_NeedsALocality()
    {
        var problem = Assert.Single(StaffAccounts.Problems("cw@example.test", "Sam Carter", [StaffRole.Caseworker], Agency.SendTeam, null));

        Assert.Equal("LocalityId", problem.Field);
    }

    [Fact]
    public void MissingAndOverlongDetails_AreEachAProblem()
    {
        var problems = StaffAccounts.Problems(" ", new string('a', StaffAccounts.DisplayNameMaxLength + 1), [], null, null).ToList();

        Assert.Equal(["Email", "DisplayName", "Roles", "Agency"], problems.Select(p => p.Field));
    }

    [Fact]
    public void UnknownRole_IsAProblem() =>
        Assert.Contains(StaffAccounts.Problems("a@example.test", "A", ["Superuser"], Agency.SendTeam, null), p => p.Field == "Roles");

    [Theory]
    [InlineData(true, new[] { StaffRole.Administrator })]
    [InlineData(false, new[] { StaffRole.QaLead })]
    public void AnAdministrator_MayNotDisableThemselves_OrDropTheirOwnAdministratorRole(bool disable, string[] roles) =>
        Assert.Single(StaffAccounts.ProblemsWithChange("admin-1", "admin-1", disable, roles));

    [Fact]
    public void AnAdministrator_MayDisableSomeoneElse() =>
        Assert.Empty(StaffAccounts.ProblemsWithChange("admin-1", "admin-2", disable: true, [StaffRole.Caseworker]));
}
