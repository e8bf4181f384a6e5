using System.Diagnostics;
using EhcpQa.Web.Features.Drafts.Documents;

namespace EhcpQa.Web.Tests.Drafts;

/// <summary>Timed alone, so that other tests running at the same time do not slow the reads being timed.</summary>
[CollectionDefinition(nameof(ReadingSpeedTests), DisableParallelization = true)]
public sealed class ReadingSpeedCollection;

[Collection(nameof(ReadingSpeedTests))]
public sealed class ReadingSpeedTests(ITestOutputHelper output)
{
    private const string Sentence = "Sam needs an adult to explain new vocabulary before each lesson and to check his understanding afterwards. ";

    /// <summary>About 40 pages: 12 sections of 30 paragraphs of some 60 words, a list of contents and 6 national template tables.</summary>
    private static byte[] FortyPageDraft()
    {
        var builder = new DocxBuilder().Paragraph("Name: Sam Example").Paragraph("Contents");
        foreach (var (heading, _, _) in TypicalPlan.Sections)
        {
            builder.Paragraph($"{heading} ........ 3");
        }

        foreach (var (heading, code, _) in TypicalPlan.Sections)
        {
            builder.Paragraph(heading);
            for (var i = 0; i < 30; i++)
            {
                builder.Paragraph($"{code} {i}: " + string.Concat(Enumerable.Repeat(Sentence, 4)));
            }

            if (code == Domain.Frameworks.SectionCode.A)
            {
                for (var area = 0; area < 6; area++)
                {
                    builder.AreaTable($"Area {area}", NationalTemplatePlan.AreaHeader,
                        Enumerable.Range(0, 8).Select(r => new[] { $"Need {r}. {Sentence}", $"Outcome {r}. {Sentence}", $"Provision {r}. {Sentence}" }).ToArray());
                }
            }
        }

        return builder.ToBytes();
    }

    [Fact]
    public void Reading_and_splitting_a_forty_page_draft_takes_well_under_100_ms()
    {
        var draft = FortyPageDraft();
        var first = DraftDocumentReader.Read(new MemoryStream(draft));

        var fastest = TimeSpan.MaxValue;
        for (var run = 0; run < 10; run++)
        {
            var watch = Stopwatch.StartNew();
            DraftDocumentReader.Read(new MemoryStream(draft));
            watch.Stop();
            fastest = watch.Elapsed < fastest ? watch.Elapsed : fastest;
        }

        Assert.True(first.IsConfident, string.Join("; ", first.Doubts));
        Assert.True(fastest < TimeSpan.FromMilliseconds(100), $"The fastest of 10 reads took {fastest.TotalMilliseconds:F0} ms");
        output.WriteLine($"Fastest read of a 40-page draft ({draft.Length} bytes): {fastest.TotalMilliseconds:F1} ms");
    }
}
