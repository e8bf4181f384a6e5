using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Frameworks;

public class FrameworkRevision
{
    [Fact]
    public void Revise_PublishedVersion_AddsDraftNumberedNext()
    {
        var framework = FrameworkBuilder.Complete().Build();
        var first = framework.Versions[0];
        first.Publish(FrameworkBuilder.PublishedAt);

        var revision = framework.Revise(" Revised 2027 ", null, FrameworkBuilder.PublishedAt);

        Assert.Equal([first, revision], framework.Versions);
        Assert.Equal(2, revision.Number);
        Assert.Equal("Revised 2027", revision.Title);
        Assert.Equal(first.Source, revision.Source);
        Assert.Equal(first.Scheme, revision.Scheme);
        Assert.Same(framework, revision.Framework);
        Assert.False(revision.IsPublished);
        Assert.False(revision.IsLocked);
    }

    [Fact]
    public void Revise_CopiesEveryPartOfTheContent()
    {
        var framework = FrameworkBuilder.Complete().Build();
        var first = framework.Versions[0];
        first.AddDescriptor(SectionCode.J, 2, "Personal budget described", DescriptorApplicability.IfApplicable, null);
        first.Publish(FrameworkBuilder.PublishedAt);

        var revision = framework.Revise("Revised", null, FrameworkBuilder.PublishedAt);

        Assert.Equal(first.Standards.Select(s => (s.Number, s.Title, s.Text)), revision.Standards.Select(s => (s.Number, s.Title, s.Text)));
        Assert.Equal(first.Sections.Select(s => (s.Code, s.Title)), revision.Sections.Select(s => (s.Code, s.Title)));
        foreach (var section in first.Sections)
        {
            var copy = revision.Section(section.Code);
            Assert.Equal(section.Prompts, copy.Prompts);
            Assert.Equal(
                section.Descriptors.Select(d => (d.Number, d.Text, d.Applicability, d.QualityStandard)),
                copy.Descriptors.Select(d => (d.Number, d.Text, d.Applicability, d.QualityStandard)));
        }

        foreach (var grade in Grade.All)
        {
            Assert.Equal(first.DescriptorFor(grade)?.Points, revision.DescriptorFor(grade)?.Points);
        }
    }

    [Fact]
    public void Revise_CopiesAreNewObjects()
    {
        var framework = FrameworkBuilder.Complete().Build();
        var first = framework.Versions[0];
        first.Publish(FrameworkBuilder.PublishedAt);

        var revision = framework.Revise("Revised", null, FrameworkBuilder.PublishedAt);

        Assert.NotSame(first.Section(SectionCode.A), revision.Section(SectionCode.A));
        Assert.NotSame(first.Section(SectionCode.A).Descriptor(1), revision.Section(SectionCode.A).Descriptor(1));
        Assert.NotSame(first.Section(SectionCode.A).Prompts, revision.Section(SectionCode.A).Prompts);
        Assert.NotSame(first.Standards[0], revision.Standards[0]);
        Assert.NotSame(first.DescriptorFor(Grade.Good), revision.DescriptorFor(Grade.Good));
        Assert.NotSame(first.DescriptorFor(Grade.Good)?.Points, revision.DescriptorFor(Grade.Good)?.Points);
    }

    [Fact]
    public void EditsToRevision_DoNotChangeTheUsedVersion()
    {
        var framework = FrameworkBuilder.Complete().Build();
        var first = framework.Versions[0];
        first.Publish(FrameworkBuilder.PublishedAt);
        first.RecordUse(FrameworkBuilder.FirstUsedAt);

        var revision = framework.Revise("Revised", null, FrameworkBuilder.PublishedAt);
        revision.AddQualityStandard(2, "Clear and SMART", "Outcomes are SMART.");
        revision.DescribeGrade(Grade.Inadequate, ["Reworded"]);
        revision.AddDescriptor(SectionCode.E, 2, "Outcomes are SMART", DescriptorApplicability.Required, 2);
        revision.ReviseDescriptor(SectionCode.B, 1, "Reworded descriptor", DescriptorApplicability.IfApplicable);
        revision.ReplacePrompts(SectionCode.I, ["Reworded prompt"]);

        Assert.Single(first.Standards);
        Assert.Equal([FrameworkBuilder.GradePoint(Grade.Inadequate)], first.DescriptorFor(Grade.Inadequate)?.Points);
        Assert.Single(first.Section(SectionCode.E).Descriptors);
        Assert.Equal(FrameworkBuilder.DescriptorText(SectionCode.B), first.Section(SectionCode.B).Descriptor(1).Text);
        Assert.Equal(DescriptorApplicability.Required, first.Section(SectionCode.B).Descriptor(1).Applicability);
        Assert.Equal([FrameworkBuilder.Prompt(SectionCode.I)], first.Section(SectionCode.I).Prompts);

        Assert.Equal(2, revision.Standards.Count);
        Assert.Equal(2, revision.Section(SectionCode.E).Descriptors.Count);
        Assert.Equal("Reworded descriptor", revision.Section(SectionCode.B).Descriptor(1).Text);
    }

    [Fact]
    public void Revise_WhileNewestVersionIsDraft_Throws()
    {
        var framework = FrameworkBuilder.Complete().Build();

        Assert.Throws<DomainRuleException>(() => framework.Revise("Too soon", null, FrameworkBuilder.PublishedAt));
        Assert.Single(framework.Versions);
    }

    [Fact]
    public void Revise_WhileEarlierRevisionIsDraft_Throws()
    {
        var framework = FrameworkBuilder.Complete().Build();
        framework.Versions[0].Publish(FrameworkBuilder.PublishedAt);
        framework.Revise("Second", null, FrameworkBuilder.PublishedAt);

        var thrown = Assert.Throws<DomainRuleException>(() => framework.Revise("Third", null, FrameworkBuilder.PublishedAt));

        Assert.Contains("Version 2", thrown.Message, StringComparison.Ordinal);
        Assert.Equal(2, framework.Versions.Count);
    }

    [Fact]
    public void Revise_FrameworkWithoutVersions_Throws()
    {
        var framework = new Framework("test", "Test");

        Assert.Throws<DomainRuleException>(() => framework.Revise("Revised", null, FrameworkBuilder.PublishedAt));
    }

    [Fact]
    public void Revise_OfRevision_NumbersOnFromNewest()
    {
        var framework = FrameworkBuilder.Complete().Build();
        framework.Versions[0].Publish(FrameworkBuilder.PublishedAt);
        framework.Revise("Second", null, FrameworkBuilder.PublishedAt).Publish(FrameworkBuilder.PublishedAt.AddMonths(6));

        var third = framework.Revise("Third", null, FrameworkBuilder.PublishedAt);

        Assert.Equal(3, third.Number);
        Assert.Equal([1, 2, 3], framework.Versions.Select(v => v.Number));
    }

    [Fact]
    public void Revision_IsPublishableAsCopied()
    {
        var framework = FrameworkBuilder.Complete().Build();
        framework.Versions[0].Publish(FrameworkBuilder.PublishedAt);
        var revision = framework.Revise("Second", null, FrameworkBuilder.PublishedAt);

        revision.Publish(FrameworkBuilder.PublishedAt.AddMonths(6));

        Assert.True(revision.IsPublished);
    }
}
