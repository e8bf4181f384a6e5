using EhcpQa.Domain.Frameworks;
using EhcpQa.Web.Features.Drafts.Documents;

namespace EhcpQa.Web.Tests.Drafts;

/// <summary>A plan written in the DfE national template, where needs, outcomes and provision sit side by side in tables.</summary>
internal static class NationalTemplatePlan
{
    public static readonly string[] AreaHeader =
        ["Section B: Special educational needs", "Section E: Outcomes", "Section F: Special educational provision"];

    public static DocxBuilder AreaTable(this DocxBuilder builder, string area, string[] header, params string[][] rows) =>
        builder.Table(3, table =>
        {
            table.Title(area).Header(header);
            foreach (var row in rows)
            {
                table.Row(row);
            }
        });

    public static DocxBuilder Builder() =>
        new DocxBuilder()
            .Paragraph("Name: Sam Example")
            .Section("Section A: Views, interests and aspirations", "Sam enjoys trains.")
            .AreaTable("Communication and interaction", AreaHeader,
                ["Sam finds changes to routine hard.", "By July 2026 Sam will cope with a change using a visual timetable.", "A visual timetable, checked with Sam each morning."],
                ["Sam has a limited vocabulary.", "Sam will use 50 new words.", "Speech and language therapy: 3 sessions of 30 minutes a week."])
            .AreaTable("Cognition and learning", AreaHeader,
                ["Sam reads below age expectations.", "Sam will read simple sentences.", "Daily phonics in a group of 4."])
            .Table(2, table => table
                .Title("Sections C and G: Health needs and provision")
                .Header("Health needs", "Health provision")
                .Row("Sam has asthma.", "An asthma care plan agreed with the school nurse."))
            .Table(3, table => table
                .Title("Sections D and H1 and H2: Social care needs and provision")
                .Header("Social care needs", "H1 provision", "H2 provision")
                .Row("Sam's parents need short breaks.", "Short breaks: 2 nights a month.", "A family support worker."))
            .Section("Section I: Placement", "To be named in the final plan.")
            .Section("Section J: Personal budget", "Not requested.")
            .Section("Section K: Advice and information", "Educational psychology advice, 3 March 2025");
}

public sealed class NationalTemplateTablesTests
{
    [Fact]
    public void Each_cell_goes_to_the_section_of_its_column_under_its_area_of_need()
    {
        var split = DraftDocumentReader.Read(NationalTemplatePlan.Builder().ToStream());

        Assert.Equal(
            "Communication and interaction\nSam finds changes to routine hard.\nSam has a limited vocabulary.\n\n" +
            "Cognition and learning\nSam reads below age expectations.",
            split.Sections[SectionCode.B]);
        Assert.Equal(
            "Communication and interaction\nBy July 2026 Sam will cope with a change using a visual timetable.\nSam will use 50 new words.\n\n" +
            "Cognition and learning\nSam will read simple sentences.",
            split.Sections[SectionCode.E]);
        Assert.Equal(
            "Communication and interaction\nA visual timetable, checked with Sam each morning.\nSpeech and language therapy: 3 sessions of 30 minutes a week.\n\n" +
            "Cognition and learning\nDaily phonics in a group of 4.",
            split.Sections[SectionCode.F]);
    }

    [Fact]
    public void The_combined_tables_fill_health_and_social_care()
    {
        var split = DraftDocumentReader.Read(NationalTemplatePlan.Builder().ToStream());

        Assert.Equal("Sam has asthma.", split.Sections[SectionCode.C]);
        Assert.Equal("An asthma care plan agreed with the school nurse.", split.Sections[SectionCode.G]);
        Assert.Equal("Sam's parents need short breaks.", split.Sections[SectionCode.D]);
        Assert.Equal("Short breaks: 2 nights a month.", split.Sections[SectionCode.H1]);
        Assert.Equal("A family support worker.", split.Sections[SectionCode.H2]);
    }

    [Fact]
    public void Sections_found_only_in_table_columns_count_as_found_and_the_split_is_confident()
    {
        var split = DraftDocumentReader.Read(NationalTemplatePlan.Builder().ToStream());

        Assert.Empty(split.Missing);
        Assert.Empty(split.Doubts);
        Assert.True(split.IsConfident);
        Assert.Equal("Sam enjoys trains.", split.Sections[SectionCode.A]);
        Assert.Equal("Name: Sam Example", split.Preamble);
    }

    [Fact]
    public void A_section_found_in_a_column_was_started_by_its_column_heading()
    {
        var split = DraftDocumentReader.Read(NationalTemplatePlan.Builder().ToStream());

        Assert.Equal("Table column: Section F: Special educational provision", split.StartedBy[SectionCode.F]);
        Assert.Equal("Table column: Health needs", split.StartedBy[SectionCode.C]);
        Assert.Equal("Table column: H2 provision", split.StartedBy[SectionCode.H2]);
        Assert.Equal("Section A: Views, interests and aspirations", split.StartedBy[SectionCode.A]);
    }

    [Theory]
    [InlineData("B – Special educational needs", "E – Outcomes", "F – Special educational provision")]
    [InlineData("Special educational needs (B)", "Outcomes (E)", "Special educational provision (F)")]
    [InlineData("Special educational needs", "Outcomes", "Special educational provision")]
    [InlineData("SECTION B", "SECTION E", "SECTION F")]
    [InlineData("B", "E", "F")]
    [InlineData("Section B: The child or young person's special educational needs", "Section E: The outcomes sought", "Provision")]
    public void Column_headings_written_in_other_ways(string needs, string outcomes, string provision)
    {
        var split = DraftDocumentReader.Read(new DocxBuilder()
            .AreaTable("Sensory and/or physical needs", [needs, outcomes, provision], ["Sam has a hearing loss.", "Sam will follow instructions in class.", "A radio aid."])
            .ToStream());

        Assert.Equal("Sensory and/or physical needs\nSam has a hearing loss.", split.Sections[SectionCode.B]);
        Assert.Equal("Sensory and/or physical needs\nSam will follow instructions in class.", split.Sections[SectionCode.E]);
        Assert.Equal("Sensory and/or physical needs\nA radio aid.", split.Sections[SectionCode.F]);
    }

    [Fact]
    public void A_cell_that_starts_like_a_heading_stays_in_its_column()
    {
        var split = DraftDocumentReader.Read(new DocxBuilder()
            .Table(3, table => table
                .Header(NationalTemplatePlan.AreaHeader)
                .Row("Section C: Health needs are described below.", "Outcomes: Sam will sleep through the night.", "Special educational provision: a quiet space."))
            .ToStream());

        Assert.Equal("Section C: Health needs are described below.", split.Sections[SectionCode.B]);
        Assert.Equal("Outcomes: Sam will sleep through the night.", split.Sections[SectionCode.E]);
        Assert.Equal("Special educational provision: a quiet space.", split.Sections[SectionCode.F]);
        Assert.DoesNotContain(SectionCode.C, split.Sections.Keys);
    }

    [Fact]
    public void Several_areas_of_need_in_one_table_each_keep_their_title()
    {
        var split = DraftDocumentReader.Read(new DocxBuilder()
            .Table(3, table => table
                .Header(NationalTemplatePlan.AreaHeader)
                .Title("Communication and interaction")
                .Row("Sam is autistic.", "Sam will ask for help.", "A visual card.")
                .Title("Social, emotional and mental health")
                .Header(NationalTemplatePlan.AreaHeader)
                .Row("Sam becomes anxious.", "Sam will name his feelings.", "A daily check-in with a key adult."))
            .ToStream());

        Assert.Equal(
            "Communication and interaction\nSam will ask for help.\n\nSocial, emotional and mental health\nSam will name his feelings.",
            split.Sections[SectionCode.E]);
    }

    [Fact]
    public void A_first_column_naming_the_area_of_need_is_kept_in_each_section()
    {
        var split = DraftDocumentReader.Read(new DocxBuilder()
            .Table(4, table => table
                .Header("Area of need", "Needs (B)", "Outcomes (E)", "Provision (F)")
                .Row("Cognition and learning", "Sam reads below age expectations.", "Sam will read simple sentences.", "Daily phonics."))
            .ToStream());

        Assert.Equal("Cognition and learning\nSam reads below age expectations.", split.Sections[SectionCode.B]);
        Assert.Equal("Cognition and learning\nDaily phonics.", split.Sections[SectionCode.F]);
    }

    [Fact]
    public void A_title_written_above_a_table_is_the_area_of_need_of_that_table()
    {
        var split = DraftDocumentReader.Read(new DocxBuilder()
            .Paragraph("Sections B, E and F")
            .Bold("Communication and interaction")
            .Table(3, table => table.Header(NationalTemplatePlan.AreaHeader).Row("Sam is autistic.", "Sam will ask for help.", "A visual card."))
            .Bold("Cognition and learning")
            .Table(3, table => table.Header(NationalTemplatePlan.AreaHeader).Row("Sam reads slowly.", "Sam will read a sentence.", "Daily phonics."))
            .ToStream());

        Assert.Equal("Communication and interaction\nSam is autistic.\n\nCognition and learning\nSam reads slowly.", split.Sections[SectionCode.B]);
        Assert.Equal("", split.Preamble);
    }

    [Fact]
    public void A_bold_title_just_above_the_first_table_is_its_area_of_need_and_not_text_of_the_section_before()
    {
        var split = DraftDocumentReader.Read(new DocxBuilder()
            .Section("Section A: Views", "Sam likes trains.")
            .Heading("Communication and interaction", 3)
            .Table(3, table => table.Header(NationalTemplatePlan.AreaHeader).Row("Sam is autistic.", "Sam will ask for help.", "A visual card."))
            .ToStream());

        Assert.Equal("Sam likes trains.", split.Sections[SectionCode.A]);
        Assert.Equal("Communication and interaction\nSam is autistic.", split.Sections[SectionCode.B]);
        Assert.Equal("Communication and interaction\nA visual card.", split.Sections[SectionCode.F]);
    }

    [Fact]
    public void Text_after_the_tables_that_titles_no_table_stays_with_the_needs()
    {
        var split = DraftDocumentReader.Read(new DocxBuilder()
            .Table(3, table => table.Header(NationalTemplatePlan.AreaHeader).Row("Sam is autistic.", "Sam will ask for help.", "A visual card."))
            .Paragraph("All needs were agreed with Sam's parents.")
            .Section("Section I: Placement", "")
            .ToStream());

        Assert.Equal("Sam is autistic.\n\nAll needs were agreed with Sam's parents.", split.Sections[SectionCode.B]);
        Assert.Equal("", split.Sections[SectionCode.I]);
    }

    [Fact]
    public void A_table_of_outcomes_and_provision_inside_section_e_stays_in_e()
    {
        var split = DraftDocumentReader.Read(new DocxBuilder()
            .Section("Section E: Outcomes", "Sam's outcomes:")
            .Table(3, table => table.Header("Outcome", "Provision", "By when").Row("Sam will read a sentence.", "Daily phonics.", "July 2026"))
            .ToStream());

        Assert.Equal("Sam's outcomes:\nOutcome | Provision | By when\nSam will read a sentence. | Daily phonics. | July 2026", split.Sections[SectionCode.E]);
        Assert.DoesNotContain(SectionCode.F, split.Sections.Keys);
    }
}
