using EhcpQa.Domain.Sampling;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Sampling;

public class AddedPlanMarking
{
    [Fact]
    public void AddedPlan_IsMarkedAddedWithItsReason()
    {
        var item = SampleItem.Added(42, "  Complaint from the family about Section F  ");

        Assert.Equal(42, item.PlanId);
        Assert.Equal(SampleItemOrigin.Added, item.Origin);
        Assert.Equal("Complaint from the family about Section F", item.Reason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void AddedPlanWithoutAReason_IsRefused(string? reason)
    {
        var refusal = Assert.Throws<DomainRuleException>(() => SampleItem.Added(42, reason!));

        Assert.Equal("Give a reason for adding this plan to the sample.", refusal.Message);
    }

    [Fact]
    public void DrawnPlan_IsMarkedDrawnWithoutAReason()
    {
        var item = SampleItem.Drawn(7);

        Assert.Equal(SampleItemOrigin.Drawn, item.Origin);
        Assert.Null(item.Reason);
    }

    [Fact]
    public void OutcomeItems_AreTheDrawnPlansMarkedDrawn()
    {
        var outcome = SampleDraw.Draw(Populations.Varied(200, caseworkers: 4), new SampleRules(6), seed: 11);

        Assert.Equal(outcome.Drawn.Select(c => c.PlanId), outcome.Items.Select(i => i.PlanId));
        Assert.All(outcome.Items, i => Assert.Equal(SampleItemOrigin.Drawn, i.Origin));
    }

    [Fact]
    public void SameAddition_IsEqual()
    {
        Assert.Equal(SampleItem.Added(3, "Theme: children in care"), SampleItem.Added(3, "Theme: children in care"));
        Assert.NotEqual(SampleItem.Drawn(3), SampleItem.Added(3, "Theme: children in care"));
    }
}
