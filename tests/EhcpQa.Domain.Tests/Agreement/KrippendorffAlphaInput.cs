using EhcpQa.Domain.Agreement;

namespace EhcpQa.Domain.Tests.Agreement;

public class KrippendorffAlphaInput
{
    [Fact]
    public void OrdinalDistance_DependsOnlyOnTheOrderOfValues()
    {
        // Relabelling 1,2,3,4 as 10,20,30,400 keeps the order, so ordinal alpha is unchanged.
        int[][] grades = [[1, 2, 2], [3, 3], [4, 3, 4], [1, 1]];
        int[][] relabelled = [.. grades.Select(unit => unit.Select(v => v == 4 ? 400 : v * 10).ToArray())];

        var original = KrippendorffAlpha.Compute(grades, AlphaMetric.Ordinal).Alpha!.Value;
        var changed = KrippendorffAlpha.Compute(relabelled, AlphaMetric.Ordinal).Alpha!.Value;

        Assert.Equal(original, changed, precision: 12);
    }

    [Fact]
    public void UnknownMetric_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => KrippendorffAlpha.Compute([[1, 2]], (AlphaMetric)99));
    }

    [Fact]
    public void ValueNeverGiven_HasNoCoincidences()
    {
        var o = KrippendorffAlpha.Compute([[1, 2], [2, 2]], AlphaMetric.Ordinal).Coincidences;

        Assert.Equal(0, o[3, 3]);
        Assert.Equal(0, o.Marginal(4));
    }
}
