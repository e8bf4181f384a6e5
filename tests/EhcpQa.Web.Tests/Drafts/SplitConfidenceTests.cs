using EhcpQa.Domain.Frameworks;
using EhcpQa.Web.Features.Drafts.Documents;

namespace EhcpQa.Web.Tests.Drafts;

public sealed class SplitConfidenceTests
{
    private static DraftDocumentSplit Plan(Func<(string Heading, SectionCode Code, string[] Paragraphs), bool> keep, params (string Heading, string Text)[] extra)
    {
        var builder = new DocxBuilder();
        foreach (var section in TypicalPlan.Sections.Where(keep))
        {
            builder.Section(section.Heading, section.Paragraphs);
        }

        foreach (var (heading, text) in extra)
        {
            builder.Section(heading, text);
        }

        return DraftDocumentReader.Read(builder.ToStream());
    }

    [Fact]
    public void A_plan_in_order_with_every_section_once_is_confident()
    {
        var split = DraftDocumentReader.Read(TypicalPlan.Builder().ToStream());

        Assert.Empty(split.Doubts);
        Assert.True(split.IsConfident);
    }

    [Fact]
    public void Without_section_f_the_split_is_doubtful_however_many_sections_were_found()
    {
        var split = Plan(s => s.Code != SectionCode.F);

        Assert.Equal(["Section F was not found"], split.Doubts);
        Assert.False(split.IsConfident);
    }

    [Fact]
    public void Section_f_with_no_text_is_doubtful()
    {
        var split = Plan(s => s.Code != SectionCode.F, ("Section F: Special educational provision", ""));

        Assert.Contains("Section F was found but has no text under it", split.Doubts);
        Assert.False(split.IsConfident);
    }

    [Fact]
    public void A_section_whose_heading_comes_after_a_later_one_is_doubtful()
    {
        var split = Plan(s => s.Code != SectionCode.C, ("Section C: Health needs", "Sam has asthma."));

        Assert.Equal("Sam has asthma.", split.Sections[SectionCode.C]);
        Assert.Equal(["Section C came after Section K"], split.Doubts);
        Assert.False(split.IsConfident);
    }

    [Fact]
    public void A_section_found_twice_is_doubtful()
    {
        var split = Plan(_ => true, ("Section B: Special educational needs", "Sam is also dyslexic."));

        Assert.Equal(["Section B was found twice"], split.Doubts);
        Assert.False(split.IsConfident);
    }

    [Fact]
    public void A_section_that_says_it_is_continued_is_not_found_twice()
    {
        var split = DraftDocumentReader.Read(new DocxBuilder()
            .Section("Section A: Views", "Sam likes trains.")
            .Section("Section A (continued)", "Sam wants to be an engineer.")
            .ToStream());

        Assert.Equal("Sam likes trains.\n\nSam wants to be an engineer.", split.Sections[SectionCode.A]);
        Assert.DoesNotContain(split.Doubts, d => d.Contains("twice", StringComparison.Ordinal));
    }

    [Fact]
    public void Too_few_sections_with_text_is_doubtful()
    {
        var split = Plan(s => s.Code is SectionCode.A or SectionCode.B or SectionCode.F);

        Assert.Equal(["Only 3 sections have text under them"], split.Doubts);
        Assert.False(split.IsConfident);
    }

    [Fact]
    public void Several_doubts_are_all_given()
    {
        var split = DraftDocumentReader.Read(new DocxBuilder()
            .Section("Section B: Special educational needs", "Sam is autistic.")
            .Section("Section A: Views", "Sam likes trains.")
            .Section("Section B: Special educational needs", "Sam is dyslexic.")
            .ToStream());

        Assert.Equal(
            ["Section F was not found", "Section B was found twice", "Section A came after Section B", "Only 2 sections have text under them"],
            split.Doubts);
    }

    [Fact]
    public void Each_section_found_records_the_line_that_started_it()
    {
        var split = DraftDocumentReader.Read(TypicalPlan.Builder().ToStream());

        foreach (var (heading, code, _) in TypicalPlan.Sections)
        {
            Assert.Equal(heading, split.StartedBy[code]);
            Assert.Equal(heading, split.StartOf(code));
        }

        Assert.Equal(split.Sections.Keys, split.StartedBy.Keys);
    }

    [Fact]
    public void A_section_begun_by_a_table_row_records_the_rows_first_cell()
    {
        var split = DraftDocumentReader.Read(new DocxBuilder()
            .Table(["SECTION E", "Sam will travel to school on the bus."])
            .ToStream());

        Assert.Equal("SECTION E", split.StartedBy[SectionCode.E]);
        Assert.Null(split.StartOf(SectionCode.F));
    }
}
