namespace EhcpQa.Domain.Agreement;

/// <summary>
/// Krippendorff's alpha over integer values, from the coincidence matrix (Krippendorff, "Computing
/// Krippendorff's Alpha-Reliability", 2011). Any number of graders per unit; units with fewer than
/// two values are skipped, as they hold no pair to compare. See <c>docs/statistics.md</c>.
/// </summary>
public static class KrippendorffAlpha
{
    public const string NoPairableUnits = "No unit has been graded by two or more graders yet, so agreement cannot be measured.";

    public const string NoVariation =
        "Every grade given is the same, so agreement cannot be told apart from chance: alpha is undefined when the data has no variation.";

    /// <summary>Computes alpha for units given as the values their graders gave.</summary>
    public static AlphaComputation Compute(IEnumerable<IReadOnlyCollection<int>> units, AlphaMetric metric)
    {
        ArgumentNullException.ThrowIfNull(units);
        if (!Enum.IsDefined(metric))
        {
            throw new ArgumentOutOfRangeException(nameof(metric), metric, "Unknown metric.");
        }

        var pairable = units.Where(unit => unit is { Count: >= 2 }).ToList();
        int[] values = [.. pairable.SelectMany(unit => unit).Distinct().Order()];
        var v = values.Length;
        var cells = new double[v * v];
        var counts = new int[v];
        foreach (var unit in pairable)
        {
            Array.Clear(counts);
            foreach (var value in unit)
            {
                counts[Array.BinarySearch(values, value)]++;
            }

            // o_ck += (pairs of a c and a k from different graders in the unit) / (m_u − 1)
            var weight = 1.0 / (unit.Count - 1);
            for (var c = 0; c < v; c++)
            {
                if (counts[c] == 0)
                {
                    continue;
                }

                for (var k = 0; k < v; k++)
                {
                    var pairs = c == k ? counts[c] * (counts[c] - 1) : counts[c] * counts[k];
                    cells[(c * v) + k] += pairs * weight;
                }
            }
        }

        var matrix = new CoincidenceMatrix(values, cells);
        var n = matrix.Total;
        if (pairable.Count == 0)
        {
            return new AlphaComputation(metric, matrix, null, null, null, NoPairableUnits);
        }

        var distance = SquaredDistances(values, matrix, metric);
        double observed = 0, expected = 0;
        for (var c = 0; c < v; c++)
        {
            for (var k = 0; k < v; k++)
            {
                observed += matrix.Cell(c, k) * distance[c, k];
                expected += matrix.MarginalAt(c) * matrix.MarginalAt(k) * distance[c, k];
            }
        }

        var observedDisagreement = observed / n;
        var expectedDisagreement = expected / (n * (n - 1));
        return expectedDisagreement > 0
            ? new AlphaComputation(metric, matrix, observedDisagreement, expectedDisagreement, 1 - (observedDisagreement / expectedDisagreement), null)
            : new AlphaComputation(metric, matrix, observedDisagreement, expectedDisagreement, null, NoVariation);
    }

    /// <summary>δ²_ck for every pair of observed values (by index into <paramref name="values"/>).</summary>
    private static double[,] SquaredDistances(int[] values, CoincidenceMatrix matrix, AlphaMetric metric)
    {
        var v = values.Length;
        var distance = new double[v, v];
        for (var c = 0; c < v; c++)
        {
            for (var k = 0; k < v; k++)
            {
                distance[c, k] = metric switch
                {
                    AlphaMetric.Nominal => c == k ? 0 : 1,
                    AlphaMetric.Interval => Math.Pow(values[c] - values[k], 2),
                    _ => Math.Pow(OrdinalSpan(matrix, Math.Min(c, k), Math.Max(c, k)), 2),
                };
            }
        }

        return distance;
    }

    // Ordinal: Σ_{g=c..k} n_g − (n_c + n_k) / 2, the number of values "between" c and k counting half of each end.
    private static double OrdinalSpan(CoincidenceMatrix matrix, int low, int high)
    {
        if (low == high)
        {
            return 0;
        }

        double sum = 0;
        for (var g = low; g <= high; g++)
        {
            sum += matrix.MarginalAt(g);
        }

        return sum - ((matrix.MarginalAt(low) + matrix.MarginalAt(high)) / 2);
    }
}
