using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Staff;
using EhcpQa.Domain.Tests.Moderation;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Plans;

/// <summary>
/// The text of a plan issued before the service held it is brought in as the version moderators grade: never graded
/// for sign-off, refused for drafts and for plans signed off here, and replaced by a newer version, never altered.
/// </summary>
public class IssuedTextBroughtIn
{
    private static readonly Dictionary<SectionCode, string> Text = new()
    {
        [SectionCode.A] = "  About me.  ",
        [SectionCode.F] = "Two hours a week of speech and language therapy.",
        [SectionCode.I] = string.Empty,
    };

    [Fact]
    public void AnIssuedPlansText_BecomesItsFinalVersion_WithNoSignOffGrade()
    {
        var plan = PlanData.Register(stage: PlanStage.Final);

        var version = plan.BringInIssuedText(Text, null, "qa-lead", PlanData.Now);

        Assert.Equal(DraftStatus.BroughtIn, version.Status);
        Assert.Same(version, plan.FinalVersion);
        Assert.Null(plan.SignedOffVersion);
        Assert.Null(plan.SignOffGrade);
        Assert.Equal([SectionCode.A, SectionCode.F], version.Sections.Select(s => s.Section));
        Assert.Equal("About me.", version.Sections[0].Text);
        var recorded = plan.Events[^1];
        Assert.Equal((PlanEventKind.IssuedTextBroughtIn, 1, "qa-lead", PlanData.Now), (recorded.Kind, recorded.VersionNumber, recorded.ActorId, recorded.At));
    }

    [Fact]
    public void ADraft_IsRefused_ItsTextGoesThroughSignOff()
    {
        var plan = PlanData.Register(stage: PlanStage.Draft);

        var thrown = Assert.Throws<DomainRuleException>(() => plan.BringInIssuedText(Text, null, "qa-lead", PlanData.Now));

        Assert.Contains("is a draft", thrown.Message, StringComparison.Ordinal);
        Assert.Empty(plan.Versions);
    }

    [Fact]
    public void NoTextAtAll_IsRefused()
    {
        var plan = PlanData.Register(stage: PlanStage.Final);

        var thrown = Assert.Throws<DomainRuleException>(() => plan.BringInIssuedText(new Dictionary<SectionCode, string> { [SectionCode.B] = " " }, null, "qa-lead", PlanData.Now));

        Assert.Contains("has no text", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ASecondText_IsANewVersion_AndTheFirstStaysInTheHistory()
    {
        var plan = PlanData.Register(stage: PlanStage.Amended);
        var first = plan.BringInIssuedText(Text, null, "qa-lead", PlanData.Now);

        var second = plan.BringInIssuedText(new Dictionary<SectionCode, string> { [SectionCode.F] = "Amended provision." }, null, "qa-lead", PlanData.Now.AddDays(1));

        Assert.Equal(2, second.Number);
        Assert.Same(second, plan.FinalVersion);
        Assert.Equal("Two hours a week of speech and language therapy.", first.Sections.Single(s => s.Section == SectionCode.F).Text);
    }

    [Fact]
    public void APlanWithItsTextBroughtIn_CanBeModerated()
    {
        var plan = PlanData.Register(stage: PlanStage.Final);
        plan.BringInIssuedText(Text, null, "qa-lead", PlanData.Now);
        var session = PanelSessions.WithMembers(("mod-a", Agency.Health));
        session.Assign(Domain.Moderation.SessionPlan.Of(plan), "mod-a");

        Assert.Null(session.WhyNotModerate(ModerationScene.ModeratorA, plan, []));
    }
}
