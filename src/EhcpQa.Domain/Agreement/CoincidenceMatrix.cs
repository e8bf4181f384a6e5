namespace EhcpQa.Domain.Agreement;

/// <summary>
/// Krippendorff's coincidence matrix: for every ordered pair of values (c, k), how often a value c and
/// a value k were given to the same unit by different graders, each unit's pairs weighted by
/// 1 / (number of its values − 1) so every pairable value counts once. Symmetric; row totals are
/// the marginals n_c and the grand total is n, the number of pairable values.
/// </summary>
public sealed class CoincidenceMatrix
{
    private readonly double[] _cells;
    private readonly double[] _marginals;

    internal CoincidenceMatrix(IReadOnlyList<int> values, double[] cells)
    {
        Values = values;
        _cells = cells;
        _marginals = new double[values.Count];
        for (var c = 0; c < values.Count; c++)
        {
            for (var k = 0; k < values.Count; k++)
            {
                _marginals[c] += cells[(c * values.Count) + k];
            }

            Total += _marginals[c];
        }
    }

    /// <summary>The distinct values found in pairable units, ascending.</summary>
    public IReadOnlyList<int> Values { get; }

    /// <summary>n: the number of pairable values.</summary>
    public double Total { get; }

    /// <summary>o_ck for the values <paramref name="c"/> and <paramref name="k"/>; 0 for a value never given.</summary>
    public double this[int c, int k]
    {
        get
        {
            var row = IndexOf(c);
            var column = IndexOf(k);
            return row < 0 || column < 0 ? 0 : _cells[(row * Values.Count) + column];
        }
    }

    /// <summary>n_c: how many pairable values are <paramref name="value"/>.</summary>
    public double Marginal(int value)
    {
        var index = IndexOf(value);
        return index < 0 ? 0 : _marginals[index];
    }

    internal double Cell(int row, int column) => _cells[(row * Values.Count) + column];

    internal double MarginalAt(int index) => _marginals[index];

    private int IndexOf(int value)
    {
        for (var i = 0; i < Values.Count; i++)
        {
            if (Values[i] == value)
            {
                return i;
            }
        }

        return -1;
    }
}
