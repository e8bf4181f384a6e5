using EhcpQa.Domain.Dashboards;
using EhcpQa.Domain.Staff;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Dashboards;

public sealed class DashboardAudiences
{
    [Fact]
    public void LocalityManager_SeesTheirOwnLocality_WhateverTheyAskFor()
    {
        var audience = DashboardAudience.For(People.LocalityManager("m", 3));

        Assert.Equal(3, audience.LocalityFor(7));
        Assert.Equal(3, audience.LocalityFor(null));
        Assert.True(audience.MayExport);
        Assert.False(audience.IsBoard);
    }

    [Fact]
    public void BoardMember_SeesEveryLocality_WithSmallNumbersInCutsSuppressed_AndCannotExport()
    {
        var audience = DashboardAudience.For(People.WithRole(StaffRole.BoardMember));

        Assert.Equal(7, audience.LocalityFor(7));
        Assert.Equal(Suppression.ForBoard, audience.Suppression);
        Assert.False(audience.MayExport);
    }

    [Fact]
    public void QaLead_SeesEverything_AndManagerWithoutLocality_SeesNothing()
    {
        Assert.Null(DashboardAudience.For(People.QaLead()).LocalityFor(null));
        Assert.Equal(Suppression.None, DashboardAudience.For(People.InRoles("qa", 2, StaffRole.QaLead, StaffRole.BoardMember)).Suppression);
        Assert.Equal(-1, DashboardAudience.For(People.LocalityManager("m", null)).LocalityFor(4));
    }
}
