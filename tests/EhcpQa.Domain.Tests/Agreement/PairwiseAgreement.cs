using EhcpQa.Domain.Agreement;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Agreement;

public class PairwiseAgreement
{
    [Fact]
    public void PairsAreCountedWithinEachUnit()
    {
        // [1,1,2]: pairs 1-1 (same), 1-2, 1-2  → 1 exact, 3 within one
        // [2,4]:   2-4                          → 0 exact, 0 within one
        // [3,3,3,4]: three 3-3 and three 3-4    → 3 exact, 6 within one
        var result = AgreementStatistics.Compute(RatedUnits.Of([1, 1, 2], [2, 4], [3, 3, 3, 4]));

        Assert.Equal(10, result.RaterPairCount);
        Assert.Equal(4, result.ExactPairCount);
        Assert.Equal(9, result.WithinOneGradePairCount);
        Assert.Equal(0.4, result.ExactAgreement);
        Assert.Equal(0.9, result.WithinOneGradeAgreement);
        Assert.Equal(9, result.PairableRatingCount);
    }

    [Fact]
    public void UnitsWithOneRating_AreSkippedAndCounted()
    {
        var result = AgreementStatistics.Compute(RatedUnits.Of([1, 2], [4], [3, 3], []));

        Assert.Equal(2, result.UnitCount);
        Assert.Equal(2, result.SkippedUnitCount);
        Assert.Equal(4, result.PairableRatingCount);
        Assert.Equal(2, result.RaterPairCount);
        Assert.Equal(0.5, result.ExactAgreement);
        Assert.Equal(1.0, result.WithinOneGradeAgreement);
    }

    [Fact]
    public void SkippedUnits_DoNotChangeAlpha()
    {
        var with = AgreementStatistics.Compute(RatedUnits.Of([1, 2], [4], [3, 3], [2, 2, 3]));
        var without = AgreementStatistics.Compute(RatedUnits.Of([1, 2], [3, 3], [2, 2, 3]));

        Assert.Equal(without.Alpha, with.Alpha);
    }

    [Fact]
    public void SameGraderTwiceInAUnit_IsRefused()
    {
        RatedUnit unit = new("plan-1", [new Rating("m1", Grade.Good), new Rating("m1", Grade.Inadequate)]);

        Assert.Throws<ArgumentException>(() => AgreementStatistics.Compute([unit]));
    }

    [Fact]
    public void SameUnitTwice_IsRefused()
    {
        var units = RatedUnits.Of([1, 2], [2, 2]);
        units[1] = units[1] with { UnitKey = units[0].UnitKey };

        Assert.Throws<ArgumentException>(() => AgreementStatistics.Compute(units));
    }

    [Fact]
    public void RatingWithoutAGrade_IsRefused()
    {
        RatedUnit unit = new("plan-1", [new Rating("m1", Grade.Good), new Rating("m2", default)]);

        Assert.Throws<ArgumentException>(() => AgreementStatistics.Compute([unit]));
    }
}
