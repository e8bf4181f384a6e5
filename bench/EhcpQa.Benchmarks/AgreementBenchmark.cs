using BenchmarkDotNet.Attributes;
using EhcpQa.Domain.Agreement;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Sampling;

namespace EhcpQa.Benchmarks;

/// <summary>
/// Agreement statistics over 1,000 units (for example a year of panels: about 80 plans a month,
/// each section and the plan overall), each graded by two to four moderators.
/// </summary>
[MemoryDiagnoser]
public class AgreementBenchmark
{
    private RatedUnit[] _units = [];
    private (string GraderId, Grade Given, Grade Agreed)[] _gradings = [];

    [Params(1_000)]
    public int UnitCount { get; set; }

    [GlobalSetup]
    public void GenerateTheGradings()
    {
        var random = new SeededRandom(2026);
        var units = new RatedUnit[UnitCount];
        var gradings = new List<(string, Grade, Grade)>();
        for (var u = 0; u < UnitCount; u++)
        {
            var agreed = 1 + random.Next(4);
            var raters = 2 + random.Next(3);
            var ratings = new Rating[raters];
            for (var r = 0; r < raters; r++)
            {
                // Mostly the agreed grade, sometimes one step either side.
                var given = Math.Clamp(agreed + (random.Next(10) switch { 0 => -1, 1 => 1, _ => 0 }), 1, 4);
                var grader = $"moderator-{random.Next(12):D2}-{r}";
                ratings[r] = new Rating(grader, Grade.FromValue(given));
                gradings.Add((grader, Grade.FromValue(given), Grade.FromValue(agreed)));
            }

            units[u] = new RatedUnit($"unit-{u}", ratings);
        }

        _units = units;
        _gradings = [.. gradings];
    }

    [Benchmark(Description = "Agreement (pairs + ordinal alpha), 1,000 units")]
    public AgreementResult Agreement() => AgreementStatistics.Compute(_units);

    [Benchmark(Description = "Grader tendency, same gradings")]
    public IReadOnlyList<GraderTendencyRow> Tendency() => GraderTendency.Compute(_gradings);
}
