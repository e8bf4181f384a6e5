namespace EhcpQa.Domain.Agreement;

/// <summary>How consistently graders graded the same units. See <c>docs/statistics.md</c> for how to read it.</summary>
public sealed class AgreementResult
{
    /// <summary>Fewer units than this are too few for alpha to be read as good, tentative or poor: the figures are shown, the label withheld.</summary>
    public const int UnitsToRead = 10;

    internal AgreementResult(
        int unitCount, int skippedUnitCount, int raterPairCount, int exactPairCount, int withinOneGradePairCount, AlphaComputation alpha)
    {
        UnitCount = unitCount;
        SkippedUnitCount = skippedUnitCount;
        RaterPairCount = raterPairCount;
        ExactPairCount = exactPairCount;
        WithinOneGradePairCount = withinOneGradePairCount;
        AlphaDetail = alpha;
    }

    /// <summary>Units graded by two or more graders: the units the figures are made from.</summary>
    public int UnitCount { get; }

    /// <summary>Units with fewer than two ratings, left out of every figure.</summary>
    public int SkippedUnitCount { get; }

    /// <summary>Ratings in the units counted: n in Krippendorff's formulas.</summary>
    public int PairableRatingCount => AlphaDetail.PairableValues;

    /// <summary>Pairs of graders who graded the same unit (a unit with m ratings has m(m−1)/2).</summary>
    public int RaterPairCount { get; }

    /// <summary>Pairs that gave the same grade.</summary>
    public int ExactPairCount { get; }

    /// <summary>Pairs whose grades are at most one step apart (including the same grade).</summary>
    public int WithinOneGradePairCount { get; }

    /// <summary>Share (0 to 1) of grader pairs that gave the same grade; null when there is no pair.</summary>
    public double? ExactAgreement => RaterPairCount == 0 ? null : (double)ExactPairCount / RaterPairCount;

    /// <summary>Share (0 to 1) of grader pairs at most one grade apart; null when there is no pair.</summary>
    public double? WithinOneGradeAgreement => RaterPairCount == 0 ? null : (double)WithinOneGradePairCount / RaterPairCount;

    /// <summary>Krippendorff's alpha with the ordinal metric; null when undefined (see <see cref="AlphaUndefinedReason"/>).</summary>
    public double? Alpha => AlphaDetail.Alpha;

    /// <summary>Why alpha is undefined, in plain English; null when it is defined.</summary>
    public string? AlphaUndefinedReason => AlphaDetail.UndefinedReason;

    /// <summary>Whether the figures rest on too few units to be read (<see cref="UnitsToRead"/>).</summary>
    public bool RestsOnTooFewUnits => UnitCount < UnitsToRead;

    /// <summary>How to read <see cref="Alpha"/>: <see cref="ReliabilityReading.TooFewUnits"/> when it rests on too few units.</summary>
    public ReliabilityReading Reading => AlphaDetail.Reading is not ReliabilityReading.Undefined && RestsOnTooFewUnits
        ? ReliabilityReading.TooFewUnits
        : AlphaDetail.Reading;

    /// <summary>The coincidence matrix and the observed and expected disagreement behind <see cref="Alpha"/>.</summary>
    public AlphaComputation AlphaDetail { get; }
}
