namespace EhcpQa.Domain.Agreement;

/// <summary>How to read a Krippendorff's alpha, on Krippendorff's own conventions.</summary>
public enum ReliabilityReading
{
    /// <summary>Alpha cannot be computed: no unit has two ratings, or every rating is the same grade.</summary>
    Undefined = 0,

    /// <summary>Alpha below 0.667: graders do not apply the framework consistently.</summary>
    Poor,

    /// <summary>Alpha from 0.667 to below 0.800: usable for tentative conclusions only.</summary>
    Tentative,

    /// <summary>Alpha of 0.800 or more: graders apply the framework consistently.</summary>
    Good,

    /// <summary>Alpha computed on fewer units than <see cref="AgreementResult.UnitsToRead"/>: shown, but too few to read as good or poor.</summary>
    TooFewUnits,
}

public static class ReliabilityReadings
{
    public const double GoodFrom = 0.800;

    public const double TentativeFrom = 0.667;

    public static ReliabilityReading Of(double? alpha) => alpha switch
    {
        null => ReliabilityReading.Undefined,
        >= GoodFrom => ReliabilityReading.Good,
        >= TentativeFrom => ReliabilityReading.Tentative,
        _ => ReliabilityReading.Poor,
    };

    public static string Name(this ReliabilityReading reading) => reading switch
    {
        ReliabilityReading.Good => "Good",
        ReliabilityReading.Tentative => "Tentative",
        ReliabilityReading.Poor => "Poor",
        ReliabilityReading.TooFewUnits => "Too few units to read",
        _ => "Not enough variation to measure",
    };
}
