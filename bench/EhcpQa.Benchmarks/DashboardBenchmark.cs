using BenchmarkDotNet.Attributes;
using EhcpQa.Domain.Dashboards;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Sampling;

namespace EhcpQa.Benchmarks;

/// <summary>
/// The dashboard's figures computed in memory from decisive grades: a large authority's 10 years,
/// 300,000 grades (2,500 a month), each with its 12 section grades. Measures the computation only,
/// not reading the grades from the database.
/// </summary>
[MemoryDiagnoser]
public class DashboardBenchmark
{
    private static readonly Dictionary<int, string> Localities = new() { [1] = "North", [2] = "South", [3] = "East", [4] = "West" };
    private AssuredGrading[] _tenYears = [];
    private AssuredGrading[] _thirteenMonths = [];

    [GlobalSetup]
    public void GenerateTheGrades()
    {
        var random = new SeededRandom(2026);
        var phases = Enum.GetValues<Phase>();
        var needs = Enum.GetValues<BroadAreaOfNeed>();
        var settings = Enum.GetValues<SettingType>();
        var start = new DateOnly(2016, 11, 1);
        _tenYears = new AssuredGrading[300_000];
        for (var i = 0; i < _tenYears.Length; i++)
        {
            var on = start.AddDays(random.Next(3_652));
            var overall = Grade.FromValue(1 + random.Next(4));
            var sections = PlanSections.Statutory.ToDictionary(s => s.Code, _ => Grade.FromValue(1 + random.Next(4)));
            _tenYears[i] = new AssuredGrading(i, AssuranceLevel.SignOff, on, 1 + random.Next(4), phases[random.Next(phases.Length)],
                needs[random.Next(needs.Length)], settings[random.Next(settings.Length)], overall, random.Next(10) == 0, sections);
        }

        var from = new DateOnly(2025, 10, 1);
        _thirteenMonths = _tenYears.Where(g => g.On >= from).ToArray();
    }

    /// <summary>One month with its 12-month trend, from the 13 months the page reads.</summary>
    [Benchmark]
    public Dashboard OneMonth() =>
        Dashboard.Compute(_thirteenMonths, new DashboardFilter(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 1), AssuranceLevel.SignOff), Localities);

    /// <summary>A year, one locality and one phase.</summary>
    [Benchmark]
    public Dashboard YearFiltered() =>
        Dashboard.Compute(_thirteenMonths, new DashboardFilter(new DateOnly(2025, 11, 1), new DateOnly(2026, 10, 1), AssuranceLevel.SignOff, 2, Phase.KeyStage2), Localities);

    /// <summary>All ten years in one period: the worst case.</summary>
    [Benchmark]
    public Dashboard TenYears() =>
        Dashboard.Compute(_tenYears, new DashboardFilter(new DateOnly(2016, 11, 1), new DateOnly(2026, 10, 1), AssuranceLevel.SignOff), Localities);
}
