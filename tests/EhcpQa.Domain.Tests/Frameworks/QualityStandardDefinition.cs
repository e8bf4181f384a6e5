using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Frameworks;

public class QualityStandardDefinition
{
    [Fact]
    public void AddQualityStandard_IsListedWithTrimmedText()
    {
        var version = NewDraft();

        var standard = version.AddQualityStandard(2, " Clear and SMART ", " Outcomes are SMART. ");

        Assert.Same(standard, Assert.Single(version.Standards));
        Assert.Equal(2, standard.Number);
        Assert.Equal("Clear and SMART", standard.Title);
        Assert.Equal("Outcomes are SMART.", standard.Text);
    }

    [Fact]
    public void AddQualityStandard_NumberAlreadyUsed_Throws()
    {
        var version = NewDraft();
        version.AddQualityStandard(1, "Views", "Views are represented.");

        Assert.Throws<DomainRuleException>(() => version.AddQualityStandard(1, "Other", "Other text."));
        Assert.Equal("Views", Assert.Single(version.Standards).Title);
    }

    [Theory]
    [InlineData("", "Text")]
    [InlineData("Title", " ")]
    public void AddQualityStandard_BlankTitleOrText_Throws(string title, string text)
    {
        var version = NewDraft();

        Assert.ThrowsAny<ArgumentException>(() => version.AddQualityStandard(1, title, text));
        Assert.Empty(version.Standards);
    }

    [Fact]
    public void AddDescriptor_ServingADefinedStandard_RecordsIt()
    {
        var version = FrameworkBuilder.Complete().BuildDraft();
        version.AddQualityStandard(2, "Clear and SMART", "Outcomes are SMART.");

        var descriptor = version.AddDescriptor(SectionCode.E, 2, "Outcomes are SMART", DescriptorApplicability.Required, 2);

        Assert.Equal(2, descriptor.QualityStandard);
    }

    [Fact]
    public void AddDescriptor_ServingAnUndefinedStandard_Throws()
    {
        var version = FrameworkBuilder.Complete().BuildDraft();

        var thrown = Assert.Throws<DomainRuleException>(
            () => version.AddDescriptor(SectionCode.E, 2, "Outcomes are SMART", DescriptorApplicability.Required, 7));

        Assert.Contains("7", thrown.Message, StringComparison.Ordinal);
        Assert.Single(version.Section(SectionCode.E).Descriptors);
    }

    [Fact]
    public void AddDescriptor_ServingNoStandard_IsAllowed()
    {
        var version = FrameworkBuilder.Complete().BuildDraft();

        var descriptor = version.AddDescriptor(SectionCode.E, 2, "Outcomes are SMART", DescriptorApplicability.Required, null);

        Assert.Null(descriptor.QualityStandard);
        Assert.Equal(2, version.Section(SectionCode.E).Descriptors.Count);
    }

    private static FrameworkVersion NewDraft() =>
        new Framework("test", "Test").StartFirstVersion("Test 2026", "Tests", ScoringScheme.GradeOneToFour);
}
