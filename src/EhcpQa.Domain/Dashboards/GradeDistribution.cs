using EhcpQa.Domain.Grades;

namespace EhcpQa.Domain.Dashboards;

/// <summary>How many grades were given at each grade, and the share at least Good.</summary>
public sealed class GradeDistribution
{
    private readonly Dictionary<Grade, int> _counts;

    public GradeDistribution(IEnumerable<Grade> grades)
    {
        ArgumentNullException.ThrowIfNull(grades);
        _counts = Grade.All.ToDictionary(g => g, _ => 0);
        foreach (var grade in grades)
        {
            _counts[grade]++;
        }
    }

    /// <summary>From counts already made: <paramref name="counts"/>[v] grades of value v (1 Outstanding … 4 Inadequate; index 0 unused).</summary>
    internal GradeDistribution(IReadOnlyList<int> counts)
    {
        _counts = Grade.All.ToDictionary(g => g, g => counts[g.Value]);
    }

    public int Total => _counts.Values.Sum();

    public int CountOf(Grade grade) => _counts[grade];

    /// <summary>Share (0 to 1) of the grades at <paramref name="grade"/>; null when there are none.</summary>
    public double? ShareOf(Grade grade) => Total == 0 ? null : (double)_counts[grade] / Total;

    public int AtLeastGoodCount => _counts.Where(c => c.Key.IsAtLeastGood).Sum(c => c.Value);

    /// <summary>Share (0 to 1) at least Good; null when there are no grades.</summary>
    public double? AtLeastGoodShare => Total == 0 ? null : (double)AtLeastGoodCount / Total;
}
