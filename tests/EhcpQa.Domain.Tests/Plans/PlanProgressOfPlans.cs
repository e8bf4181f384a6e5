using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Plans;

/// <summary>Where a plan is in its writing, as the register filters it, and when it waits for its caseworker.</summary>
public sealed class PlanProgressOfPlans
{
    private static readonly Domain.Frameworks.FrameworkVersion Framework = FrameworkBuilder.Complete().BuildPublished();

    [Fact]
    public void APlanWithNoDraftSent_IsNotSent_LiveAndWaitsForItsCaseworker()
    {
        var plan = PlanData.Register();

        Assert.Equal([PlanProgress.NotSent], ProgressOf(plan));
        Assert.True(Matches(plan, PlanProgresses.Live));
        Assert.True(Matches(plan, PlanProgresses.WaitingForItsCaseworker));
    }

    [Theory]
    [InlineData(DraftStatus.AwaitingSignOff)]
    [InlineData(DraftStatus.AwaitingSecondOpinion)]
    [InlineData(DraftStatus.ReadyForDecision)]
    public void APlanWhoseDraftIsWithTheSignOffTeam_IsLive_ButDoesNotWaitForItsCaseworker(DraftStatus status)
    {
        var plan = SignOffSteps.PlanWithDraft(status, Framework);

        Assert.Equal([PlanProgress.WithSignOff], ProgressOf(plan));
        Assert.True(Matches(plan, PlanProgresses.Live));
        Assert.False(Matches(plan, PlanProgresses.WaitingForItsCaseworker));
    }

    [Fact]
    public void APlanWhoseDraftWasReturned_WaitsForItsCaseworker_UntilANewVersionIsSent()
    {
        var plan = SignOffSteps.PlanWithDraft(DraftStatus.Returned, Framework);

        Assert.Equal([PlanProgress.Returned], ProgressOf(plan));
        Assert.True(Matches(plan, PlanProgresses.WaitingForItsCaseworker));

        plan.Resubmit();

        Assert.Equal([PlanProgress.WithSignOff], ProgressOf(plan));
        Assert.False(Matches(plan, PlanProgresses.WaitingForItsCaseworker));
    }

    [Fact]
    public void ASignedOffPlan_IsIssued_NotLive_AndWaitsForNobody()
    {
        var plan = SignOffSteps.PlanWithDraft(DraftStatus.SignedOff, Framework);

        Assert.Equal([PlanProgress.Issued], ProgressOf(plan));
        Assert.False(Matches(plan, PlanProgresses.Live));
        Assert.False(Matches(plan, PlanProgresses.WaitingForItsCaseworker));
    }

    [Fact]
    public void APlanRegisteredAsFinal_IsIssued()
    {
        Assert.Equal([PlanProgress.Issued], ProgressOf(PlanData.Register(stage: PlanStage.Final)));
    }

    /// <summary>Every point of a plan's writing it is at: always exactly one.</summary>
    private static List<PlanProgress> ProgressOf(Plan plan) =>
        Enum.GetValues<PlanProgress>().Where(p => Matches(plan, PlanProgresses.Is(p))).ToList();

    private static bool Matches(Plan plan, System.Linq.Expressions.Expression<Func<Plan, bool>> filter) => new[] { plan }.AsQueryable().Any(filter);
}
