using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Plans;

public class PlanAmendment
{
    private static readonly DateTimeOffset AmendedAt = PlanData.Now.AddMonths(12);

    [Theory]
    [InlineData(PlanStage.Final)]
    [InlineData(PlanStage.Amended)]
    public void Amend_IssuedPlan_BecomesAmended(PlanStage stage)
    {
        var plan = PlanData.Register(stage: stage);

        plan.Amend("caseworker-1", AmendedAt);

        Assert.Equal(PlanStage.Amended, plan.Stage);
        Assert.Equal("caseworker-1", plan.UpdatedById);
        Assert.Equal(AmendedAt, plan.UpdatedAt);
    }

    [Fact]
    public void Amend_Draft_ThrowsAndChangesNothing()
    {
        var plan = PlanData.Register(stage: PlanStage.Draft);

        Assert.Throws<DomainRuleException>(() => plan.Amend("caseworker-1", AmendedAt));

        Assert.Equal(PlanStage.Draft, plan.Stage);
        Assert.Equal(PlanData.Now, plan.UpdatedAt);
    }

    [Fact]
    public void Amend_AfterIssue_FollowsTheLifeOfAPlan()
    {
        var plan = PlanData.Register(stage: PlanStage.Draft);

        plan.Issue("manager-1", PlanData.Now.AddDays(30));
        plan.Amend("caseworker-1", AmendedAt);

        Assert.Equal(PlanStage.Amended, plan.Stage);
    }
}
