using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Plans;

public class PlanIssue
{
    private static readonly DateTimeOffset IssuedAt = PlanData.Now.AddDays(30);

    [Fact]
    public void Issue_Draft_BecomesFinal()
    {
        var plan = PlanData.Register(stage: PlanStage.Draft);

        plan.Issue("manager-1", IssuedAt);

        Assert.Equal(PlanStage.Final, plan.Stage);
        Assert.Equal("manager-1", plan.UpdatedById);
        Assert.Equal(IssuedAt, plan.UpdatedAt);
    }

    [Theory]
    [InlineData(PlanStage.Final)]
    [InlineData(PlanStage.Amended)]
    public void Issue_NotADraft_ThrowsAndChangesNothing(PlanStage stage)
    {
        var plan = PlanData.Register(stage: stage);

        var thrown = Assert.Throws<DomainRuleException>(() => plan.Issue("manager-1", IssuedAt));

        Assert.Contains("EHC/2026-001", thrown.Message, StringComparison.Ordinal);
        Assert.Equal(stage, plan.Stage);
        Assert.Equal(PlanData.Now, plan.UpdatedAt);
    }
}
