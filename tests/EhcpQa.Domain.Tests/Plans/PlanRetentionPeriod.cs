using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Plans;

/// <summary>A ceased plan is kept until the child's date of birth plus the authority's years (31 by default); a plan still maintained is always kept.</summary>
public class PlanRetentionPeriod
{
    [Fact]
    public void ByDefault_ACeasedPlan_IsKeptUntilTheChildWouldBe31()
    {
        var plan = PlanData.Register(stage: PlanStage.Final);
        plan.Cease(PlanData.Today, "caseworker-1", PlanData.Now);
        var thirtyFirstBirthday = plan.DateOfBirth.AddYears(31);

        Assert.Equal(thirtyFirstBirthday, PlanRetention.Default.KeptUntil(plan.DateOfBirth));
        Assert.False(PlanRetention.Default.IsPast(plan, thirtyFirstBirthday.AddDays(-1)));
        Assert.True(PlanRetention.Default.IsPast(plan, thirtyFirstBirthday));
    }

    [Fact]
    public void APlanStillMaintained_IsNeverPastItsKeeping()
    {
        var plan = PlanData.Register(stage: PlanStage.Final);

        Assert.False(PlanRetention.Default.IsPast(plan, plan.DateOfBirth.AddYears(80)));
    }

    [Theory]
    [InlineData(25)]
    [InlineData(101)]
    public void APeriodEndingWhileAPlanCouldStillRun_OrBeyondALifetime_IsRefused(int years) =>
        Assert.Throws<DomainRuleException>(() => new PlanRetention(years));

    [Fact]
    public void TheQueryBound_NeverLeavesOutAPlanPastItsKeeping()
    {
        var rule = new PlanRetention(40);
        var born = new DateOnly(2000, 2, 29);
        var today = rule.KeptUntil(born);

        Assert.True(born <= rule.BornOnOrBefore(today).AddDays(1));
    }
}
