namespace EhcpQa.Domain.Sampling;

/// <summary>
/// One value of one dimension (a phase, a need, a setting, a locality, a caseworker) with how many
/// plans have it in the population and in the sample, and what share of each that is (0 to 1).
/// </summary>
public sealed record CoverageRow<TValue>(
    TValue Value,
    int PopulationCount,
    double PopulationShare,
    int SampleCount,
    double SampleShare);
