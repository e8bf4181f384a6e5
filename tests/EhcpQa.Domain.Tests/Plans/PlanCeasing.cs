using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Plans;

/// <summary>An issued plan ceases once, on a date between its issue and today; a ceased plan is not amended.</summary>
public class PlanCeasing
{
    private static readonly DateTimeOffset Later = PlanData.Now.AddMonths(6);

    [Theory]
    [InlineData(PlanStage.Final)]
    [InlineData(PlanStage.Amended)]
    public void AnIssuedPlan_Ceases_OnTheDateGiven_WithWhoAndWhenInItsHistory(PlanStage stage)
    {
        var plan = PlanData.Register(stage: stage);
        var ceasedOn = PlanData.Today.AddMonths(3);

        plan.Cease(ceasedOn, "caseworker-1", Later);

        Assert.Equal(ceasedOn, plan.CeasedOn);
        Assert.True(plan.HasCeased);
        var entry = plan.Events[^1];
        Assert.Equal((PlanEventKind.Ceased, "caseworker-1", Later), (entry.Kind, entry.ActorId, entry.At));
    }

    [Fact]
    public void ADraft_DoesNotCease()
    {
        var plan = PlanData.Register(stage: PlanStage.Draft);

        var refused = Assert.Throws<DomainRuleException>(() => plan.Cease(PlanData.Today, "caseworker-1", Later));

        Assert.Contains("still a draft", refused.Message, StringComparison.Ordinal);
        Assert.Null(plan.CeasedOn);
    }

    [Fact]
    public void ADateInTheFuture_IsRefused_NamingTheField()
    {
        var plan = PlanData.Register(stage: PlanStage.Final);

        var problems = plan.CeaseProblems(ServiceCalendar.DateOf(Later).AddDays(1), ServiceCalendar.DateOf(Later)).ToList();

        Assert.Equal([new Problem(nameof(Plan.CeasedOn), "The date the plan ceased must be today or in the past")], problems);
    }

    [Fact]
    public void ADateBeforeTheIssue_IsRefused()
    {
        var plan = PlanData.Register(stage: PlanStage.Draft);
        plan.Issue("manager-1", PlanData.Now.AddDays(30));

        Assert.Throws<DomainRuleException>(() => plan.Cease(PlanData.Today.AddDays(29), "caseworker-1", Later));
        Assert.Null(plan.CeasedOn);
    }

    [Fact]
    public void APlanCeases_OnceOnly_AndIsNotAmendedAfter()
    {
        var plan = PlanData.Register(stage: PlanStage.Final);
        plan.Cease(PlanData.Today, "caseworker-1", Later);

        Assert.Throws<DomainRuleException>(() => plan.Cease(PlanData.Today.AddDays(1), "caseworker-1", Later));
        Assert.Throws<DomainRuleException>(() => plan.Amend("caseworker-1", Later));
        Assert.Equal(PlanData.Today, plan.CeasedOn);
        Assert.Equal(PlanStage.Final, plan.Stage);
    }
}
