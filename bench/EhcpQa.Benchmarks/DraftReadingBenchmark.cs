using BenchmarkDotNet.Attributes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using EhcpQa.Domain.DraftChecks;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Web.Features.Drafts.Documents;

namespace EhcpQa.Benchmarks;

/// <summary>
/// What the service does with an uploaded draft before the caseworker sends it, on a 40-page draft (about 20,000
/// words) in the national template's layout: B, E and F side by side in a table per area of need, combined C/G and
/// D/H1/H2 tables, a contents list at the start. The document is split into sections, read by the draft checker and
/// the golden thread, separately and together.
/// </summary>
[MemoryDiagnoser]
public class DraftReadingBenchmark
{
    private byte[] _docx = [];
    private IReadOnlyDictionary<SectionCode, string> _sections = new Dictionary<SectionCode, string>();
    private DraftChecker _checker = DraftCheckWording.AsShipped.Checker();
    private GoldenThread _thread = DraftCheckWording.AsShipped.Thread();
    private readonly DraftContext _child = new(10, "S");

    [Params(40)]
    public int Pages { get; set; }

    /// <summary>The words in the generated document, for the record.</summary>
    public int Words { get; private set; }

    [GlobalSetup]
    public void WriteTheDraft()
    {
        (_docx, Words) = NationalTemplateDraft.Write(Pages);
        using var stream = new MemoryStream(_docx);
        _sections = DraftDocumentReader.Read(stream).Sections;
        _checker = DraftCheckWording.AsShipped.Checker();
        _thread = DraftCheckWording.AsShipped.Thread();
        Console.WriteLine($"// {Pages} pages: {Words:N0} words; sections {string.Join(", ", _sections.Keys)}");
    }

    [Benchmark(Description = "Split the .docx into sections")]
    public int Split()
    {
        using var stream = new MemoryStream(_docx);
        return DraftDocumentReader.Read(stream).Sections.Count;
    }

    [Benchmark(Description = "Draft checker")]
    public int Check() => _checker.Check(_sections, _child).Count;

    [Benchmark(Description = "Golden thread")]
    public int Thread() => _thread.Trace(_sections).Gaps.Count;

    [Benchmark(Description = "Split, checker and thread together")]
    public int All()
    {
        using var stream = new MemoryStream(_docx);
        var sections = DraftDocumentReader.Read(stream).Sections;
        return _checker.Check(sections, _child).Count + _thread.Trace(sections).Gaps.Count;
    }
}

/// <summary>Writes a draft plan in the national template's layout, about 500 words a page, from fixed text (the same every run).</summary>
internal static class NationalTemplateDraft
{
    private static readonly (string Area, string Need, string Outcome, string Provision)[] Areas =
    [
        ("Communication and interaction",
            "Sam finds it hard to understand instructions of more than two key words and to take turns in conversation with other children in the class.",
            "By the end of Key Stage 2 Sam will follow three-part instructions in class on four out of five occasions without adult prompting.",
            "A speech and language therapist will deliver 3 sessions of 30 minutes per week of one-to-one language work in school."),
        ("Cognition and learning",
            "Sam reads below the level expected for his age and finds phonics and spelling of common words difficult to remember from one week to the next.",
            "By July 2028 Sam will read 40 high-frequency words accurately and spell 20 of them correctly in his own writing.",
            "A teaching assistant trained in precision teaching will deliver 15 minutes of reading practice daily, 5 days a week."),
        ("Social, emotional and mental health",
            "Sam becomes anxious at transitions between lessons and may leave the classroom when he feels overwhelmed by noise.",
            "Within 12 months Sam will use his calm plan to return to class within 10 minutes on four out of five occasions.",
            "An emotional literacy support assistant will meet Sam for 30 minutes weekly to rehearse his calm plan and review his feelings diary."),
        ("Sensory and physical",
            "Sam has difficulty with fine motor control, finds handwriting tiring and cannot yet fasten buttons or use scissors safely.",
            "By the end of Year 6 Sam will write three sentences legibly in 10 minutes and fasten his own coat independently.",
            "An occupational therapist will set a fine motor programme each term, delivered by a teaching assistant for 10 minutes daily."),
    ];

    public static (byte[] Docx, int Words) Write(int pages)
    {
        using var stream = new MemoryStream();
        var words = 0;
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body();
            document.AddMainDocumentPart().Document = new Document(body);

            body.Append(Bold("Contents"));
            foreach (var heading in new[] { "Section A: Views, interests and aspirations", "Section B: Special educational needs", "Section E: Outcomes", "Section F: Special educational provision", "Section I: Placement", "Section J: Personal budget", "Section K: Advice and information" })
            {
                body.Append(Plain(heading + "\t3"));
            }

            body.Append(Heading("Section A: The views, interests and aspirations of Sam and his parents"));
            // Each round of four areas is about 500 words: a page.
            for (var page = 0; page < pages; page++)
            {
                body.Append(Plain("Sam enjoys football, drawing and building with construction kits. He wants to be a vet when he grows up and likes to help look after the class pets at lunchtime."));
                words += 33;
                var table = new Table(new TableProperties(new TableBorders(new InsideHorizontalBorder { Val = BorderValues.Single })));
                table.Append(Row(Cell("Section B: Special educational needs"), Cell("Section E: Outcomes"), Cell("Section F: Special educational provision")));
                foreach (var (area, need, outcome, provision) in Areas)
                {
                    table.Append(Row(Cell(area, span: 3)));
                    table.Append(Row(Cell(need), Cell(outcome), Cell(provision)));
                    words += Count(area) + Count(need) + Count(outcome) + Count(provision);
                }

                body.Append(table);
            }

            body.Append(Heading("Sections C and G: Health needs and provision"));
            body.Append(new Table(
                Row(Cell("Section C: Health needs"), Cell("Section G: Health provision")),
                Row(Cell("Sam has asthma, managed with an inhaler before exercise."), Cell("The school nurse will review Sam's asthma care plan once a term with his parents."))));
            body.Append(Heading("Sections D, H1 and H2: Social care needs and provision"));
            body.Append(new Table(
                Row(Cell("Section D: Social care needs"), Cell("Section H1: Social care provision"), Cell("Section H2: Other social care provision")),
                Row(Cell("No social care needs have been identified."), Cell("No social care provision has been identified."), Cell("No social care provision has been identified."))));
            body.Append(Heading("Section I: Placement"));
            body.Append(Heading("Section J: Personal budget"));
            body.Append(Plain("No personal budget has been requested."));
            body.Append(Heading("Section K: Advice and information"));
            body.Append(Plain("Educational psychology advice, 3 March 2026. Speech and language therapy advice, 10 March 2026."));
            document.MainDocumentPart!.Document.Save();
        }

        return (stream.ToArray(), words);
    }

    private static int Count(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static Paragraph Plain(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static Paragraph Bold(string text) => new(new Run(new RunProperties(new Bold()), new Text(text)));

    private static Paragraph Heading(string text) =>
        new(new ParagraphProperties(new OutlineLevel { Val = 0 }), new Run(new RunProperties(new Bold()), new Text(text)));

    private static TableRow Row(params TableCell[] cells) => new(cells);

    private static TableCell Cell(string text, int span = 1)
    {
        var cell = new TableCell();
        if (span > 1)
        {
            cell.Append(new TableCellProperties(new GridSpan { Val = span }));
        }

        cell.Append(Plain(text));
        return cell;
    }
}
