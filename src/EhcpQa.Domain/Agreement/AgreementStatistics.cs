using EhcpQa.Domain.Grades;

namespace EhcpQa.Domain.Agreement;

/// <summary>
/// Agreement between graders who graded the same units independently: exact agreement, agreement
/// within one grade, and Krippendorff's alpha with the ordinal metric. See <c>docs/statistics.md</c>.
/// </summary>
public static class AgreementStatistics
{
    /// <exception cref="ArgumentException">
    /// A unit key appears twice, a grader rated one unit twice, or a rating has no grade.
    /// </exception>
    public static AgreementResult Compute(IReadOnlyList<RatedUnit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var scored = new List<ScoredUnit>(units.Count);
        foreach (var unit in units)
        {
            ArgumentNullException.ThrowIfNull(unit, nameof(units));
            ArgumentNullException.ThrowIfNull(unit.Ratings, nameof(units));
            scored.Add(new ScoredUnit(unit.UnitKey, unit.Ratings.Select(rating =>
            {
                ArgumentNullException.ThrowIfNull(rating, nameof(units));
                return Grade.TryFromValue(rating.Grade.Value, out _)
                    ? new Score(rating.GraderId, rating.Grade.Value)
                    : throw new ArgumentException($"A rating of the unit '{unit.UnitKey}' has no grade.", nameof(units));
            }).ToList()));
        }

        return Compute(scored, AlphaMetric.Ordinal, closeWithin: 1);
    }

    /// <summary>
    /// Agreement on whole-number values of any scale: the ranks of a framework's own grades (ordinal), or
    /// percentages in tenths (interval). Pairs count as close when their values are at most
    /// <paramref name="closeWithin"/> apart (one step of a grade scale; 100 tenths for ten percentage points).
    /// </summary>
    /// <exception cref="ArgumentException">A unit key appears twice, or a grader scored one unit twice.</exception>
    public static AgreementResult Compute(IReadOnlyList<ScoredUnit> units, AlphaMetric metric, int closeWithin)
    {
        ArgumentNullException.ThrowIfNull(units);

        var keys = new HashSet<string>(StringComparer.Ordinal);
        var graders = new HashSet<string>(StringComparer.Ordinal);
        var values = new List<IReadOnlyCollection<int>>(units.Count);
        int skipped = 0, pairs = 0, exact = 0, close = 0;
        foreach (var unit in units)
        {
            ArgumentNullException.ThrowIfNull(unit, nameof(units));
            ArgumentNullException.ThrowIfNull(unit.Scores, nameof(units));
            if (!keys.Add(unit.UnitKey ?? throw new ArgumentException("A unit has no key.", nameof(units))))
            {
                throw new ArgumentException($"The unit '{unit.UnitKey}' appears more than once.", nameof(units));
            }

            graders.Clear();
            var given = new int[unit.Scores.Count];
            for (var i = 0; i < given.Length; i++)
            {
                var score = unit.Scores[i];
                ArgumentNullException.ThrowIfNull(score, nameof(units));
                if (!graders.Add(score.GraderId ?? string.Empty))
                {
                    throw new ArgumentException($"'{score.GraderId}' rated the unit '{unit.UnitKey}' more than once.", nameof(units));
                }

                given[i] = score.Value;
            }

            if (given.Length < 2)
            {
                skipped++;
                continue;
            }

            values.Add(given);
            for (var i = 0; i < given.Length; i++)
            {
                for (var j = i + 1; j < given.Length; j++)
                {
                    pairs++;
                    var apart = Math.Abs(given[i] - given[j]);
                    exact += apart == 0 ? 1 : 0;
                    close += apart <= closeWithin ? 1 : 0;
                }
            }
        }

        var alpha = KrippendorffAlpha.Compute(values, metric);
        return new AgreementResult(values.Count, skipped, pairs, exact, close, alpha);
    }
}
