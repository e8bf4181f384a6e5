using EhcpQa.Domain.DraftChecks;

namespace EhcpQa.Domain.Tests.DraftChecks;

/// <summary>
/// The vague-provision check against a labelled set of provision sentences (provision-sentences.tsv, with its rule and
/// sources): it finds at least 90% of the vague ones (recall) and at least 85% of what it flags is vague (precision).
/// </summary>
public class VagueProvisionMeasured(ITestOutputHelper output)
{
    [Fact]
    public void OnTheLabelledSet_RecallIsAtLeast90Percent_AndPrecisionAtLeast85()
    {
        var checker = new DraftChecker(ProvisionWording.Default);
        var sentences = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "DraftChecks", "provision-sentences.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(columns => (Vague: columns[0] == "vague", Source: columns[1], Sentence: columns[2]))
            .ToList();
        Assert.True(sentences.Count >= 80, $"The labelled set has {sentences.Count} sentences; it needs at least 80.");

        var truePositives = 0;
        var falsePositives = 0;
        var falseNegatives = 0;
        foreach (var (vague, _, sentence) in sentences)
        {
            var flagged = !checker.IsSpecific(sentence);
            if (flagged && vague)
            {
                truePositives++;
            }
            else if (flagged)
            {
                falsePositives++;
                output.WriteLine($"flagged but specific: {sentence} ({string.Join("; ", checker.FlagsOf(Domain.Frameworks.SectionCode.F, sentence).Select(f => f.Reason))})");
            }
            else if (vague)
            {
                falseNegatives++;
                output.WriteLine($"missed: {sentence}");
            }
        }

        var recall = truePositives / (double)(truePositives + falseNegatives);
        var precision = truePositives / (double)(truePositives + falsePositives);
        output.WriteLine($"{sentences.Count} sentences: recall {recall:P1}, precision {precision:P1}");
        TestContext.Current.SendDiagnosticMessage($"Vague provision on {sentences.Count} labelled sentences: recall {recall:P1}, precision {precision:P1}");
        Assert.True(recall >= 0.9, $"Recall {recall:P1} is below 90%");
        Assert.True(precision >= 0.85, $"Precision {precision:P1} is below 85%");
    }
}
