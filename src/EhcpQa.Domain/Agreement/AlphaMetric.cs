namespace EhcpQa.Domain.Agreement;

/// <summary>How different two values are taken to be when Krippendorff's alpha is computed.</summary>
public enum AlphaMetric
{
    /// <summary>Values are categories: any two different values are equally far apart.</summary>
    Nominal = 1,

    /// <summary>
    /// Values are ranks: two values are as far apart as the number of values observed between them,
    /// so a step between well-used grades weighs more than a step between rarely used ones. The one
    /// used for grades.
    /// </summary>
    Ordinal,

    /// <summary>Values are numbers on an equal-interval scale: the distance is the squared difference.</summary>
    Interval,
}
