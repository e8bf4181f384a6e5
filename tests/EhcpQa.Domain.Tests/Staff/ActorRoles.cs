using EhcpQa.Domain.Staff;

namespace EhcpQa.Domain.Tests.Staff;

public class ActorRoles
{
    [Fact]
    public void IsIn_TrueOnlyForRolesHeld()
    {
        var actor = new Actor("user-1", new HashSet<string> { StaffRole.Caseworker, StaffRole.PanelMember }, Agency.SendTeam, 1);

        Assert.True(actor.IsIn(StaffRole.Caseworker));
        Assert.True(actor.IsIn(StaffRole.PanelMember));
        Assert.False(actor.IsIn(StaffRole.QaLead));
        Assert.False(actor.IsIn(StaffRole.LocalityManager));
    }

    [Fact]
    public void IsIn_RoleNamesAreMatchedExactly()
    {
        var actor = new Actor("user-1", new HashSet<string> { StaffRole.QaLead }, Agency.SendTeam, null);

        Assert.False(actor.IsIn("qalead"));
        Assert.False(actor.IsIn("QA lead"));
    }
}
