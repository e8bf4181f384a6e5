using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Staff;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Plans;

public class PlanRecordingPermission
{
    [Theory]
    [InlineData(StaffRole.Caseworker, true)]
    [InlineData(StaffRole.LocalityManager, true)]
    [InlineData(StaffRole.QaLead, true)]
    [InlineData(StaffRole.PanelMember, false)]
    [InlineData(StaffRole.BoardMember, false)]
    [InlineData(StaffRole.Administrator, false)]
    public void CanRegister_OnlySendTeamRolesThatHoldPlans(string role, bool expected)
    {
        Assert.Equal(expected, PlanAccess.CanRegister(People.WithRole(role, localityId: 1)));
    }

    [Fact]
    public void Caseworker_MayRecordOwnPlan()
    {
        var ann = People.Caseworker("ann", localityId: 1);

        Assert.True(PlanAccess.CanRecord(ann, PlanData.Details(localityId: 1, caseworkerId: "ann")));
        Assert.True(PlanAccess.CanRecord(ann, PlanData.Details(localityId: 2, caseworkerId: "ann")));
    }

    [Fact]
    public void Caseworker_MayNotRecordAnotherCaseworkersPlan()
    {
        var ann = People.Caseworker("ann", localityId: 1);

        Assert.False(PlanAccess.CanRecord(ann, PlanData.Details(localityId: 1, caseworkerId: "bob")));
    }

    [Fact]
    public void LocalityManager_MayRecordAnyPlanInOwnLocality()
    {
        var manager = People.LocalityManager("manager-1", localityId: 1);

        Assert.True(PlanAccess.CanRecord(manager, PlanData.Details(localityId: 1, caseworkerId: "ann")));
        Assert.True(PlanAccess.CanRecord(manager, PlanData.Details(localityId: 1, caseworkerId: "bob")));
    }

    [Fact]
    public void LocalityManager_MayNotRecordPlanInAnotherLocality()
    {
        var manager = People.LocalityManager("manager-1", localityId: 1);

        Assert.False(PlanAccess.CanRecord(manager, PlanData.Details(localityId: 2, caseworkerId: "ann")));
    }

    [Fact]
    public void LocalityManagerWithoutLocality_MayRecordNone()
    {
        var manager = People.LocalityManager("manager-x", localityId: null);

        Assert.False(PlanAccess.CanRecord(manager, PlanData.Details(localityId: 1)));
    }

    [Theory]
    [InlineData(1, "ann")]
    [InlineData(2, "bob")]
    [InlineData(99, "someone-else")]
    public void QaLead_MayRecordAnyPlan(int localityId, string caseworkerId)
    {
        Assert.True(PlanAccess.CanRecord(People.QaLead(), PlanData.Details(localityId, caseworkerId)));
    }

    [Theory]
    [InlineData(StaffRole.PanelMember)]
    [InlineData(StaffRole.BoardMember)]
    [InlineData(StaffRole.Administrator)]
    public void OtherRoles_MayRecordNone_EvenTheirOwnLocalityOrId(string role)
    {
        var actor = People.WithRole(role, userId: "ann", localityId: 1);

        Assert.False(PlanAccess.CanRecord(actor, PlanData.Details(localityId: 1, caseworkerId: "ann")));
    }
}
