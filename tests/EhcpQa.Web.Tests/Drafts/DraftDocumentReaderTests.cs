using DocumentFormat.OpenXml.Wordprocessing;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Web.Features.Drafts.Documents;

namespace EhcpQa.Web.Tests.Drafts;

/// <summary>A draft written the usual way: personal details, then "Section A: …" to "Section K: …".</summary>
internal static class TypicalPlan
{
    public static readonly (string Heading, SectionCode Code, string[] Paragraphs)[] Sections =
    [
        ("Section A: The views, interests and aspirations of the child and their parents", SectionCode.A,
            ["Sam enjoys trains and drawing.", "Sam would like to be an engineer."]),
        ("Section B: Special educational needs", SectionCode.B,
            ["Communication and interaction", "Sam has a diagnosis of autism and finds changes to routine hard."]),
        ("Section C: Health needs related to special educational needs", SectionCode.C, ["Sam has asthma."]),
        ("Section D: Social care needs related to special educational needs", SectionCode.D, ["Sam has no social care needs."]),
        ("Section E: Outcomes", SectionCode.E, ["By July 2026 Sam will ask an adult for help using a visual card."]),
        ("Section F: Special educational provision", SectionCode.F, ["Speech and language therapy: 3 sessions of 30 minutes a week."]),
        ("Section G: Health provision", SectionCode.G, ["An asthma care plan agreed with the school nurse."]),
        ("Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", SectionCode.H1,
            ["None."]),
        ("Section H2: Other social care provision", SectionCode.H2, ["None."]),
        ("Section I: Placement", SectionCode.I, []),
        ("Section J: Personal budget", SectionCode.J, ["A personal budget was not requested."]),
        ("Section K: Advice and information", SectionCode.K,
            ["Educational psychology advice, 3 March 2025", "Paediatric advice, 10 March 2025"]),
    ];

    public static DocxBuilder Builder()
    {
        var builder = new DocxBuilder()
            .Bold("Education, Health and Care Plan")
            .Paragraph("Name: Sam Example", "Date of birth: 1 May 2016");
        foreach (var (heading, _, paragraphs) in Sections)
        {
            builder.Section(heading, paragraphs);
        }

        return builder;
    }
}

public sealed class DraftDocumentReader_SplitsATypicalPlan
{
    [Fact]
    public void Every_section_has_the_paragraphs_under_its_heading()
    {
        var split = DraftDocumentReader.Read(TypicalPlan.Builder().ToStream());

        foreach (var (_, code, paragraphs) in TypicalPlan.Sections)
        {
            Assert.Equal(string.Join("\n", paragraphs), split.Sections[code]);
        }

        Assert.Equal(PlanSections.Statutory.Select(s => s.Code), split.Sections.Keys);
        Assert.Empty(split.Missing);
        Assert.True(split.IsConfident);
    }

    [Fact]
    public void The_text_before_the_first_heading_is_the_preamble()
    {
        var split = DraftDocumentReader.Read(TypicalPlan.Builder().ToStream());

        Assert.Equal("Education, Health and Care Plan\nName: Sam Example\nDate of birth: 1 May 2016", split.Preamble);
    }

    [Fact]
    public void An_empty_section_is_found_with_no_text()
    {
        var split = DraftDocumentReader.Read(TypicalPlan.Builder().ToStream());

        Assert.Equal("", split.Sections[SectionCode.I]);
        Assert.Equal("", split.TextOf(SectionCode.I));
        Assert.DoesNotContain(SectionCode.I, split.Missing);
    }

    [Fact]
    public void Headings_in_word_heading_styles_split_the_same_way()
    {
        var builder = new DocxBuilder().Paragraph("Name: Sam Example");
        foreach (var (heading, _, paragraphs) in TypicalPlan.Sections)
        {
            builder.Heading(heading, 2).Paragraph(paragraphs);
        }

        var split = DraftDocumentReader.Read(builder.ToStream());

        foreach (var (_, code, paragraphs) in TypicalPlan.Sections)
        {
            Assert.Equal(string.Join("\n", paragraphs), split.Sections[code]);
        }

        Assert.Equal("Name: Sam Example", split.Preamble);
    }

    [Fact]
    public void Blank_paragraphs_between_paragraphs_become_one_blank_line()
    {
        var split = DraftDocumentReader.Read(new DocxBuilder()
            .Section("Section A", "", "First.", "", "", "Second.", "")
            .ToStream());

        Assert.Equal("First.\n\nSecond.", split.Sections[SectionCode.A]);
    }
}

public sealed class DraftDocumentReader_RecognisesHeadingsWrittenInOtherWays
{
    [Theory]
    [InlineData("SECTION B – SPECIAL EDUCATIONAL NEEDS", SectionCode.B)]
    [InlineData("Section F - Special Educational Provision", SectionCode.F)]
    [InlineData("Section F- Special Educational Provision", SectionCode.F)]
    [InlineData("section e outcomes", SectionCode.E)]
    [InlineData("Section H1 Social care provision under section 2 of the CSDPA 1970", SectionCode.H1)]
    [InlineData("Section H 2 Other social care provision", SectionCode.H2)]
    [InlineData("Section H2", SectionCode.H2)]
    [InlineData("Section K", SectionCode.K)]
    [InlineData("Section C.", SectionCode.C)]
    [InlineData("B. Special educational needs", SectionCode.B)]
    [InlineData("A – All about me", SectionCode.A)]
    [InlineData("A) The child's views, interests and aspirations", SectionCode.A)]
    [InlineData("E: Outcomes", SectionCode.E)]
    [InlineData("G. Health provision", SectionCode.G)]
    [InlineData("H2 Other social care provision", SectionCode.H2)]
    [InlineData("H1: Social care provision", SectionCode.H1)]
    [InlineData("I. Placement", SectionCode.I)]
    [InlineData("K – Advice and information", SectionCode.K)]
    [InlineData("• Section D: Social care needs", SectionCode.D)]
    [InlineData("1. Section A", SectionCode.A)]
    [InlineData("Section A2: Journey so far", SectionCode.A)]
    [InlineData("Section-B", SectionCode.B)]
    [InlineData("Section H1 and H2: Social care provision", SectionCode.H1)]
    [InlineData("Section B (continued)", SectionCode.B)]
    public void A_plain_paragraph(string heading, SectionCode code)
    {
        var split = DraftDocumentReader.Read(new DocxBuilder()
            .Paragraph("Name: Sam Example")
            .Section(heading, "The text of the section.")
            .ToStream());

        Assert.Equal("The text of the section.", split.Sections[code]);
        Assert.Equal("Name: Sam Example", split.Preamble);
    }

    [Theory]
    [InlineData("Section A My story")]
    [InlineData("SECTION A")]
    public void A_bold_paragraph(string heading)
    {
        var split = DraftDocumentReader.Read(new DocxBuilder().Bold(heading).Paragraph("Sam likes trains.").ToStream());

        Assert.Equal("Sam likes trains.", split.Sections[SectionCode.A]);
    }

    [Theory]
    [InlineData("Special educational needs", SectionCode.B)]
    [InlineData("Health needs related to special educational needs", SectionCode.C)]
    [InlineData("Outcomes", SectionCode.E)]
    [InlineData("Advice and information", SectionCode.K)]
    public void A_title_alone_in_a_heading_style(string heading, SectionCode code)
    {
        var split = DraftDocumentReader.Read(new DocxBuilder()
            .Paragraph("Name: Sam Example")
            .Heading(heading)
            .Paragraph("The text of the section.")
            .ToStream());

        Assert.Equal("The text of the section.", split.Sections[code]);
    }

    [Fact]
    public void A_title_alone_in_a_plain_paragraph_is_not_a_heading()
    {
        var split = DraftDocumentReader.Read(new DocxBuilder()
            .Section("Section B", "Sam's needs are described here.")
            .Paragraph("Outcomes", "Sam will read simple sentences.")
            .ToStream());

        Assert.Equal("Sam's needs are described here.\nOutcomes\nSam will read simple sentences.", split.Sections[SectionCode.B]);
        Assert.DoesNotContain(SectionCode.E, split.Sections.Keys);
    }

    [Fact]
    public void A_heading_alone_in_a_table_cell()
    {
        var split = DraftDocumentReader.Read(new DocxBuilder()
            .Table(
                ["Section B: Special educational needs"],
                ["Sam finds changes to routine hard.\nSam is learning to read."])
            .Table(["Section C – Health needs"], ["Sam has asthma."])
            .ToStream());

        Assert.Equal("Sam finds changes to routine hard.\nSam is learning to read.", split.Sections[SectionCode.B]);
        Assert.Equal("Sam has asthma.", split.Sections[SectionCode.C]);
    }

    [Fact]
    public void A_heading_in_the_first_cell_of_a_row()
    {
        var split = DraftDocumentReader.Read(new DocxBuilder()
            .Table(
                ["Section A", "Views, interests and aspirations"],
                ["Sam enjoys trains.", ""])
            .Table(["Section E", "Sam will travel to school on the bus with an adult.\nSam will write his name."])
            .ToStream());

        Assert.Equal("Sam enjoys trains.", split.Sections[SectionCode.A]);
        Assert.Equal("Sam will travel to school on the bus with an adult.\nSam will write his name.", split.Sections[SectionCode.E]);
    }

    [Fact]
    public void A_title_on_the_line_after_a_bare_heading_is_not_section_text()
    {
        var split = DraftDocumentReader.Read(new DocxBuilder()
            .Section("Section A", "The views, interests and aspirations of the child and parents", "Sam enjoys trains.")
            .ToStream());

        Assert.Equal("Sam enjoys trains.", split.Sections[SectionCode.A]);
    }

    [Fact]
    public void Text_after_the_title_on_the_heading_line_belongs_to_the_section()
    {
        var split = DraftDocumentReader.Read(new DocxBuilder()
            .Paragraph("Section I: Placement: to be named in the final plan")
            .Paragraph("Section J: Personal budget – not requested")
            .Paragraph("Section A: Views, interests and aspirations – journey so far")
            .ToStream());

        Assert.Equal("to be named in the final plan", split.Sections[SectionCode.I]);
        Assert.Equal("not requested", split.Sections[SectionCode.J]);
        Assert.Equal("", split.Sections[SectionCode.A]);
    }

    [Fact]
    public void Section_h_without_a_number_is_h1_then_h2()
    {
        var split = DraftDocumentReader.Read(new DocxBuilder()
            .Section("Section H: Social care provision", "Short breaks, 2 nights a month.")
            .Section("Section H: Social care provision", "A family support worker.")
            .ToStream());

        Assert.Equal("Short breaks, 2 nights a month.", split.Sections[SectionCode.H1]);
        Assert.Equal("A family support worker.", split.Sections[SectionCode.H2]);
    }

    [Fact]
    public void Section_h_that_says_other_is_h2()
    {
        var split = DraftDocumentReader.Read(new DocxBuilder()
            .Section("Section H – Other social care provision", "A family support worker.")
            .ToStream());

        Assert.Equal("A family support worker.", split.Sections[SectionCode.H2]);
        Assert.DoesNotContain(SectionCode.H1, split.Sections.Keys);
    }
}

public sealed class DraftDocumentReader_RecognisesTheCodeOfPracticeWording
{
    /// <summary>Headings with the SEND Code of Practice's full description of each section (9.62), as many plans use.</summary>
    private static readonly (string Heading, SectionCode Code)[] Headings =
    [
        ("Section A: The views, interests and aspirations of the child and his or her parents or the young person.", SectionCode.A),
        ("Section B: The child or young person's special educational needs.", SectionCode.B),
        ("Section C: The child or young person's health needs which are related to their SEN.", SectionCode.C),
        ("Section D: The child or young person's social care needs which are related to their SEN or to a disability.", SectionCode.D),
        ("Section E: The outcomes sought for the child or the young person. This should include outcomes for adult life.", SectionCode.E),
        ("Section F: The special educational provision required by the child or the young person.", SectionCode.F),
        ("Section G: Any health provision reasonably required by the learning difficulties or disabilities which result in the child or young person having SEN. Where an Individual Health Care Plan is made for them, that plan should be included.", SectionCode.G),
        ("Section H1: Any social care provision which must be made for a child or young person under 18 resulting from section 2 of the Chronically Sick and Disabled Persons Act 1970.", SectionCode.H1),
        ("Section H2: Any other social care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having SEN.", SectionCode.H2),
        ("Section I: The name and type of the school, maintained nursery school, post-16 institution or other institution to be attended by the child or young person and the type of that institution.", SectionCode.I),
        ("Section J: Where there is a Personal Budget, the details of how the Personal Budget will support particular outcomes.", SectionCode.J),
        ("Section K: The advice and information gathered during the EHC needs assessment must be attached (in appendices).", SectionCode.K),
    ];

    [Fact]
    public void Long_headings_with_the_full_description()
    {
        var builder = new DocxBuilder();
        foreach (var (heading, code) in Headings)
        {
            builder.Section(heading, $"Text of {code}.");
        }

        var split = DraftDocumentReader.Read(builder.ToStream());

        Assert.Empty(split.Missing);
        foreach (var (_, code) in Headings)
        {
            Assert.Equal($"Text of {code}.", split.Sections[code]);
        }
    }

    [Fact]
    public void The_description_on_the_line_after_a_bare_heading()
    {
        var split = DraftDocumentReader.Read(new DocxBuilder()
            .Bold("SECTION H1")
            .Paragraph("Any social care provision which must be made for a child or young person under 18 resulting from section 2 of the Chronically Sick and Disabled Persons Act 1970.")
            .Paragraph("Short breaks: 2 nights a month.")
            .ToStream());

        Assert.Equal("Short breaks: 2 nights a month.", split.Sections[SectionCode.H1]);
    }
}

public sealed class DraftDocumentReader_LeavesSentencesInTheirSection
{
    [Theory]
    [InlineData("Section B needs are met by the provision below.")]
    [InlineData("Section I will be completed when the plan is finalised.")]
    [InlineData("Section F provision will be reviewed at the annual review")]
    [InlineData("Section A is written in Sam's own words.")]
    [InlineData("Section 2 of the Chronically Sick and Disabled Persons Act 1970 applies.")]
    [InlineData("A. Smith, educational psychologist, 3 March 2025")]
    [InlineData("E. coli infection in 2019")]
    [InlineData("B. Jones, SENCO, on Sam's special educational needs, 4 March 2025")]
    [InlineData("I placement at the local nursery was discussed")]
    [InlineData("Sections A and B were written with Sam's parents")]
    [InlineData("Section E outcomes for Sam were agreed with his parents.")]
    [InlineData("Section B/C were checked by the SENCO")]
    public void A_sentence_starting_like_a_heading(string sentence)
    {
        var split = DraftDocumentReader.Read(new DocxBuilder()
            .Section("Section K: Advice and information", "First line.", sentence, "Last line.")
            .ToStream());

        Assert.Equal($"First line.\n{sentence}\nLast line.", split.Sections[SectionCode.K]);
        Assert.Single(split.Sections);
    }

    [Fact]
    public void A_long_paragraph_starting_with_section_and_a_code()
    {
        var sentence = "Section B: " + string.Concat(Enumerable.Repeat("Sam's needs are described in the reports listed in Section K. ", 4));

        var split = DraftDocumentReader.Read(new DocxBuilder().Section("Section F", "First line.", sentence).ToStream());

        Assert.Equal($"First line.\n{sentence.TrimEnd()}", split.Sections[SectionCode.F]);
    }
}

public sealed class DraftDocumentReader_ListsMissingSections
{
    [Fact]
    public void Sections_without_a_heading_are_missing_and_the_split_is_doubtful()
    {
        var split = DraftDocumentReader.Read(new DocxBuilder()
            .Section("Section A: Views", "Sam likes trains.")
            .Section("Section B: Special educational needs", "Sam is autistic.")
            .Section("Section F: Special educational provision", "Speech and language therapy.")
            .ToStream());

        Assert.Equal(
            [SectionCode.C, SectionCode.D, SectionCode.E, SectionCode.G, SectionCode.H1, SectionCode.H2, SectionCode.I, SectionCode.J, SectionCode.K],
            split.Missing);
        Assert.Equal([SectionCode.A, SectionCode.B, SectionCode.F], split.Sections.Keys);
        Assert.False(split.IsConfident);
    }

    [Fact]
    public void A_document_without_headings_is_all_preamble()
    {
        var split = DraftDocumentReader.Read(new DocxBuilder().Paragraph("Sam likes trains.", "Sam is autistic.").ToStream());

        Assert.Empty(split.Sections);
        Assert.Equal(PlanSections.Statutory.Select(s => s.Code), split.Missing);
        Assert.Equal("Sam likes trains.\nSam is autistic.", split.Preamble);
        Assert.False(split.IsConfident);
    }

    [Fact]
    public void A_table_of_contents_alone_does_not_make_a_confident_split()
    {
        var builder = new DocxBuilder();
        foreach (var (heading, _, _) in TypicalPlan.Sections)
        {
            builder.Paragraph(heading + "\t3");
        }

        var split = DraftDocumentReader.Read(builder.Paragraph("Sam likes trains.").ToStream());

        Assert.Empty(split.Sections);
        Assert.Equal(12, split.Missing.Count);
        Assert.Equal("Sam likes trains.", split.Preamble);
        Assert.False(split.IsConfident);
    }

    [Fact]
    public void Sections_found_with_text_under_six_of_them_is_confident()
    {
        var builder = new DocxBuilder();
        foreach (var (heading, _, paragraphs) in TypicalPlan.Sections.Take(6))
        {
            builder.Section(heading, paragraphs);
        }

        var split = DraftDocumentReader.Read(builder.ToStream());

        Assert.Equal(6, split.Sections.Count);
        Assert.True(split.IsConfident);
    }
}

public sealed class DraftDocumentReader_AppendsARepeatedSection
{
    [Fact]
    public void The_second_part_follows_the_first_after_a_blank_line()
    {
        var split = DraftDocumentReader.Read(new DocxBuilder()
            .Section("Section A: Views", "Sam likes trains.")
            .Section("Section B: Special educational needs", "Sam is autistic.")
            .Section("Section A (continued)", "Sam wants to be an engineer.")
            .ToStream());

        Assert.Equal("Sam likes trains.\n\nSam wants to be an engineer.", split.Sections[SectionCode.A]);
        Assert.Equal("Sam is autistic.", split.Sections[SectionCode.B]);
    }

    [Fact]
    public void A_table_of_contents_does_not_hide_the_sections_after_it()
    {
        var builder = new DocxBuilder().Paragraph("Contents");
        foreach (var (heading, _, _) in TypicalPlan.Sections)
        {
            builder.Paragraph(heading + "\t3");
        }

        foreach (var (heading, _, paragraphs) in TypicalPlan.Sections)
        {
            builder.Section(heading, paragraphs);
        }

        var split = DraftDocumentReader.Read(builder.ToStream());

        Assert.Equal("Contents", split.Preamble);
        foreach (var (_, code, paragraphs) in TypicalPlan.Sections)
        {
            Assert.Equal(string.Join("\n", paragraphs), split.Sections[code]);
        }

        Assert.True(split.IsConfident);
    }
}

public sealed class DraftDocumentReader_ReadsTables
{
    [Fact]
    public void Rows_with_several_cells_are_lines_with_cells_separated()
    {
        var split = DraftDocumentReader.Read(new DocxBuilder()
            .Section("Section F: Special educational provision", "Provision to meet Sam's needs:")
            .Table(
                ["Provision", "Who", "How often"],
                ["Speech and language therapy\nIn a quiet room", "Speech and language therapist", "3 times a week"],
                ["", "", ""],
                ["Visual timetable.", "", "Daily"])
            .Section("Section G: Health provision", "None.")
            .ToStream());

        Assert.Equal(
            "Provision to meet Sam's needs:\n" +
            "Provision | Who | How often\n" +
            "Speech and language therapy; In a quiet room | Speech and language therapist | 3 times a week\n" +
            "\n" +
            "Visual timetable. | Daily",
            split.Sections[SectionCode.F]);
    }

    [Fact]
    public void Text_in_a_table_keeps_its_place_in_the_document()
    {
        var split = DraftDocumentReader.Read(new DocxBuilder()
            .Table(["Name", "Sam Example"], ["Date of birth", "1 May 2016"])
            .Section("Section A", "Sam likes trains.")
            .ToStream());

        Assert.Equal("Name | Sam Example\nDate of birth | 1 May 2016", split.Preamble);
        Assert.Equal("Sam likes trains.", split.Sections[SectionCode.A]);
    }
}

public sealed class DraftDocumentReader_CopesWithOddContent
{
    [Fact]
    public void An_empty_document_gives_an_empty_split()
    {
        var split = DraftDocumentReader.Read(new DocxBuilder().ToStream());

        Assert.Empty(split.Sections);
        Assert.Equal("", split.Preamble);
        Assert.Equal(12, split.Missing.Count);
    }

    [Fact]
    public void Deleted_revisions_and_hidden_text_are_left_out_and_insertions_kept()
    {
        var split = DraftDocumentReader.Read(new DocxBuilder()
            .Paragraph("Section A")
            .Block(() => new Paragraph(
                DocxBuilder.TextRun("Sam likes "),
                new DeletedRun(new Run(new DeletedText("buses"))) { Id = "1", Author = "Caseworker" },
                new InsertedRun(DocxBuilder.TextRun("trains")) { Id = "2", Author = "Caseworker" },
                DocxBuilder.TextRun(" secret", new RunProperties(new Vanish())),
                DocxBuilder.TextRun(".")))
            .ToStream());

        Assert.Equal("Sam likes trains.", split.Sections[SectionCode.A]);
    }

    [Fact]
    public void Line_breaks_and_tabs_inside_a_paragraph_are_kept()
    {
        var split = DraftDocumentReader.Read(new DocxBuilder()
            .Paragraph("Section E")
            .Block(() => new Paragraph(new Run(new Text("Outcome 1"), new TabChar(), new Text("By July"), new Break(), new Text("Outcome 2"))))
            .ToStream());

        Assert.Equal("Outcome 1\tBy July\nOutcome 2", split.Sections[SectionCode.E]);
    }

    [Fact]
    public void A_heading_split_across_runs_is_still_a_heading()
    {
        var split = DraftDocumentReader.Read(new DocxBuilder()
            .Block(() => new Paragraph(DocxBuilder.TextRun("Section "), DocxBuilder.TextRun("B", new RunProperties(new Bold())), DocxBuilder.TextRun(": Special educational needs")))
            .Paragraph("Sam is autistic.")
            .ToStream());

        Assert.Equal("Sam is autistic.", split.Sections[SectionCode.B]);
    }

    [Fact]
    public void Text_in_content_controls_is_read()
    {
        var split = DraftDocumentReader.Read(new DocxBuilder()
            .Block(() => new SdtBlock(
                new SdtProperties(new SdtAlias { Val = "Section B" }),
                new SdtContentBlock(
                    new Paragraph(DocxBuilder.TextRun("Section B: Special educational needs")),
                    new Paragraph(new SdtRun(new SdtContentRun(DocxBuilder.TextRun("Sam is autistic.")))))))
            .ToStream());

        Assert.Equal("Sam is autistic.", split.Sections[SectionCode.B]);
    }

    [Fact]
    public void Text_in_a_text_box_follows_the_paragraph_holding_it()
    {
        static Paragraph WithTextBox()
        {
            var box = new TextBoxContent(new Paragraph(DocxBuilder.TextRun("I want to drive trains.")));
            var shape = new DocumentFormat.OpenXml.Vml.Shape(new DocumentFormat.OpenXml.Vml.TextBox(box)) { Id = "box1" };
            return new Paragraph(DocxBuilder.TextRun("Sam's words:"), new Run(new Picture(shape)));
        }

        var split = DraftDocumentReader.Read(new DocxBuilder()
            .Section("Section A", "Sam likes trains.")
            .Block(WithTextBox)
            .ToStream());

        Assert.Equal("Sam likes trains.\nSam's words:\nI want to drive trains.", split.Sections[SectionCode.A]);
    }

    [Fact]
    public void A_stream_that_cannot_seek_is_read()
    {
        var bytes = TypicalPlan.Builder().ToBytes();

        var split = DraftDocumentReader.Read(new ForwardOnlyStream(bytes));

        Assert.True(split.IsConfident);
    }

    [Fact]
    public void Content_that_is_not_a_word_document_is_refused()
    {
        using var text = new MemoryStream("Sam likes trains."u8.ToArray());

        Assert.Throws<DraftDocumentUnreadableException>(() => DraftDocumentReader.Read(text));
    }
}

/// <summary>A stream that reads forwards only, like a network stream.</summary>
internal sealed class ForwardOnlyStream(byte[] bytes) : Stream
{
    private readonly MemoryStream _inner = new(bytes);

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
