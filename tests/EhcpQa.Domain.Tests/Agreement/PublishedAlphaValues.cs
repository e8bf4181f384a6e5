using EhcpQa.Domain.Agreement;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Agreement;

/// <summary>Krippendorff's alpha on published reliability data, against the published values.</summary>
public class PublishedAlphaValues
{
    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 observers,
    // 12 units, values 1–5 with missing data. Published: nominal .743, ordinal .815, interval .849.
    private static readonly int?[][] KrippendorffPaper =
    [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
        [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
    ];

    // The example in the Wikipedia article "Krippendorff's alpha" (also the test data of the Python
    // package krippendorff): 3 coders, 15 units, values 1–4. Published: nominal 0.691358,
    // interval 0.810845.
    private static readonly int?[][] WikipediaExample =
    [
        [null, null, null, null, null, 3, 4, 1, 2, 1, 1, 3, 3, null, 3],
        [1, null, 2, 1, 3, 3, 4, 3, null, null, null, null, null, null, null],
        [null, null, 2, 1, 3, 4, 4, null, 2, 1, 1, 3, 3, null, 4],
    ];

    [Theory]
    [InlineData(AlphaMetric.Nominal, 0.743)]
    [InlineData(AlphaMetric.Ordinal, 0.815)]
    [InlineData(AlphaMetric.Interval, 0.849)]
    public void KrippendorffsOwnExample(AlphaMetric metric, double published)
    {
        var result = KrippendorffAlpha.Compute(RatedUnits.ValuesPerUnit(KrippendorffPaper), metric);

        Assert.Equal(published, Math.Round(result.Alpha!.Value, 3));
        Assert.Equal(40, result.PairableValues);
    }

    [Fact]
    public void KrippendorffsOwnExample_CoincidenceMatrix()
    {
        // The paper's table of coincidences: o_11 = 7, o_12 = 4/3, o_22 = 10, o_33 = 8, o_55 = 3, n = 40.
        var o = KrippendorffAlpha.Compute(RatedUnits.ValuesPerUnit(KrippendorffPaper), AlphaMetric.Nominal).Coincidences;

        Assert.Equal(7, o[1, 1], precision: 12);
        Assert.Equal(4.0 / 3, o[1, 2], precision: 12);
        Assert.Equal(10, o[2, 2], precision: 12);
        Assert.Equal(8, o[3, 3], precision: 12);
        Assert.Equal(3, o[5, 5], precision: 12);
        Assert.Equal(40, o.Total, precision: 12);
        Assert.Equal([9, 13, 10, 5, 3], o.Values.Select(value => (int)Math.Round(o.Marginal(value), 9)));
    }

    [Theory]
    [InlineData(AlphaMetric.Nominal, 0.691358)]
    [InlineData(AlphaMetric.Interval, 0.810845)]
    public void WikipediaArticleExample(AlphaMetric metric, double published)
    {
        var result = KrippendorffAlpha.Compute(RatedUnits.ValuesPerUnit(WikipediaExample), metric);

        Assert.Equal(published, Math.Round(result.Alpha!.Value, 6));
    }

    [Fact]
    public void WikipediaArticleExample_OnTheGradeScale()
    {
        // The same data as grades 1–4 through the panel statistics. Ordinal alpha has no published
        // value for it; 0.806721 was computed independently from the pairwise definition of D_o and
        // D_e (every ordered pair of values, not the coincidence matrix) in exact fractions.
        var units = RatedUnits.ValuesPerUnit(WikipediaExample);

        var result = AgreementStatistics.Compute(RatedUnits.Of([.. units]));

        Assert.Equal(0.806721, Math.Round(result.Alpha!.Value, 6));
        Assert.Equal(12, result.UnitCount);
        Assert.Equal(3, result.SkippedUnitCount);
        Assert.Equal(26, result.PairableRatingCount);
    }
}
