using EhcpQa.Domain.Frameworks;
using EhcpQa.Web.Features.Drafts.Documents;

namespace EhcpQa.Web.Tests.Drafts;

public sealed class ContentsListTests
{
    private static DocxBuilder WithThePlan(DocxBuilder builder)
    {
        foreach (var (heading, _, paragraphs) in TypicalPlan.Sections)
        {
            builder.Section(heading, paragraphs);
        }

        return builder;
    }

    private static void AssertThePlanIsSplit(DraftDocumentSplit split)
    {
        foreach (var (heading, code, paragraphs) in TypicalPlan.Sections)
        {
            Assert.Equal(string.Join("\n", paragraphs), split.Sections[code]);
            Assert.Equal(heading, split.StartedBy[code]);
        }

        Assert.Empty(split.Doubts);
        Assert.True(split.IsConfident);
    }

    [Fact]
    public void A_list_with_dot_leaders_and_page_numbers_is_front_matter()
    {
        var builder = new DocxBuilder().Bold("Education, Health and Care Plan").Paragraph("Contents");
        var page = 2;
        foreach (var (heading, _, _) in TypicalPlan.Sections)
        {
            builder.Paragraph($"{heading} ........ {page++}");
        }

        var split = DraftDocumentReader.Read(WithThePlan(builder).ToStream());

        AssertThePlanIsSplit(split);
        Assert.Equal("Education, Health and Care Plan\nContents", split.Preamble);
    }

    [Fact]
    public void A_list_of_headings_without_page_numbers_is_front_matter()
    {
        var builder = new DocxBuilder().Paragraph("Contents")
            .Paragraph("Section A: Views", "Section B: Needs", "Section C: Health", "Section E: Outcomes", "Section F: Provision");

        var split = DraftDocumentReader.Read(WithThePlan(builder).ToStream());

        AssertThePlanIsSplit(split);
        Assert.Equal("Contents", split.Preamble);
    }

    [Fact]
    public void A_word_table_of_contents_is_front_matter()
    {
        var builder = new DocxBuilder()
            .Paragraph("Name: Sam Example")
            .Contents(TypicalPlan.Sections.Select((s, i) => (s.Heading, i + 2)).ToArray());

        var split = DraftDocumentReader.Read(WithThePlan(builder).ToStream());

        AssertThePlanIsSplit(split);
        Assert.Equal("Name: Sam Example", split.Preamble);
    }

    [Fact]
    public void A_word_table_of_contents_with_only_two_entries_is_front_matter()
    {
        var builder = new DocxBuilder()
            .Contents(("Section A: The views, interests and aspirations of the child and their parents", 2), ("Section B: Special educational needs", 4));

        var split = DraftDocumentReader.Read(WithThePlan(builder).ToStream());

        AssertThePlanIsSplit(split);
    }

    [Fact]
    public void A_table_of_section_names_is_front_matter()
    {
        var builder = new DocxBuilder().Table(
            ["Section A", "Views, interests and aspirations", "2"],
            ["Section B", "Special educational needs", "3"],
            ["Section C", "Health needs", "4"],
            ["Section D", "Social care needs", "4"],
            ["Section E", "Outcomes", "5"],
            ["Section F", "Special educational provision", "6"]);

        var split = DraftDocumentReader.Read(WithThePlan(builder).ToStream());

        AssertThePlanIsSplit(split);
        Assert.Equal("", split.Preamble);
    }

    [Fact]
    public void A_list_of_contents_alone_starts_no_section()
    {
        var builder = new DocxBuilder().Paragraph("Contents");
        foreach (var (heading, _, _) in TypicalPlan.Sections)
        {
            builder.Paragraph($"{heading}\t3");
        }

        var split = DraftDocumentReader.Read(builder.Paragraph("This plan will be completed after the meeting.").ToStream());

        Assert.Empty(split.Sections);
        Assert.Equal("Contents\nThis plan will be completed after the meeting.", split.Preamble);
        Assert.Contains("No section headings were found", split.Doubts);
    }

    [Fact]
    public void Headings_with_text_between_them_are_not_a_list_of_contents()
    {
        var split = DraftDocumentReader.Read(new DocxBuilder()
            .Section("Section A: Views", "Sam likes trains.")
            .Section("Section B: Special educational needs", "Sam is autistic.")
            .Section("Section C: Health needs", "Sam has asthma.")
            .ToStream());

        Assert.Equal("Sam likes trains.", split.Sections[SectionCode.A]);
        Assert.Equal("Sam is autistic.", split.Sections[SectionCode.B]);
        Assert.Equal("Sam has asthma.", split.Sections[SectionCode.C]);
    }

    [Fact]
    public void Empty_sections_at_the_end_of_a_plan_are_not_a_list_of_contents()
    {
        var split = DraftDocumentReader.Read(new DocxBuilder()
            .Section("Section F: Special educational provision", "Speech and language therapy.")
            .Paragraph("Section I: Placement", "Section J: Personal budget", "Section K: Advice and information")
            .ToStream());

        Assert.Equal("Speech and language therapy.", split.Sections[SectionCode.F]);
        Assert.Equal([SectionCode.F, SectionCode.I, SectionCode.J, SectionCode.K], split.Sections.Keys);
    }
}
