using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Plans;

public class PlanUpdate
{
    private static readonly DateTimeOffset Later = PlanData.Now.AddDays(10);

    [Fact]
    public void Update_ChangesTheDetails()
    {
        var plan = PlanData.Register();
        var corrected = PlanData.Details(localityId: 2, caseworkerId: "caseworker-7") with
        {
            Reference = "ehc/2026-002",
            ChildIdentifier = "ab",
            PrimaryNeed = NeedType.SocialEmotionalAndMentalHealth,
            Setting = SettingType.ResourcedProvision,
            Cohorts = VulnerableCohorts.YouthJustice,
            RequestDate = new DateOnly(2026, 2, 2),
        };

        plan.Update(corrected, "manager-2", Later);

        Assert.Equal("EHC/2026-002", plan.Reference);
        Assert.Equal("AB", plan.ChildIdentifier);
        Assert.Equal(NeedType.SocialEmotionalAndMentalHealth, plan.PrimaryNeed);
        Assert.Equal(SettingType.ResourcedProvision, plan.Setting);
        Assert.Equal(2, plan.LocalityId);
        Assert.Equal("caseworker-7", plan.CaseworkerId);
        Assert.Equal(VulnerableCohorts.YouthJustice, plan.Cohorts);
        Assert.Equal(new DateOnly(2026, 2, 2), plan.RequestDate);
        Assert.Equal(new DateOnly(2026, 6, 22), plan.StatutoryDeadline);
    }

    [Theory]
    [InlineData(PlanStage.Draft)]
    [InlineData(PlanStage.Final)]
    [InlineData(PlanStage.Amended)]
    public void Update_KeepsTheStage(PlanStage stage)
    {
        var plan = PlanData.Register(stage: stage);

        plan.Update(PlanData.Details() with { ChildIdentifier = "XY" }, "manager-2", Later);

        Assert.Equal(stage, plan.Stage);
    }

    [Fact]
    public void Update_ChangesUpdatedByAndAtButNotCreated()
    {
        var plan = PlanData.Register();

        plan.Update(PlanData.Details(), "manager-2", Later);

        Assert.Equal("manager-2", plan.UpdatedById);
        Assert.Equal(Later, plan.UpdatedAt);
        Assert.Equal(PlanData.RegisteredBy, plan.CreatedById);
        Assert.Equal(PlanData.Now, plan.CreatedAt);
    }

    [Fact]
    public void Update_WithBadDetails_ThrowsAndChangesNothing()
    {
        var plan = PlanData.Register();

        Assert.Throws<DomainRuleException>(() => plan.Update(PlanData.Details() with { Reference = "NEW-1", ChildIdentifier = "Jane Smith" }, "manager-2", Later));

        Assert.Equal("EHC/2026-001", plan.Reference);
        Assert.Equal("JS", plan.ChildIdentifier);
        Assert.Equal(PlanData.RegisteredBy, plan.UpdatedById);
        Assert.Equal(PlanData.Now, plan.UpdatedAt);
    }

    [Fact]
    public void Update_WithoutWhoUpdated_Throws()
    {
        var plan = PlanData.Register();

        Assert.ThrowsAny<ArgumentException>(() => plan.Update(PlanData.Details(), " ", Later));
        Assert.Equal(PlanData.RegisteredBy, plan.UpdatedById);
    }
}
