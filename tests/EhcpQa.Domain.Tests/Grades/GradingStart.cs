using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Grades;

public class GradingStart
{
    [Fact]
    public void Start_RecordsUseOfTheFrameworkVersion_WhichBecomesLocked()
    {
        var framework = FrameworkBuilder.Complete().BuildPublished();
        Assert.False(framework.IsLocked);

        Grading.Start(7, 21, GradingPurpose.SignOff, "manager-1", framework, PlanData.Now);

        Assert.True(framework.IsLocked);
        Assert.Equal(PlanData.Now, framework.FirstUsedAt);
        Assert.Throws<FrameworkVersionLockedException>(() => framework.ReplacePrompts(SectionCode.B, ["Changed"]));
    }

    [Fact]
    public void Start_AgainstAVersionAlreadyUsed_KeepsTheFirstUse()
    {
        var framework = FrameworkBuilder.Complete().BuildUsed();

        Grading.Start(7, 21, GradingPurpose.SignOff, "manager-1", framework, PlanData.Now);

        Assert.Equal(FrameworkBuilder.FirstUsedAt, framework.FirstUsedAt);
    }

    [Fact]
    public void Start_UnpublishedVersion_IsRefusedAndLeavesItEditable()
    {
        var framework = FrameworkBuilder.Complete().BuildDraft();

        var thrown = Assert.Throws<DomainRuleException>(
            () => Grading.Start(7, 21, GradingPurpose.SignOff, "manager-1", framework, PlanData.Now));

        Assert.Contains("not published", thrown.Message, StringComparison.Ordinal);
        Assert.False(framework.IsLocked);
        Assert.Null(framework.FirstUsedAt);
    }

    [Fact]
    public void Start_KeepsThePlanVersionPurposeGraderFrameworkAndTime()
    {
        var (_, framework) = FrameworkBuilder.Complete().BuildRevised();

        var grading = Grading.Start(7, 21, GradingPurpose.Moderation, "panel-3", framework, PlanData.Now, panelSessionId: 4);

        Assert.Equal(4, grading.PanelSessionId);
        Assert.Equal(7, grading.PlanId);
        Assert.Equal(21, grading.PlanVersionId);
        Assert.Equal(GradingPurpose.Moderation, grading.Purpose);
        Assert.Equal("panel-3", grading.GraderId);
        Assert.Equal(2, grading.FrameworkVersionId);
        Assert.Equal(PlanData.Now, grading.StartedAt);
    }

    [Fact]
    public void Start_BeginsInProgressWithNothingJudged()
    {
        var framework = FrameworkBuilder.Complete().BuildPublished();

        var grading = Gradings.Start(framework);

        Assert.False(grading.IsSubmitted);
        Assert.Null(grading.SubmittedAt);
        Assert.Empty(grading.Judgements);
        Assert.Null(grading.OverallGrade);
        Assert.Equal(framework.Sections.Select(s => s.Code), grading.Outstanding(framework));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Start_WithoutGrader_Throws(string graderId)
    {
        var framework = FrameworkBuilder.Complete().BuildPublished();

        Assert.ThrowsAny<ArgumentException>(() => Grading.Start(7, 21, GradingPurpose.SignOff, graderId, framework, PlanData.Now));
        Assert.False(framework.IsLocked);
    }

    [Fact]
    public void Start_UnknownPurpose_IsRefused()
    {
        var framework = FrameworkBuilder.Complete().BuildPublished();

        Assert.Throws<DomainRuleException>(() => Grading.Start(7, 21, (GradingPurpose)99, "manager-1", framework, PlanData.Now));
        Assert.False(framework.IsLocked);
    }

    [Theory]
    [InlineData(GradingPurpose.Moderation)]
    [InlineData(GradingPurpose.PanelAgreement)]
    public void ModerationWithoutASession_IsRefused(GradingPurpose purpose)
    {
        var framework = FrameworkBuilder.Complete().BuildPublished();

        var thrown = Assert.Throws<DomainRuleException>(() => Grading.Start(7, 21, purpose, "panel-3", framework, PlanData.Now));

        Assert.Equal("A moderation grading belongs to a moderation session.", thrown.Message);
        Assert.False(framework.IsLocked);
    }

    [Theory]
    [InlineData(GradingPurpose.SignOff)]
    [InlineData(GradingPurpose.SecondOpinion)]
    [InlineData(GradingPurpose.SignOffAgreement)]
    public void SignOffGradingInASession_IsRefused(GradingPurpose purpose)
    {
        var framework = FrameworkBuilder.Complete().BuildPublished();

        var thrown = Assert.Throws<DomainRuleException>(() => Grading.Start(7, 21, purpose, "manager-1", framework, PlanData.Now, panelSessionId: 3));

        Assert.Equal("Only moderation gradings belong to a moderation session.", thrown.Message);
    }
}
