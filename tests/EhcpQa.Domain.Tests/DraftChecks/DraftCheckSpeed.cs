using System.Diagnostics;
using System.Globalization;
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

        // Warmed up for a second, as the service's checker is: its code is then compiled for speed.
        for (var warmUp = Stopwatch.StartNew(); warmUp.Elapsed < TimeSpan.FromSeconds(1);)
        {
            checker.Check(sections, new DraftContext(10, "S"));
        }

        // The processor time of this thread for each check, averaged over a few: the machine running the tests is
        // shared, so the time on the clock says more of the other work on it than of the checker's.
        const int runs = 10;
        var before = ThreadProcessorTime();
        var clock = Stopwatch.StartNew();
        for (var run = 0; run < runs; run++)
        {
            checker.Check(sections, new DraftContext(10, "S"));
        }

        clock.Stop();
        var processorTime = (ThreadProcessorTime() - before).TotalMilliseconds / runs;
        var onTheClock = clock.Elapsed.TotalMilliseconds / runs;

        output.WriteLine($"{words} words, {warnings.Count} warnings: {processorTime:F1} ms of processor time, {onTheClock:F1} ms on the clock");
        TestContext.Current.SendDiagnosticMessage($"Draft checker on {words} words: {processorTime:F1} ms of processor time, {onTheClock:F1} ms on the clock");
        Assert.True(words >= 20_000, $"The draft has {words} words");
        Assert.True(processorTime < 100, $"Checking took {processorTime:F1} ms of processor time");
    }

    /// <summary>The processor time of the calling thread (Linux, in 10 ms ticks), else of the whole process.</summary>
    private static TimeSpan ThreadProcessorTime()
    {
        const string stat = "/proc/thread-self/stat";
        if (!File.Exists(stat))
        {
            using var process = Process.GetCurrentProcess();
            return process.TotalProcessorTime;
        }

        var text = File.ReadAllText(stat);
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromMilliseconds(ticks * 10.0);
    }
}

/// <summary>The speed test runs alone, so that the processor time of the process is the checker's.</summary>
[CollectionDefinition(nameof(DraftCheckSpeed), DisableParallelization = true)]
public sealed class DraftCheckSpeedRunsAlone;
