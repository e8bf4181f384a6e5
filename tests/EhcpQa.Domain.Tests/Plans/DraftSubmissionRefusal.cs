using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Staff;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Plans;

public class DraftSubmissionRefusal
{
    public static TheoryData<string> NotTheCaseworkerNorAQaLead() =>
    [
        "another caseworker",
        "locality manager",
        "panel member",
        "board member",
        "administrator",
    ];

    [Theory]
    [MemberData(nameof(NotTheCaseworkerNorAQaLead))]
    public void BySomeoneElse_IsRefusedAndAddsNoVersion(string who)
    {
        var plan = PlanData.Register();
        var actor = who switch
        {
            "another caseworker" => People.Caseworker("caseworker-2", PlanData.LocalityId),
            "locality manager" => People.Manager,
            "panel member" => People.WithRole(StaffRole.PanelMember, "panel-1"),
            "board member" => People.WithRole(StaffRole.BoardMember, "board-1"),
            _ => People.WithRole(StaffRole.Administrator, "admin-1"),
        };

        var thrown = Assert.Throws<DomainRuleException>(() => plan.SubmitDraft(SignOffSteps.DraftText(), null, actor, PlanData.Now));

        Assert.Equal("Only the plan's caseworker or a QA lead can submit its draft.", thrown.Message);
        Assert.Empty(plan.Versions);
        Assert.Single(plan.Events);
    }

    [Fact]
    public void ByTheCaseworkerIdWithoutTheCaseworkerRole_IsRefused()
    {
        var plan = PlanData.Register();
        var manager = People.LocalityManager(PlanData.CaseworkerId, PlanData.LocalityId);

        Assert.Throws<DomainRuleException>(() => plan.SubmitDraft(SignOffSteps.DraftText(), null, manager, PlanData.Now));
        Assert.Empty(plan.Versions);
    }

    [Theory]
    [InlineData(PlanStage.Final)]
    [InlineData(PlanStage.Amended)]
    public void PlanNotADraft_IsRefused(PlanStage stage)
    {
        var plan = PlanData.Register(stage: stage);

        var thrown = Assert.Throws<DomainRuleException>(() => plan.SubmitDraft(SignOffSteps.DraftText(), null, People.PlanCaseworker, PlanData.Now));

        Assert.Contains("has been issued", thrown.Message, StringComparison.Ordinal);
        Assert.Empty(plan.Versions);
    }

    [Fact]
    public void AfterSignOff_IsRefused()
    {
        var plan = SignOffSteps.PlanWithDraft(DraftStatus.SignedOff, FrameworkBuilder.Complete().BuildPublished());

        Assert.Throws<DomainRuleException>(() => plan.Resubmit());
        Assert.Single(plan.Versions);
    }

    [Theory]
    [InlineData(DraftStatus.AwaitingSignOff, "awaiting sign-off")]
    [InlineData(DraftStatus.BeingGraded, "being graded")]
    [InlineData(DraftStatus.AwaitingSecondOpinion, "awaiting second opinion")]
    [InlineData(DraftStatus.AwaitingAgreement, "awaiting agreed grade")]
    [InlineData(DraftStatus.ReadyForDecision, "ready for decision")]
    public void CurrentVersionStillOpen_IsRefused(DraftStatus status, string described)
    {
        var plan = SignOffSteps.PlanWithDraft(status, FrameworkBuilder.Complete().BuildPublished());
        var eventsBefore = plan.Events.Count;

        var thrown = Assert.Throws<DomainRuleException>(() => plan.Resubmit());

        Assert.Equal($"Version 1 is still with the sign-off team ({described}).", thrown.Message);
        Assert.Single(plan.Versions);
        Assert.Equal(status, plan.CurrentVersion!.Status);
        Assert.Equal(eventsBefore, plan.Events.Count);
    }

    [Fact]
    public void NoSections_IsRefused()
    {
        var plan = PlanData.Register();

        var thrown = Assert.Throws<DomainRuleException>(() => plan.SubmitDraft(new Dictionary<SectionCode, string>(), null, People.PlanCaseworker, PlanData.Now));

        Assert.Contains("The draft has no text", thrown.Message, StringComparison.Ordinal);
        Assert.Empty(plan.Versions);
    }

    [Fact]
    public void OnlyBlankSections_AreRefused()
    {
        var plan = PlanData.Register();
        var sections = new Dictionary<SectionCode, string> { [SectionCode.A] = "  ", [SectionCode.B] = string.Empty, [SectionCode.F] = "\n" };

        var thrown = Assert.Throws<DomainRuleException>(() => plan.SubmitDraft(sections, null, People.PlanCaseworker, PlanData.Now));

        Assert.Contains("The draft has no text", thrown.Message, StringComparison.Ordinal);
        Assert.Empty(plan.Versions);
    }

    [Theory]
    [InlineData(SectionCode.Overall)]
    [InlineData((SectionCode)99)]
    public void ASectionThatIsNotPartOfAPlan_IsRefused(SectionCode code)
    {
        var plan = PlanData.Register();
        var sections = SignOffSteps.DraftText();
        sections[code] = "The plan is good overall.";

        var thrown = Assert.Throws<DomainRuleException>(() => plan.SubmitDraft(sections, null, People.PlanCaseworker, PlanData.Now));

        Assert.Equal("A draft holds the plan's sections A to K only.", thrown.Message);
        Assert.Empty(plan.Versions);
    }

    [Fact]
    public void SectionTextOverTheLimit_IsRefused()
    {
        var plan = PlanData.Register();
        var sections = SignOffSteps.DraftText();
        sections[SectionCode.F] = new string('x', PlanVersion.SectionTextMaxLength + 1);

        var thrown = Assert.Throws<DomainRuleException>(() => plan.SubmitDraft(sections, null, People.PlanCaseworker, PlanData.Now));

        Assert.Contains($"at most {PlanVersion.SectionTextMaxLength} characters", thrown.Message, StringComparison.Ordinal);
        Assert.Empty(plan.Versions);
    }

    [Fact]
    public void SectionTextAtTheLimit_IsAccepted()
    {
        var plan = PlanData.Register();
        var sections = SignOffSteps.DraftText();
        sections[SectionCode.F] = new string('x', PlanVersion.SectionTextMaxLength);

        var version = plan.SubmitDraft(sections, null, People.PlanCaseworker, PlanData.Now);

        Assert.Equal(PlanVersion.SectionTextMaxLength, version.TextOf(SectionCode.F).Length);
    }
}
