using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Plans;

/// <summary>A plan remembers the date it was issued as final: the population of monthly dip samples.</summary>
public sealed class PlanIssueDate
{
    [Fact]
    public void Issue_RecordsTodaysUkDate()
    {
        var plan = PlanData.Register();

        plan.Issue("manager-1", new DateTimeOffset(2026, 7, 1, 23, 30, 0, TimeSpan.Zero));

        // 23:30 UTC on 1 July is 00:30 on 2 July in British Summer Time.
        Assert.Equal(new DateOnly(2026, 7, 2), plan.IssuedOn);
    }

    [Fact]
    public void Register_Draft_HasNoIssueDate()
    {
        Assert.Null(PlanData.Register().IssuedOn);
    }

    [Fact]
    public void Register_FinalWithIssueDate_KeepsIt()
    {
        var details = PlanData.Details();
        var issued = PlanData.Today.AddDays(-1);

        var plan = Plan.Register(details, PlanStage.Final, "qa-lead", PlanData.Now, issued);

        Assert.Equal(issued, plan.IssuedOn);
    }

    [Fact]
    public void Register_DraftWithIssueDate_IsRefused()
    {
        Assert.Throws<DomainRuleException>(() => Plan.Register(PlanData.Details(), PlanStage.Draft, "qa-lead", PlanData.Now, PlanData.Today));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1)]
    public void Register_IssueDateOutsideRequestToToday_IsRefused(int side)
    {
        var details = PlanData.Details();
        var issued = side < 0 ? details.RequestDate.AddDays(-1) : PlanData.Today.AddDays(1);

        Assert.Throws<DomainRuleException>(() => Plan.Register(details, PlanStage.Final, "qa-lead", PlanData.Now, issued));
    }
}
