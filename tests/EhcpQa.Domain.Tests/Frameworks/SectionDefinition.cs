using EhcpQa.Domain.Frameworks;

namespace EhcpQa.Domain.Tests.Frameworks;

public class SectionDefinition
{
    [Fact]
    public void AddSection_KeepsTitleAndNonBlankPrompts()
    {
        var version = NewDraft();

        var section = version.AddSection(SectionCode.B, " Special educational needs ", ["  Section B must not contain provision ", "", "   "]);

        Assert.Same(section, version.Section(SectionCode.B));
        Assert.Equal(SectionCode.B, section.Code);
        Assert.Equal("Special educational needs", section.Title);
        Assert.Equal(["Section B must not contain provision"], section.Prompts);
        Assert.Empty(section.Descriptors);
        Assert.Equal(PlanSections.Get(SectionCode.B), section.PlanSection);
    }

    [Fact]
    public void AddSection_OutOfOrder_ListsSectionsInPlanOrder()
    {
        var version = NewDraft();

        version.AddSection(SectionCode.Overall, "Overall", []);
        version.AddSection(SectionCode.K, "Advice", []);
        version.AddSection(SectionCode.A, "Views", []);
        version.AddSection(SectionCode.H2, "Other social care", []);
        version.AddSection(SectionCode.H1, "CSDPA social care", []);

        Assert.Equal([SectionCode.A, SectionCode.H1, SectionCode.H2, SectionCode.K, SectionCode.Overall], version.Sections.Select(s => s.Code));
    }

    [Fact]
    public void AddSection_AlreadyInVersion_Throws()
    {
        var version = NewDraft();
        version.AddSection(SectionCode.C, "Health needs", []);

        var thrown = Assert.Throws<DomainRuleException>(() => version.AddSection(SectionCode.C, "Health needs again", []));

        Assert.Contains("Section C", thrown.Message, StringComparison.Ordinal);
        Assert.Equal("Health needs", Assert.Single(version.Sections).Title);
    }

    [Fact]
    public void AddSection_BlankTitle_Throws()
    {
        var version = NewDraft();

        Assert.ThrowsAny<ArgumentException>(() => version.AddSection(SectionCode.C, " ", []));
        Assert.Empty(version.Sections);
    }

    [Fact]
    public void Section_NotInVersion_Throws()
    {
        var version = NewDraft();
        version.AddSection(SectionCode.A, "Views", []);

        var thrown = Assert.Throws<DomainRuleException>(() => version.Section(SectionCode.I));

        Assert.Contains("Section I", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReplacePrompts_ReplacesEveryPrompt()
    {
        var version = NewDraft();
        version.AddSection(SectionCode.I, "Placement", ["Old prompt", "Another old prompt"]);

        version.ReplacePrompts(SectionCode.I, ["Section I must remain blank at draft", " "]);

        Assert.Equal(["Section I must remain blank at draft"], version.Section(SectionCode.I).Prompts);
    }

    [Fact]
    public void ReplacePrompts_SectionNotInVersion_Throws()
    {
        var version = NewDraft();

        Assert.Throws<DomainRuleException>(() => version.ReplacePrompts(SectionCode.I, ["Prompt"]));
    }

    private static FrameworkVersion NewDraft() =>
        new Framework("test", "Test").StartFirstVersion("Test 2026", "Tests", ScoringScheme.GradeOneToFour);
}
