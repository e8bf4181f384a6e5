using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Frameworks;

public class FrameworkVersionImmutability
{
    [Fact]
    public void AddQualityStandard_AfterVersionUsed_Throws()
    {
        var version = FrameworkBuilder.Complete().BuildUsed();

        var thrown = Assert.Throws<FrameworkVersionLockedException>(() => version.AddQualityStandard(2, "Clear", "Clear and concise."));

        Assert.Equal(1, thrown.Number);
        Assert.Single(version.Standards);
    }

    [Fact]
    public void DescribeGrade_AfterVersionUsed_Throws()
    {
        var version = FrameworkBuilder.Complete().BuildUsed();

        Assert.Throws<FrameworkVersionLockedException>(() => version.DescribeGrade(Grade.Good, ["Changed"]));
        Assert.Equal([FrameworkBuilder.GradePoint(Grade.Good)], version.DescriptorFor(Grade.Good)?.Points);
    }

    [Fact]
    public void AddSection_AfterVersionUsed_Throws()
    {
        var version = FrameworkBuilder.Complete().BuildUsed();

        Assert.Throws<FrameworkVersionLockedException>(() => version.AddSection(SectionCode.A, "Views again", []));
        Assert.Equal(13, version.Sections.Count);
    }

    [Fact]
    public void AddDescriptor_AfterVersionUsed_Throws()
    {
        var version = FrameworkBuilder.Complete().BuildUsed();

        Assert.Throws<FrameworkVersionLockedException>(
            () => version.AddDescriptor(SectionCode.B, 2, "Strengths are described", DescriptorApplicability.Required, 1));
        Assert.Single(version.Section(SectionCode.B).Descriptors);
    }

    [Fact]
    public void ReviseDescriptor_AfterVersionUsed_Throws()
    {
        var version = FrameworkBuilder.Complete().BuildUsed();

        Assert.Throws<FrameworkVersionLockedException>(
            () => version.ReviseDescriptor(SectionCode.B, 1, "Changed", DescriptorApplicability.IfApplicable));

        var descriptor = version.Section(SectionCode.B).Descriptor(1);
        Assert.Equal(FrameworkBuilder.DescriptorText(SectionCode.B), descriptor.Text);
        Assert.Equal(DescriptorApplicability.Required, descriptor.Applicability);
    }

    [Fact]
    public void ReplacePrompts_AfterVersionUsed_Throws()
    {
        var version = FrameworkBuilder.Complete().BuildUsed();

        Assert.Throws<FrameworkVersionLockedException>(() => version.ReplacePrompts(SectionCode.I, ["Changed"]));
        Assert.Equal([FrameworkBuilder.Prompt(SectionCode.I)], version.Section(SectionCode.I).Prompts);
    }

    [Fact]
    public void LockedException_IsADomainRuleExceptionThatSaysToRevise()
    {
        var version = FrameworkBuilder.Complete().BuildUsed();

        DomainRuleException thrown = Assert.Throws<FrameworkVersionLockedException>(() => version.ReplacePrompts(SectionCode.A, []));

        Assert.Contains("Version 1", thrown.Message, StringComparison.Ordinal);
        Assert.Contains("revision", thrown.Message, StringComparison.Ordinal);
    }
}
