namespace EhcpQa.Domain.Sampling;

/// <summary>The result of a draw: the plans drawn, in the order they were drawn, and what a reader should know about it.</summary>
public sealed class SampleOutcome
{
    internal SampleOutcome(SampleRules rules, int seed, int populationSize, IReadOnlyList<SamplingCandidate> drawn, IReadOnlyList<string> notes)
    {
        Rules = rules;
        Seed = seed;
        PopulationSize = populationSize;
        Drawn = drawn;
        Notes = notes;
    }

    /// <summary>The rules the sample was drawn under (the size asked for, before any enlargement).</summary>
    public SampleRules Rules { get; }

    /// <summary>The seed that, with the same population, reproduces this sample.</summary>
    public int Seed { get; }

    public int PopulationSize { get; }

    /// <summary>The plans drawn, in draw order: the caseworker picks first, then the spread.</summary>
    public IReadOnlyList<SamplingCandidate> Drawn { get; }

    /// <summary>Plain-English notes for the sample page, such as an enlargement and why.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>The drawn plans as sample items, marked <see cref="SampleItemOrigin.Drawn"/>.</summary>
    public IReadOnlyList<SampleItem> Items => [.. Drawn.Select(c => SampleItem.Drawn(c.PlanId))];
}
