using EhcpQa.Domain.Frameworks;

namespace EhcpQa.Domain.Tests.Frameworks;

public class DescriptorDefinition
{
    [Fact]
    public void AddDescriptor_RecordsNumberTextApplicabilityAndStandard()
    {
        var version = DraftWithSectionB();

        var descriptor = version.AddDescriptor(SectionCode.B, 1, " Needs are specific and detailed ", DescriptorApplicability.Required, 4);

        Assert.Same(descriptor, Assert.Single(version.Section(SectionCode.B).Descriptors));
        Assert.Equal(1, descriptor.Number);
        Assert.Equal("Needs are specific and detailed", descriptor.Text);
        Assert.Equal(DescriptorApplicability.Required, descriptor.Applicability);
        Assert.Equal(4, descriptor.QualityStandard);
    }

    [Fact]
    public void AddDescriptor_OutOfOrder_ListsDescriptorsByNumber()
    {
        var version = DraftWithSectionB();

        version.AddDescriptor(SectionCode.B, 3, "Third", DescriptorApplicability.Required, null);
        version.AddDescriptor(SectionCode.B, 1, "First", DescriptorApplicability.Required, null);
        version.AddDescriptor(SectionCode.B, 2, "Second", DescriptorApplicability.IfApplicable, null);

        Assert.Equal([1, 2, 3], version.Section(SectionCode.B).Descriptors.Select(d => d.Number));
        Assert.Equal("Second", version.Section(SectionCode.B).Descriptor(2).Text);
    }

    [Fact]
    public void AddDescriptor_NumberAlreadyInSection_Throws()
    {
        var version = DraftWithSectionB();
        version.AddDescriptor(SectionCode.B, 1, "First", DescriptorApplicability.Required, null);

        Assert.Throws<DomainRuleException>(() => version.AddDescriptor(SectionCode.B, 1, "Again", DescriptorApplicability.Required, null));
        Assert.Equal("First", Assert.Single(version.Section(SectionCode.B).Descriptors).Text);
    }

    [Fact]
    public void AddDescriptor_SameNumberInAnotherSection_IsAllowed()
    {
        var version = DraftWithSectionB();
        version.AddSection(SectionCode.C, "Health needs", []);
        version.AddDescriptor(SectionCode.B, 1, "B first", DescriptorApplicability.Required, null);

        version.AddDescriptor(SectionCode.C, 1, "C first", DescriptorApplicability.Required, null);

        Assert.Equal("C first", version.Section(SectionCode.C).Descriptor(1).Text);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void AddDescriptor_NumberBelowOne_Throws(int number)
    {
        var version = DraftWithSectionB();

        Assert.Throws<DomainRuleException>(() => version.AddDescriptor(SectionCode.B, number, "Text", DescriptorApplicability.Required, null));
        Assert.Empty(version.Section(SectionCode.B).Descriptors);
    }

    [Fact]
    public void AddDescriptor_SectionNotInVersion_Throws()
    {
        var version = DraftWithSectionB();

        Assert.Throws<DomainRuleException>(() => version.AddDescriptor(SectionCode.F, 1, "Provision is quantified", DescriptorApplicability.Required, null));
    }

    [Fact]
    public void AddDescriptor_BlankText_Throws()
    {
        var version = DraftWithSectionB();

        Assert.ThrowsAny<ArgumentException>(() => version.AddDescriptor(SectionCode.B, 1, "  ", DescriptorApplicability.Required, null));
        Assert.Empty(version.Section(SectionCode.B).Descriptors);
    }

    [Fact]
    public void ReviseDescriptor_ChangesTextAndApplicabilityOnly()
    {
        var version = DraftWithSectionB();
        version.AddDescriptor(SectionCode.B, 1, "Old text", DescriptorApplicability.Required, 1);

        version.ReviseDescriptor(SectionCode.B, 1, " New text ", DescriptorApplicability.IfApplicable);

        var descriptor = version.Section(SectionCode.B).Descriptor(1);
        Assert.Equal("New text", descriptor.Text);
        Assert.Equal(DescriptorApplicability.IfApplicable, descriptor.Applicability);
        Assert.Equal(1, descriptor.Number);
        Assert.Equal(1, descriptor.QualityStandard);
    }

    [Fact]
    public void ReviseDescriptor_UnknownNumber_Throws()
    {
        var version = DraftWithSectionB();
        version.AddDescriptor(SectionCode.B, 1, "Text", DescriptorApplicability.Required, null);

        var thrown = Assert.Throws<DomainRuleException>(() => version.ReviseDescriptor(SectionCode.B, 2, "Text", DescriptorApplicability.Required));

        Assert.Contains("Section B", thrown.Message, StringComparison.Ordinal);
    }

    private static FrameworkVersion DraftWithSectionB()
    {
        var version = new Framework("test", "Test").StartFirstVersion("Test 2026", "Tests", ScoringScheme.GradeOneToFour);
        version.AddQualityStandard(1, "Views", "Views are represented.");
        version.AddQualityStandard(4, "Needs described", "Needs, strengths and support are described.");
        version.AddSection(SectionCode.B, "Special educational needs", []);
        return version;
    }
}
