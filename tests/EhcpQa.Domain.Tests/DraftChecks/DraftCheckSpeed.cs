using System.Diagnostics;
using System.Text;
using EhcpQa.Domain.DraftChecks;
using EhcpQa.Domain.Frameworks;

namespace EhcpQa.Domain.Tests.DraftChecks;

/// <summary>The checker reads a 40-page draft (about 20,000 words) well within the time of a page load.</summary>
[Collection(nameof(DraftCheckSpeed))]
public class DraftCheckSpeed(ITestOutputHelper output)
{
    [Fact]
    public void AFortyPageDraft_IsCheckedInWellUnder100Milliseconds()
    {
        var checker = new DraftChecker(ProvisionWording.Default);
        var paragraph = "Sam's mum says he enjoys swimming and dinosaurs. His class teacher, Mrs Jones, reports that Sam needs visual supports. "
            + "By the end of Key Stage 2, Sam will read 100 words accurately. A teaching assistant will support Sam for 20 minutes daily. "
            + "Sam will make progress with his confidence. Staff will help Sam as needed.\n";
        var sections = PlanSections.Statutory.ToDictionary(
            s => s.Code,
            s => s.Code == SectionCode.I ? string.Empty : new StringBuilder().Insert(0, paragraph, 40).ToString());
        var words = sections.Values.Sum(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        var warnings = checker.Check(sections, new DraftContext(10, "S"));
        for (var warmUp = 0; warmUp < 5; warmUp++)
        {
            checker.Check(sections, new DraftContext(10, "S"));
        }

        // The processor time of each check, averaged over a few: the machine running the tests is shared, so the
        // time on the clock says more of the other work on it than of the checker's.
        const int runs = 10;
        using var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (var run = 0; run < runs; run++)
        {
            checker.Check(sections, new DraftContext(10, "S"));
        }

        clock.Stop();
        process.Refresh();
        var processorTime = (process.TotalProcessorTime - before).TotalMilliseconds / runs;
        var onTheClock = clock.Elapsed.TotalMilliseconds / runs;

        output.WriteLine($"{words} words, {warnings.Count} warnings: {processorTime:F1} ms of processor time, {onTheClock:F1} ms on the clock");
        TestContext.Current.SendDiagnosticMessage($"Draft checker on {words} words: {processorTime:F1} ms of processor time, {onTheClock:F1} ms on the clock");
        Assert.True(words >= 20_000, $"The draft has {words} words");
        Assert.True(processorTime < 100, $"Checking took {processorTime:F1} ms of processor time");
    }
}

/// <summary>The speed test runs alone, so that the processor time of the process is the checker's.</summary>
[CollectionDefinition(nameof(DraftCheckSpeed), DisableParallelization = true)]
public sealed class DraftCheckSpeedRunsAlone;
