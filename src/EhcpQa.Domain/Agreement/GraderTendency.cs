using EhcpQa.Domain.Grades;

namespace EhcpQa.Domain.Agreement;

/// <summary>Each grader's tendency relative to agreed grades: harsher, the same, or more lenient.</summary>
public static class GraderTendency
{
    /// <summary>One row per grader, ordered by grader id.</summary>
    /// <exception cref="ArgumentException">A grader id is empty or a grade is unset.</exception>
    public static IReadOnlyList<GraderTendencyRow> Compute(IEnumerable<(string GraderId, Grade Given, Grade Agreed)> gradings)
    {
        ArgumentNullException.ThrowIfNull(gradings);

        var tallies = new SortedDictionary<string, Tally>(StringComparer.Ordinal);
        foreach (var (graderId, given, agreed) in gradings)
        {
            if (string.IsNullOrWhiteSpace(graderId))
            {
                throw new ArgumentException("A grading has no grader.", nameof(gradings));
            }

            if (!Grade.TryFromValue(given.Value, out _) || !Grade.TryFromValue(agreed.Value, out _))
            {
                throw new ArgumentException($"A grading by '{graderId}' has no grade given or agreed.", nameof(gradings));
            }

            if (!tallies.TryGetValue(graderId, out var tally))
            {
                tally = new Tally();
                tallies.Add(graderId, tally);
            }

            var difference = given.Value - agreed.Value;
            tally.Count++;
            tally.DifferenceSum += difference;
            if (difference > 0)
            {
                tally.Harsher++;
            }
            else if (difference < 0)
            {
                tally.MoreLenient++;
            }
            else
            {
                tally.Same++;
            }
        }

        return [.. tallies.Select(entry => new GraderTendencyRow(
            entry.Key,
            entry.Value.Count,
            (double)entry.Value.DifferenceSum / entry.Value.Count,
            entry.Value.Harsher,
            entry.Value.Same,
            entry.Value.MoreLenient))];
    }

    private sealed class Tally
    {
        public int Count { get; set; }

        public long DifferenceSum { get; set; }

        public int Harsher { get; set; }

        public int Same { get; set; }

        public int MoreLenient { get; set; }
    }
}
