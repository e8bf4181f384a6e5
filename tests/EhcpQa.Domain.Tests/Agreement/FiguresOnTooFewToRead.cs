using EhcpQa.Domain.Agreement;
using EhcpQa.Domain.Grades;

namespace EhcpQa.Domain.Tests.Agreement;

/// <summary>
/// Agreement figures resting on too few units are shown but not read: alpha is not called good or poor below ten
/// units, and a grader is not called harsher or more lenient than the panel on fewer than ten grades.
/// </summary>
public class FiguresOnTooFewToRead
{
    private static RatedUnit[] Units(int count) =>
        Enumerable.Range(0, count)
            .Select(i => new RatedUnit($"unit-{i}", [new Rating("a", Grade.FromValue(1 + (i % 4))), new Rating("b", Grade.FromValue(1 + ((i + 1) % 4)))]))
            .ToArray();

    [Fact]
    public void AlphaOnFewerThanTenUnits_IsShownButNotRead()
    {
        var few = AgreementStatistics.Compute(Units(AgreementResult.UnitsToRead - 1));

        Assert.True(few.RestsOnTooFewUnits);
        Assert.NotNull(few.Alpha);
        Assert.NotNull(few.ExactAgreement);
        Assert.Equal(ReliabilityReading.TooFewUnits, few.Reading);
        Assert.Equal(ReliabilityReading.Poor, few.AlphaDetail.Reading);
    }

    [Fact]
    public void AlphaOnTenUnits_IsRead()
    {
        var enough = AgreementStatistics.Compute(Units(AgreementResult.UnitsToRead));

        Assert.False(enough.RestsOnTooFewUnits);
        Assert.Equal(ReliabilityReading.Poor, enough.Reading);
    }

    [Fact]
    public void AGraderWithFewerThanTenGrades_IsNotLabelled()
    {
        var gradings = Enumerable.Range(0, GraderTendencyRow.GradesToLabel - 1).Select(_ => ("few", Grade.FromValue(3), Grade.FromValue(2)))
            .Concat(Enumerable.Range(0, GraderTendencyRow.GradesToLabel).Select(_ => ("enough", Grade.FromValue(3), Grade.FromValue(2))));

        var rows = GraderTendency.Compute(gradings);

        Assert.False(rows.Single(r => r.GraderId == "few").HasEnoughToLabel);
        Assert.True(rows.Single(r => r.GraderId == "enough").HasEnoughToLabel);
        Assert.Equal(1d, rows.Single(r => r.GraderId == "few").MeanDifference);
    }
}
