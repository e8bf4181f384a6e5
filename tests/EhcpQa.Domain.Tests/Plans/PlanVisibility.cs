using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Staff;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Plans;

public class PlanVisibility
{
    // Locality 1: Ann's plan and Bob's plan. Locality 2: another plan of Ann's and Cat's plan.
    private static readonly Plan AnnsPlanInLocality1 = PlanIn("EHC-1", localityId: 1, caseworkerId: "ann");
    private static readonly Plan BobsPlanInLocality1 = PlanIn("EHC-2", localityId: 1, caseworkerId: "bob");
    private static readonly Plan AnnsPlanInLocality2 = PlanIn("EHC-3", localityId: 2, caseworkerId: "ann");
    private static readonly Plan CatsPlanInLocality2 = PlanIn("EHC-4", localityId: 2, caseworkerId: "cat");

    private static readonly Plan[] Register = [AnnsPlanInLocality1, BobsPlanInLocality1, AnnsPlanInLocality2, CatsPlanInLocality2];

    [Fact]
    public void Caseworker_SeesOwnPlansOnly()
    {
        var ann = People.Caseworker("ann", localityId: 1);

        Assert.Equal(["EHC-1", "EHC-3"], VisibleReferences(ann));
        Assert.True(PlanAccess.CanView(ann, AnnsPlanInLocality2));
        Assert.False(PlanAccess.CanView(ann, BobsPlanInLocality1));
    }

    [Fact]
    public void LocalityManager_SeesOwnLocalitysPlansOnly()
    {
        var manager = People.LocalityManager("manager-1", localityId: 1);

        Assert.Equal(["EHC-1", "EHC-2"], VisibleReferences(manager));
        Assert.True(PlanAccess.CanView(manager, BobsPlanInLocality1));
        Assert.False(PlanAccess.CanView(manager, CatsPlanInLocality2));
    }

    [Fact]
    public void LocalityManagerOfAnotherLocality_SeesThatLocalitysPlans()
    {
        var manager = People.LocalityManager("manager-2", localityId: 2);

        Assert.Equal(["EHC-3", "EHC-4"], VisibleReferences(manager));
        Assert.False(PlanAccess.CanView(manager, AnnsPlanInLocality1));
    }

    [Fact]
    public void LocalityManagerWithoutLocality_SeesNone()
    {
        var manager = People.LocalityManager("manager-x", localityId: null);

        Assert.Empty(VisibleReferences(manager));
    }

    [Fact]
    public void CaseworkerWhoIsAlsoLocalityManager_SeesOwnPlansAndOwnLocalitys()
    {
        var both = People.InRoles("cat", 1, StaffRole.Caseworker, StaffRole.LocalityManager);

        Assert.Equal(["EHC-1", "EHC-2", "EHC-4"], VisibleReferences(both));
    }

    [Fact]
    public void QaLead_SeesEveryPlan()
    {
        var lead = People.QaLead();

        Assert.Equal(["EHC-1", "EHC-2", "EHC-3", "EHC-4"], VisibleReferences(lead));
        Assert.All(Register, plan => Assert.True(PlanAccess.CanView(lead, plan)));
    }

    [Theory]
    [InlineData(StaffRole.PanelMember)]
    [InlineData(StaffRole.BoardMember)]
    [InlineData(StaffRole.Administrator)]
    public void RolesWithoutPlanRecords_SeeNone(string role)
    {
        // Even with a locality and the user id of a caseworker, these roles see no plan records.
        var actor = People.WithRole(role, userId: "ann", localityId: 1);

        Assert.Empty(VisibleReferences(actor));
        Assert.All(Register, plan => Assert.False(PlanAccess.CanView(actor, plan)));
    }

    [Fact]
    public void NoRoles_SeesNone()
    {
        var nobody = People.InRoles("ann", 1);

        Assert.Empty(VisibleReferences(nobody));
    }

    [Theory]
    [InlineData("ann", 1, StaffRole.Caseworker)]
    [InlineData("bob", 2, StaffRole.Caseworker)]
    [InlineData("nobody", 1, StaffRole.Caseworker)]
    [InlineData("manager-1", 1, StaffRole.LocalityManager)]
    [InlineData("manager-2", 2, StaffRole.LocalityManager)]
    [InlineData("manager-3", 3, StaffRole.LocalityManager)]
    [InlineData("lead", null, StaffRole.QaLead)]
    [InlineData("ann", 1, StaffRole.PanelMember)]
    [InlineData("board", null, StaffRole.BoardMember)]
    [InlineData("admin", null, StaffRole.Administrator)]
    public void VisibleToInAQuery_AgreesWithCanView(string userId, int? localityId, string role)
    {
        var actor = People.WithRole(role, userId, localityId);

        var listed = Register.AsQueryable().Where(PlanAccess.VisibleTo(actor)).ToList();
        var viewable = Register.Where(plan => PlanAccess.CanView(actor, plan)).ToList();

        Assert.Equal(viewable, listed);
    }

    private static List<string> VisibleReferences(Actor actor) =>
        Register.AsQueryable().Where(PlanAccess.VisibleTo(actor)).Select(p => p.Reference).Order().ToList();

    private static Plan PlanIn(string reference, int localityId, string caseworkerId) =>
        PlanData.Register(PlanData.Details(localityId, caseworkerId) with { Reference = reference });
}
