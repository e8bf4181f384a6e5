using EhcpQa.Domain.Agreement;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Agreement;

public class AlphaAtTheExtremes
{
    [Fact]
    public void PerfectAgreement_GivesOne()
    {
        var result = AgreementStatistics.Compute(RatedUnits.Of([1, 1], [2, 2, 2], [3, 3], [4, 4, 4, 4], [2, 2]));

        Assert.Equal(1.0, result.Alpha);
        Assert.Equal(0, result.AlphaDetail.ObservedDisagreement);
        Assert.Equal(ReliabilityReading.Good, result.AlphaDetail.Reading);
        Assert.Equal(1.0, result.ExactAgreement);
    }

    [Fact]
    public void SystematicDisagreement_GivesANegativeAlpha()
    {
        // Every plan graded Outstanding by one moderator and Inadequate by the other.
        var result = AgreementStatistics.Compute(RatedUnits.Of([1, 4], [4, 1], [1, 4]));

        // n = 6, o_14 = o_41 = 3, δ²_14 = (3 + 3 − 3)² = 9: D_o = 54/6 = 9, D_e = 2·3·3·9/30 = 5.4.
        Assert.Equal(9, result.AlphaDetail.ObservedDisagreement!.Value, precision: 12);
        Assert.Equal(5.4, result.AlphaDetail.ExpectedDisagreement!.Value, precision: 12);
        Assert.Equal(-2.0 / 3, result.Alpha!.Value, precision: 12);
        Assert.True(result.Alpha < 0);
        Assert.Equal(ReliabilityReading.Poor, result.AlphaDetail.Reading);
        Assert.Equal(0.0, result.ExactAgreement);
        Assert.Equal(0.0, result.WithinOneGradeAgreement);
    }

    [Fact]
    public void AgreementAtChanceLevel_GivesAlphaNearZero()
    {
        // Half the plans get one Good and one Requires improvement, a quarter two of each: moderators
        // agree on half the pairs, which is what pairing the 80 grades at random would give.
        int[][] mixed = [.. Enumerable.Repeat<int[]>([2, 3], 20)];
        int[][] good = [.. Enumerable.Repeat<int[]>([2, 2], 10)];
        int[][] requiresImprovement = [.. Enumerable.Repeat<int[]>([3, 3], 10)];

        var result = AgreementStatistics.Compute(RatedUnits.Of([.. mixed, .. good, .. requiresImprovement]));

        Assert.InRange(result.Alpha!.Value, -0.05, 0.05);
        Assert.Equal(0.5, result.ExactAgreement);
    }

    [Fact]
    public void NoVariation_LeavesAlphaUndefinedAndSaysWhy()
    {
        var result = AgreementStatistics.Compute(RatedUnits.Of([2, 2], [2, 2, 2], [2, 2]));

        Assert.Null(result.Alpha);
        Assert.Equal(ReliabilityReading.Undefined, result.Reading);
        Assert.Equal(KrippendorffAlpha.NoVariation, result.AlphaUndefinedReason);
        Assert.Equal(1.0, result.ExactAgreement);
        Assert.Equal(7, result.PairableRatingCount);
    }

    [Fact]
    public void NoUnitWithTwoRatings_LeavesEverythingUndefined()
    {
        var result = AgreementStatistics.Compute(RatedUnits.Of([2], [3], []));

        Assert.Null(result.Alpha);
        Assert.Null(result.ExactAgreement);
        Assert.Null(result.WithinOneGradeAgreement);
        Assert.Null(result.AlphaDetail.ObservedDisagreement);
        Assert.Equal(KrippendorffAlpha.NoPairableUnits, result.AlphaUndefinedReason);
        Assert.Equal((0, 3, 0, 0), (result.UnitCount, result.SkippedUnitCount, result.PairableRatingCount, result.RaterPairCount));
    }

    [Fact]
    public void NoUnits_LeavesEverythingUndefined()
    {
        var result = AgreementStatistics.Compute([]);

        Assert.Null(result.Alpha);
        Assert.Equal(0, result.UnitCount);
    }
}
