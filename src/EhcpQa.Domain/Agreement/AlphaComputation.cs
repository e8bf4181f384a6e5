namespace EhcpQa.Domain.Agreement;

/// <summary>Krippendorff's alpha with the figures it is made from, so a page or a test can show the working.</summary>
public sealed class AlphaComputation
{
    internal AlphaComputation(
        AlphaMetric metric, CoincidenceMatrix coincidences, double? observedDisagreement, double? expectedDisagreement, double? alpha, string? undefinedReason)
    {
        Metric = metric;
        Coincidences = coincidences;
        ObservedDisagreement = observedDisagreement;
        ExpectedDisagreement = expectedDisagreement;
        Alpha = alpha;
        UndefinedReason = undefinedReason;
    }

    public AlphaMetric Metric { get; }

    public CoincidenceMatrix Coincidences { get; }

    /// <summary>n: how many values are in units with two or more values.</summary>
    public int PairableValues => (int)Math.Round(Coincidences.Total);

    /// <summary>D_o = (1/n) Σ_c Σ_k o_ck δ²_ck; null when no unit has two values.</summary>
    public double? ObservedDisagreement { get; }

    /// <summary>D_e = (1/(n(n−1))) Σ_c Σ_k n_c n_k δ²_ck; null when no unit has two values.</summary>
    public double? ExpectedDisagreement { get; }

    /// <summary>α = 1 − D_o / D_e; null when undefined (see <see cref="UndefinedReason"/>).</summary>
    public double? Alpha { get; }

    /// <summary>Why alpha could not be computed, in plain English; null when it was.</summary>
    public string? UndefinedReason { get; }

    public ReliabilityReading Reading => ReliabilityReadings.Of(Alpha);
}
