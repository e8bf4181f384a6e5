using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Plans;

public class PlanRegistration
{
    [Fact]
    public void Register_RecordsEveryDetail()
    {
        var details = PlanData.Details(localityId: 3, caseworkerId: "caseworker-9") with
        {
            PrimaryNeed = NeedType.HearingImpairment,
            Setting = SettingType.Special,
            Cohorts = VulnerableCohorts.ChildInCare | VulnerableCohorts.ChildProtection,
        };

        var plan = Plan.Register(details, PlanStage.Draft, "manager-1", PlanData.Now);

        Assert.Equal("EHC/2026-001", plan.Reference);
        Assert.Equal("JS", plan.ChildIdentifier);
        Assert.Equal(new DateOnly(2016, 5, 14), plan.DateOfBirth);
        Assert.Equal(NeedType.HearingImpairment, plan.PrimaryNeed);
        Assert.Equal(BroadAreaOfNeed.SensoryAndPhysical, plan.PrimaryArea);
        Assert.Equal(SettingType.Special, plan.Setting);
        Assert.Equal(3, plan.LocalityId);
        Assert.Equal("caseworker-9", plan.CaseworkerId);
        Assert.Equal(VulnerableCohorts.ChildInCare | VulnerableCohorts.ChildProtection, plan.Cohorts);
        Assert.Equal(new DateOnly(2026, 1, 5), plan.RequestDate);
        Assert.Equal(PlanStage.Draft, plan.Stage);
    }

    [Fact]
    public void Register_RecordsWhoAndWhen()
    {
        var plan = Plan.Register(PlanData.Details(), PlanStage.Draft, "manager-1", PlanData.Now);

        Assert.Equal("manager-1", plan.CreatedById);
        Assert.Equal(PlanData.Now, plan.CreatedAt);
        Assert.Equal("manager-1", plan.UpdatedById);
        Assert.Equal(PlanData.Now, plan.UpdatedAt);
    }

    [Fact]
    public void Register_ComputesTheStatutoryDeadlineFromTheRequest()
    {
        var plan = PlanData.Register(PlanData.Details() with { RequestDate = new DateOnly(2026, 1, 5) });

        Assert.Equal(new DateOnly(2026, 5, 25), plan.StatutoryDeadline);
    }

    [Theory]
    [InlineData("ehc/2026-001", "EHC/2026-001")]
    [InlineData("  ehc-42  ", "EHC-42")]
    [InlineData("12345", "12345")]
    public void Register_TrimsAndUpperCasesTheReference(string reference, string expected)
    {
        var plan = PlanData.Register(PlanData.Details() with { Reference = reference });

        Assert.Equal(expected, plan.Reference);
    }

    [Theory]
    [InlineData("js", "JS")]
    [InlineData(" aBc ", "ABC")]
    [InlineData("J", "J")]
    [InlineData("abcd", "ABCD")]
    public void Register_TrimsAndUpperCasesTheInitials(string initials, string expected)
    {
        var plan = PlanData.Register(PlanData.Details() with { ChildIdentifier = initials });

        Assert.Equal(expected, plan.ChildIdentifier);
    }

    [Theory]
    [InlineData(PlanStage.Draft)]
    [InlineData(PlanStage.Final)]
    [InlineData(PlanStage.Amended)]
    public void Register_ExistingPlan_KeepsTheStageGiven(PlanStage stage)
    {
        var plan = PlanData.Register(stage: stage);

        Assert.Equal(stage, plan.Stage);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Register_WithoutWhoRegistered_Throws(string byUserId)
    {
        Assert.ThrowsAny<ArgumentException>(() => Plan.Register(PlanData.Details(), PlanStage.Draft, byUserId, PlanData.Now));
    }

    [Fact]
    public void YearGroupAndPhase_AreWorkedOutFromTheDateOfBirth()
    {
        var plan = PlanData.Register(PlanData.Details() with { DateOfBirth = new DateOnly(2016, 5, 14) });

        Assert.Equal(5, plan.YearGroupOn(new DateOnly(2026, 3, 2)));
        Assert.Equal(Phase.KeyStage2, plan.PhaseOn(new DateOnly(2026, 3, 2)));
        Assert.Equal(6, plan.YearGroupOn(new DateOnly(2026, 9, 1)));
        Assert.Equal(Phase.KeyStage3, plan.PhaseOn(new DateOnly(2027, 9, 1)));
    }
}
