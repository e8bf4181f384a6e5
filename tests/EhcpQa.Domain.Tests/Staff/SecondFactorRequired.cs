using EhcpQa.Domain.Staff;

namespace EhcpQa.Domain.Tests.Staff;

public sealed class SecondFactorRequired
{
    [Fact]
    public void Every_role_needs_a_second_factor_until_an_administrator_exempts_one()
    {
        foreach (var role in StaffRole.All)
        {
            Assert.True(SecondFactorPolicy.Default.IsRequiredFor([role]), role);
        }

        Assert.Equal(StaffRole.All, SecondFactorPolicy.Default.RolesRequired);
    }

    [Fact]
    public void A_person_needs_one_when_any_role_they_hold_is_not_exempt()
    {
        var policy = new SecondFactorPolicy([StaffRole.BoardMember, StaffRole.PanelMember]);

        Assert.False(policy.IsRequiredFor([StaffRole.BoardMember]));
        Assert.False(policy.IsRequiredFor([StaffRole.BoardMember, StaffRole.PanelMember]));
        Assert.True(policy.IsRequiredFor([StaffRole.BoardMember, StaffRole.QaLead]));
        Assert.True(policy.IsRequiredFor([]));
    }

    [Fact]
    public void Roles_the_service_does_not_know_are_never_exempt()
    {
        var policy = new SecondFactorPolicy(["Nobody", StaffRole.Caseworker]);

        Assert.Equal([StaffRole.Caseworker], policy.RolesExempt);
    }

    [Fact]
    public void A_setting_keeps_the_policy_with_who_and_when()
    {
        var at = new DateTimeOffset(2026, 12, 6, 10, 0, 0, TimeSpan.Zero);
        var change = SecondFactorPolicyChange.Make(new SecondFactorPolicy([StaffRole.BoardMember]), null, null, "admin-1", at);

        Assert.Equal(new SecondFactorPolicy([StaffRole.BoardMember]), change.Policy);
        Assert.Equal("admin-1", change.ChangedBy);
        Assert.Equal(at, change.ChangedAt);
    }

    [Fact]
    public void A_setting_made_over_someone_elses_newer_one_is_refused()
    {
        var at = new DateTimeOffset(2026, 12, 6, 10, 0, 0, TimeSpan.Zero);
        var theirs = SecondFactorPolicyChange.Make(SecondFactorPolicy.Default, null, null, "admin-2", at);

        var refused = Assert.Throws<DomainRuleException>(() =>
            SecondFactorPolicyChange.Make(new SecondFactorPolicy([StaffRole.BoardMember]), readFrom: null, latest: theirs, "admin-1", at));
        Assert.Contains("Someone else changed the second-factor policy", refused.Message, StringComparison.Ordinal);
    }
}
