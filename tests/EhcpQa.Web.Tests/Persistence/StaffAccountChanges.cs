using EhcpQa.Domain;
using EhcpQa.Domain.Staff;
using EhcpQa.Web.Persistence.Identity;

namespace EhcpQa.Web.Tests.Persistence;

/// <summary>An account's details change only through its methods, which keep the rules of staff accounts.</summary>
public sealed class StaffAccountChanges
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Create_TrimsTheDetails_ConfirmsTheAddress_AndDropsALocalityAPartnerDoesNotHave()
    {
        var user = ApplicationUser.Create(" panel@example.test ", " Ruth Evans ", Agency.Health, 2, [StaffRole.PanelMember]);

        Assert.Equal("panel@example.test", user.Email);
        Assert.Equal(user.Email, user.UserName);
        Assert.Equal("Ruth Evans", user.DisplayName);
        Assert.True(user.EmailConfirmed);
        Assert.Null(user.LocalityId);
    }

    [Fact]
    public void BrokenDetails_AreRefused_AndNothingChanges()
    {
        var user = ApplicationUser.Create("cw@example.test", "Sam Carter", Agency.SendTeam, 1, [StaffRole.Caseworker]);

        var thrown = Assert.Throws<DomainRuleException>(() => user.ChangeDetails("cw@example.test", "Sam Carter", Agency.SendTeam, null, [StaffRole.Caseworker]));

        Assert.Equal("LocalityId", Assert.Single(thrown.Problems).Field);
        Assert.Equal(1, user.LocalityId);
    }

    [Fact]
    public void Disable_LocksTheAccountOut_AndEnable_LetsItBackIn()
    {
        var user = ApplicationUser.Create("cw@example.test", "Sam Carter", Agency.SendTeam, 1, [StaffRole.Caseworker]);

        user.Disable(At);
        user.Disable(At.AddDays(1));

        Assert.True(user.IsDisabled);
        Assert.Equal(At, user.DisabledAt);
        Assert.True(user.LockoutEnabled);
        Assert.Equal(DateTimeOffset.MaxValue, user.LockoutEnd);

        user.Enable();

        Assert.False(user.IsDisabled);
        Assert.Null(user.LockoutEnd);
    }
}
