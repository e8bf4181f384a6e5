using EhcpQa.Domain.Plans;

namespace EhcpQa.Domain.Sampling;

/// <summary>
/// A sample set against its population, dimension by dimension, so a reader can see that the sample
/// is representative. Each list holds every value found in the population or the sample.
/// </summary>
public sealed class CoverageComparison
{
    internal CoverageComparison(
        int populationSize,
        int sampleSize,
        IReadOnlyList<CoverageRow<Phase>> byPhase,
        IReadOnlyList<CoverageRow<BroadAreaOfNeed>> byNeed,
        IReadOnlyList<CoverageRow<SettingType>> bySetting,
        IReadOnlyList<CoverageRow<int>> byLocality,
        IReadOnlyList<CoverageRow<string>> byCaseworker)
    {
        PopulationSize = populationSize;
        SampleSize = sampleSize;
        ByPhase = byPhase;
        ByNeed = byNeed;
        BySetting = bySetting;
        ByLocality = byLocality;
        ByCaseworker = byCaseworker;
    }

    public int PopulationSize { get; }

    public int SampleSize { get; }

    /// <summary>Rows in phase order, Early Years to Post-19.</summary>
    public IReadOnlyList<CoverageRow<Phase>> ByPhase { get; }

    /// <summary>Rows in the Code of Practice's order of the broad areas of need.</summary>
    public IReadOnlyList<CoverageRow<BroadAreaOfNeed>> ByNeed { get; }

    /// <summary>Rows in the order of <see cref="SettingType"/>.</summary>
    public IReadOnlyList<CoverageRow<SettingType>> BySetting { get; }

    /// <summary>Rows by locality id, ascending.</summary>
    public IReadOnlyList<CoverageRow<int>> ByLocality { get; }

    /// <summary>Rows by caseworker id, in ordinal order.</summary>
    public IReadOnlyList<CoverageRow<string>> ByCaseworker { get; }
}
