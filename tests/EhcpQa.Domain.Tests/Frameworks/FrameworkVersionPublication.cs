using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Frameworks;

public class FrameworkVersionPublication
{
    [Fact]
    public void Publish_CompleteVersion_IsPublishedAtThatTime()
    {
        var version = FrameworkBuilder.Complete().BuildDraft();

        version.Publish(FrameworkBuilder.PublishedAt);

        Assert.True(version.IsPublished);
        Assert.Equal(FrameworkBuilder.PublishedAt, version.PublishedAt);
        Assert.False(version.IsLocked);
    }

    [Theory]
    [InlineData(SectionCode.A, "Section A")]
    [InlineData(SectionCode.H1, "Section H1")]
    [InlineData(SectionCode.H2, "Section H2")]
    [InlineData(SectionCode.K, "Section K")]
    [InlineData(SectionCode.Overall, "The plan overall")]
    public void Publish_SectionMissing_ThrowsNamingIt(SectionCode missing, string label)
    {
        var version = FrameworkBuilder.Complete().WithoutSection(missing).BuildDraft();

        var thrown = Assert.Throws<DomainRuleException>(() => version.Publish(FrameworkBuilder.PublishedAt));

        Assert.Contains(label, thrown.Message, StringComparison.Ordinal);
        Assert.False(version.IsPublished);
    }

    [Theory]
    [InlineData(SectionCode.A)]
    [InlineData(SectionCode.G)]
    [InlineData(SectionCode.Overall)]
    public void Publish_SectionWithoutDescriptors_Throws(SectionCode empty)
    {
        var version = FrameworkBuilder.Complete().WithoutDescriptorsIn(empty).BuildDraft();

        Assert.Throws<DomainRuleException>(() => version.Publish(FrameworkBuilder.PublishedAt));
        Assert.False(version.IsPublished);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Publish_GradeWithoutDescriptor_Throws(int undescribed)
    {
        var version = FrameworkBuilder.Complete().WithoutGradeDescriptor(Grade.FromValue(undescribed)).BuildDraft();

        Assert.Throws<DomainRuleException>(() => version.Publish(FrameworkBuilder.PublishedAt));
        Assert.False(version.IsPublished);
    }

    [Fact]
    public void Publish_EmptyVersion_Throws()
    {
        var version = new Framework("test", "Test").StartFirstVersion("Empty", "", ScoringScheme.GradeOneToFour);

        Assert.Throws<DomainRuleException>(() => version.Publish(FrameworkBuilder.PublishedAt));
    }

    [Fact]
    public void Publish_MissingPartAddedLater_Succeeds()
    {
        var version = FrameworkBuilder.Complete().WithoutSection(SectionCode.D).BuildDraft();
        Assert.Throws<DomainRuleException>(() => version.Publish(FrameworkBuilder.PublishedAt));

        version.AddSection(SectionCode.D, "Social care needs", []);
        version.AddDescriptor(SectionCode.D, 1, "Says clearly when there are none", DescriptorApplicability.Required, 1);
        version.Publish(FrameworkBuilder.PublishedAt);

        Assert.True(version.IsPublished);
    }

    [Fact]
    public void Publish_Twice_ThrowsAndKeepsFirstDate()
    {
        var version = FrameworkBuilder.Complete().BuildPublished();

        Assert.Throws<DomainRuleException>(() => version.Publish(FrameworkBuilder.PublishedAt.AddDays(1)));
        Assert.Equal(FrameworkBuilder.PublishedAt, version.PublishedAt);
    }

    [Fact]
    public void RecordUse_BeforePublish_Throws()
    {
        var version = FrameworkBuilder.Complete().BuildDraft();

        Assert.Throws<DomainRuleException>(() => version.RecordUse(FrameworkBuilder.FirstUsedAt));
        Assert.False(version.IsLocked);
        Assert.Null(version.FirstUsedAt);
    }

    [Fact]
    public void RecordUse_AfterPublish_LocksTheVersion()
    {
        var version = FrameworkBuilder.Complete().BuildPublished();

        version.RecordUse(FrameworkBuilder.FirstUsedAt);

        Assert.True(version.IsLocked);
        Assert.Equal(FrameworkBuilder.FirstUsedAt, version.FirstUsedAt);
    }

    [Fact]
    public void RecordUse_Again_KeepsTheFirstUse()
    {
        var version = FrameworkBuilder.Complete().BuildUsed();

        version.RecordUse(FrameworkBuilder.FirstUsedAt.AddDays(3));

        Assert.Equal(FrameworkBuilder.FirstUsedAt, version.FirstUsedAt);
    }

    [Fact]
    public void PublishedButUnused_CanStillBeCorrected()
    {
        var version = FrameworkBuilder.Complete().BuildPublished();

        version.ReviseDescriptor(SectionCode.F, 1, "Provision is specified and quantified", DescriptorApplicability.Required);

        Assert.Equal("Provision is specified and quantified", version.Section(SectionCode.F).Descriptor(1).Text);
    }
}
