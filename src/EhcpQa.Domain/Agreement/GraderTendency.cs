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
        return OnRanks(gradings.Select(g =>
            !Grade.TryFromValue(g.Given.Value, out _) || !Grade.TryFromValue(g.Agreed.Value, out _)
                ? throw new ArgumentException($"A grading by '{g.GraderId}' has no grade given or agreed.", nameof(gradings))
                : (g.GraderId, g.Given.Value, g.Agreed.Value)));
    }

    /// <summary>
    /// One row per grader from ranks on any scale, where a higher rank is worse (0 for a scale's best grade): the
    /// difference given − agreed is above 0 when the grader was harsher. A form's grades are compared by their
    /// ranks on its own scale; points by the percentage agreed minus the percentage given.
    /// </summary>
    public static IReadOnlyList<GraderTendencyRow> OnRanks(IEnumerable<(string GraderId, int Given, int Agreed)> gradings)
    {
        ArgumentNullException.ThrowIfNull(gradings);

        var tallies = new SortedDictionary<string, Tally>(StringComparer.Ordinal);
        foreach (var (graderId, given, agreed) in gradings)
        {
            if (string.IsNullOrWhiteSpace(graderId))
            {
                throw new ArgumentException("A grading has no grader.", nameof(gradings));
            }

            if (!tallies.TryGetValue(graderId, out var tally))
            {
                tally = new Tally();
                tallies.Add(graderId, tally);
            }

            var difference = given - agreed;
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
