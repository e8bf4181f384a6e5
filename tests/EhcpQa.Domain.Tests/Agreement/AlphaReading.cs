using EhcpQa.Domain.Agreement;

namespace EhcpQa.Domain.Tests.Agreement;

public class AlphaReading
{
    [Theory]
    [InlineData(1.0, ReliabilityReading.Good)]
    [InlineData(0.800, ReliabilityReading.Good)]
    [InlineData(0.7999, ReliabilityReading.Tentative)]
    [InlineData(0.667, ReliabilityReading.Tentative)]
    [InlineData(0.6669, ReliabilityReading.Poor)]
    [InlineData(0.0, ReliabilityReading.Poor)]
    [InlineData(-0.5, ReliabilityReading.Poor)]
    [InlineData(null, ReliabilityReading.Undefined)]
    public void Alpha_IsReadOnKrippendorffsThresholds(double? alpha, ReliabilityReading expected)
    {
        Assert.Equal(expected, ReliabilityReadings.Of(alpha));
    }

    [Theory]
    [InlineData(ReliabilityReading.Good, "Good")]
    [InlineData(ReliabilityReading.Tentative, "Tentative")]
    [InlineData(ReliabilityReading.Poor, "Poor")]
    [InlineData(ReliabilityReading.Undefined, "Not enough variation to measure")]
    public void Reading_HasAName(ReliabilityReading reading, string expected)
    {
        Assert.Equal(expected, reading.Name());
    }
}
