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

        var keys = new HashSet<string>(StringComparer.Ordinal);
        var graders = new HashSet<string>(StringComparer.Ordinal);
        var values = new List<IReadOnlyCollection<int>>(units.Count);
        int skipped = 0, pairs = 0, exact = 0, withinOne = 0;
        foreach (var unit in units)
        {
            ArgumentNullException.ThrowIfNull(unit, nameof(units));
            ArgumentNullException.ThrowIfNull(unit.Ratings, nameof(units));
            if (!keys.Add(unit.UnitKey ?? throw new ArgumentException("A unit has no key.", nameof(units))))
            {
                throw new ArgumentException($"The unit '{unit.UnitKey}' appears more than once.", nameof(units));
            }

            graders.Clear();
            var grades = new int[unit.Ratings.Count];
            for (var i = 0; i < grades.Length; i++)
            {
                var rating = unit.Ratings[i];
                ArgumentNullException.ThrowIfNull(rating, nameof(units));
                if (!graders.Add(rating.GraderId ?? string.Empty))
                {
                    throw new ArgumentException($"'{rating.GraderId}' rated the unit '{unit.UnitKey}' more than once.", nameof(units));
                }

                grades[i] = Grade.TryFromValue(rating.Grade.Value, out _)
                    ? rating.Grade.Value
                    : throw new ArgumentException($"A rating of the unit '{unit.UnitKey}' has no grade.", nameof(units));
            }

            if (grades.Length < 2)
            {
                skipped++;
                continue;
            }

            values.Add(grades);
            for (var i = 0; i < grades.Length; i++)
            {
                for (var j = i + 1; j < grades.Length; j++)
                {
                    pairs++;
                    var steps = Math.Abs(grades[i] - grades[j]);
                    exact += steps == 0 ? 1 : 0;
                    withinOne += steps <= 1 ? 1 : 0;
                }
            }
        }

        var alpha = KrippendorffAlpha.Compute(values, AlphaMetric.Ordinal);
        return new AgreementResult(values.Count, skipped, pairs, exact, withinOne, alpha);
    }
}
