using EhcpQa.Domain.DraftChecks;

namespace EhcpQa.Domain.Tests.DraftChecks;

/// <summary>
/// The two SMART outcome checks against a labelled set of outcome sentences (outcome-sentences.tsv, with its rules
/// and sources): each finds at least 90% of the outcomes it should (recall), and at least 85% of what it flags
/// should be flagged (precision).
/// </summary>
public class OutcomesMeasured(ITestOutputHelper output)
{
    private static readonly DraftChecker Checker = new(ProvisionWording.Default);

    private static readonly List<(string Sentence, bool TimeFramed, bool Measurable, string Source)> Sentences =
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "DraftChecks", "outcome-sentences.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(columns => (columns[0], columns[1] == "y", columns[2] == "y", columns[3]))
            .ToList();

    [Fact]
    public void TheLabelledSet_HasAtLeast40Sentences_EachWithItsSource()
    {
        Assert.True(Sentences.Count >= 40, $"The labelled set has {Sentences.Count} sentences; it needs at least 40.");
        Assert.All(Sentences, s => Assert.False(string.IsNullOrWhiteSpace(s.Source)));
        Assert.Contains(Sentences, s => !s.TimeFramed);
        Assert.Contains(Sentences, s => !s.Measurable);
    }

    [Fact]
    public void NoTimeFrame_OnTheLabelledSet_RecallIsAtLeast90Percent_AndPrecisionAtLeast85() =>
        Measure("No time frame", s => !s.TimeFramed, sentence => !Checker.HasTimeFrame(sentence));

    [Fact]
    public void NotMeasurable_OnTheLabelledSet_RecallIsAtLeast90Percent_AndPrecisionAtLeast85() =>
        Measure("Not measurable", s => !s.Measurable, sentence => !Checker.IsMeasurable(sentence));

    private void Measure(string check, Func<(string Sentence, bool TimeFramed, bool Measurable, string Source), bool> shouldFlag, Func<string, bool> flags)
    {
        var truePositives = 0;
        var falsePositives = 0;
        var falseNegatives = 0;
        foreach (var labelled in Sentences)
        {
            var flagged = flags(labelled.Sentence);
            var expected = shouldFlag(labelled);
            if (flagged && expected)
            {
                truePositives++;
            }
            else if (flagged)
            {
                falsePositives++;
                output.WriteLine($"flagged but should not be: {labelled.Sentence}");
            }
            else if (expected)
            {
                falseNegatives++;
                output.WriteLine($"missed: {labelled.Sentence}");
            }
        }

        var recall = truePositives / (double)(truePositives + falseNegatives);
        var precision = truePositives / (double)(truePositives + falsePositives);
        output.WriteLine($"{check} on {Sentences.Count} sentences: recall {recall:P1}, precision {precision:P1}");
        TestContext.Current.SendDiagnosticMessage($"{check} on {Sentences.Count} labelled outcomes: recall {recall:P1}, precision {precision:P1}");
        Assert.True(recall >= 0.9, $"Recall {recall:P1} is below 90%");
        Assert.True(precision >= 0.85, $"Precision {precision:P1} is below 85%");
    }
}
