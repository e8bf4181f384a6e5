using EhcpQa.Domain.Frameworks;
using EhcpQa.Web.Features.Drafts.Documents;

namespace EhcpQa.Web.Tests.Drafts;

public sealed class HeadingFormsTests
{
    private static DraftDocumentSplit AfterSectionA(Func<DocxBuilder, DocxBuilder> heading) =>
        DraftDocumentReader.Read(heading(new DocxBuilder().Section("Section A: Views", "Sam likes trains."))
            .Paragraph("The text of the section.")
            .ToStream());

    [Theory]
    [InlineData("Section A:")]
    [InlineData("Section A –")]
    [InlineData("Section A")]
    [InlineData("A:")]
    [InlineData("A.")]
    [InlineData("(A)")]
    [InlineData("(A) The views, interests and aspirations of the child")]
    [InlineData("A: All about me")]
    [InlineData("Part A")]
    [InlineData("PART A: ALL ABOUT ME")]
    [InlineData("A1")]
    [InlineData("A1: About me")]
    [InlineData("A1 All about me")]
    [InlineData("A2 – My journey so far")]
    public void A_plain_paragraph_heads_section_a(string heading)
    {
        var split = DraftDocumentReader.Read(new DocxBuilder()
            .Paragraph("Name: Sam Example")
            .Section(heading, "The text of the section.")
            .ToStream());

        Assert.Equal("The text of the section.", split.Sections[SectionCode.A]);
        Assert.Equal("Name: Sam Example", split.Preamble);
        Assert.Equal(heading, split.StartedBy[SectionCode.A]);
    }

    [Fact]
    public void Numbered_parts_of_section_a_are_kept_in_a()
    {
        var split = DraftDocumentReader.Read(new DocxBuilder()
            .Section("A1: About me", "Sam likes trains.")
            .Section("A2: My journey so far", "Sam started school in 2020.")
            .Section("Section B: Special educational needs", "Sam is autistic.")
            .ToStream());

        Assert.Equal("Sam likes trains.\nA2: My journey so far\nSam started school in 2020.", split.Sections[SectionCode.A]);
        Assert.Equal("Sam is autistic.", split.Sections[SectionCode.B]);
        Assert.Equal("A1: About me", split.StartedBy[SectionCode.A]);
        Assert.DoesNotContain(split.Doubts, d => d.Contains("twice", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Any social care provision which must be made for a child or young person under 18 resulting from section 2 of the Chronically Sick and Disabled Persons Act 1970", SectionCode.H1)]
    [InlineData("The child or young person's special educational needs", SectionCode.B)]
    [InlineData("The name and type of the school", SectionCode.I)]
    [InlineData("Any other social care provision reasonably required by the learning difficulties or disabilities", SectionCode.H2)]
    [InlineData("Any health provision reasonably required by the learning difficulties or disabilities which result in the child or young person having SEN", SectionCode.G)]
    [InlineData("Where there is a Personal Budget, the details of how the Personal Budget will support particular outcomes", SectionCode.J)]
    public void The_statutory_wording_alone_in_a_plain_paragraph(string heading, SectionCode code)
    {
        var split = AfterSectionA(b => b.Paragraph(heading));

        Assert.Equal("The text of the section.", split.Sections[code]);
        Assert.Equal("Sam likes trains.", split.Sections[SectionCode.A]);
    }

    [Theory]
    [InlineData("The child or young person's special educational needs", SectionCode.B)]
    [InlineData("Special educational provision", SectionCode.F)]
    [InlineData("Any social care provision which must be made for a child or young person under 18 resulting from section 2 of the Chronically Sick and Disabled Persons Act 1970", SectionCode.H1)]
    public void A_title_in_a_word_heading_style(string heading, SectionCode code)
    {
        var split = AfterSectionA(b => b.Heading(heading, 2));

        Assert.Equal("The text of the section.", split.Sections[code]);
    }

    [Theory]
    [InlineData("Special educational needs", SectionCode.B)]
    [InlineData("SPECIAL EDUCATIONAL PROVISION", SectionCode.F)]
    [InlineData("Outcomes", SectionCode.E)]
    [InlineData("Personal budget", SectionCode.J)]
    public void A_title_alone_in_bold(string heading, SectionCode code)
    {
        var split = AfterSectionA(b => b.Bold(heading));

        Assert.Equal("The text of the section.", split.Sections[code]);
        Assert.Equal(heading, split.StartedBy[code]);
    }

    [Fact]
    public void A_heading_in_capitals_is_recorded_as_written()
    {
        var split = AfterSectionA(b => b.Paragraph("SECTION F – SPECIAL EDUCATIONAL PROVISION"));

        Assert.Equal("SECTION F – SPECIAL EDUCATIONAL PROVISION", split.StartedBy[SectionCode.F]);
        Assert.Equal("The text of the section.", split.Sections[SectionCode.F]);
    }

    [Theory]
    [InlineData("A: yes")]
    [InlineData("(a) Speech and language therapy, 3 sessions a week")]
    [InlineData("(b) special educational needs support from the SENCO")]
    [InlineData("b) Special educational needs support from the SENCO")]
    [InlineData("(A) Special arrangements for exams")]
    [InlineData("B. Special educational needs are described in the EP report")]
    [InlineData("B. Special educational needs")]
    [InlineData("(E) Outcomes")]
    [InlineData("The child or young person's special educational needs")]
    public void A_line_inside_a_later_section_is_not_a_heading_out_of_order(string line)
    {
        var split = DraftDocumentReader.Read(new DocxBuilder()
            .Section("Section F: Special educational provision", "First line.", line, "Last line.")
            .ToStream());

        Assert.Equal($"First line.\n{line}\nLast line.", split.Sections[SectionCode.F]);
        Assert.Single(split.Sections);
    }

    [Theory]
    [InlineData("Outcomes")]
    [InlineData("Special educational needs")]
    public void A_bold_title_inside_a_later_section_is_not_a_heading(string line)
    {
        var split = DraftDocumentReader.Read(new DocxBuilder()
            .Section("Section F: Special educational provision", "First line.")
            .Bold(line)
            .Paragraph("Last line.")
            .ToStream());

        Assert.Equal($"First line.\n{line}\nLast line.", split.Sections[SectionCode.F]);
    }

    [Fact]
    public void A_short_plain_title_in_order_is_not_a_heading()
    {
        var split = DraftDocumentReader.Read(new DocxBuilder()
            .Section("Section B: Special educational needs", "Sam is autistic.", "Health needs", "Sam has asthma.")
            .ToStream());

        Assert.Equal("Sam is autistic.\nHealth needs\nSam has asthma.", split.Sections[SectionCode.B]);
    }
}
