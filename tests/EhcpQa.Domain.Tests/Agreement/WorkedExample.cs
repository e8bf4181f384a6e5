using EhcpQa.Domain.Agreement;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Agreement;

/// <summary>The worked example in docs/statistics.md, figure by figure.</summary>
public class WorkedExample
{
    // Plan 1: 2, 2, 3   Plan 2: 1, 2   Plan 3: 3, 3, 4   Plan 4: 2, 2
    private static readonly AgreementResult Result = AgreementStatistics.Compute(RatedUnits.Of([2, 2, 3], [1, 2], [3, 3, 4], [2, 2]));

    [Fact]
    public void Counts()
    {
        Assert.Equal(4, Result.UnitCount);
        Assert.Equal(0, Result.SkippedUnitCount);
        Assert.Equal(10, Result.PairableRatingCount);
        Assert.Equal(8, Result.RaterPairCount);
    }

    [Fact]
    public void PairwiseAgreement()
    {
        Assert.Equal(3, Result.ExactPairCount);
        Assert.Equal(0.375, Result.ExactAgreement);
        Assert.Equal(8, Result.WithinOneGradePairCount);
        Assert.Equal(1.0, Result.WithinOneGradeAgreement);
    }

    [Fact]
    public void CoincidenceMatrix()
    {
        var o = Result.AlphaDetail.Coincidences;
        double[,] expected =
        {
            { 0, 1, 0, 0 },
            { 1, 3, 1, 0 },
            { 0, 1, 1, 1 },
            { 0, 0, 1, 0 },
        };

        Assert.Equal([1, 2, 3, 4], o.Values);
        for (var c = 1; c <= 4; c++)
        {
            for (var k = 1; k <= 4; k++)
            {
                Assert.Equal(expected[c - 1, k - 1], o[c, k], precision: 12);
            }
        }

        Assert.Equal([1.0, 5.0, 3.0, 1.0], [o.Marginal(1), o.Marginal(2), o.Marginal(3), o.Marginal(4)]);
        Assert.Equal(10, o.Total, precision: 12);
    }

    [Fact]
    public void DisagreementsAndAlpha()
    {
        Assert.Equal(5.800, Result.AlphaDetail.ObservedDisagreement!.Value, precision: 3);
        Assert.Equal(15.667, Result.AlphaDetail.ExpectedDisagreement!.Value, precision: 3);
        Assert.Equal(0.630, Result.Alpha!.Value, precision: 3);
        Assert.Equal(148.0 / 235.0, Result.Alpha!.Value, precision: 12);
        Assert.Equal(ReliabilityReading.Poor, Result.AlphaDetail.Reading);
        Assert.Null(Result.AlphaUndefinedReason);
    }

    [Fact]
    public void OtherMetricsOnTheSameData()
    {
        var units = RatedUnits.ValuesPerUnit([[2, 1, 3, 2], [2, 2, 3, 2], [3, null, 4, null]]);

        Assert.Equal(0.578, KrippendorffAlpha.Compute(units, AlphaMetric.Interval).Alpha!.Value, precision: 3);
        Assert.Equal(0.156, KrippendorffAlpha.Compute(units, AlphaMetric.Nominal).Alpha!.Value, precision: 3);
        Assert.Equal(0.630, KrippendorffAlpha.Compute(units, AlphaMetric.Ordinal).Alpha!.Value, precision: 3);
    }
}
