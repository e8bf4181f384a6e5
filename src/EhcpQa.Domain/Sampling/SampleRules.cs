namespace EhcpQa.Domain.Sampling;

/// <summary>How a dip sample is to be drawn. The rules compose: each is applied on top of the others (see <c>docs/statistics.md</c>).</summary>
/// <param name="Size">How many plans to draw: a number, or 1 in K of the population. The draw may enlarge it to meet the other rules.</param>
/// <param name="PerCaseworker">
/// At least this many plans for every caseworker with a plan in the population (all of theirs when they have fewer); 0 for no such rule.
/// </param>
/// <param name="ProportionalSpread">
/// The sample is spread across phase × broad area of need × setting in proportion to the population;
/// otherwise the places left after the caseworker and phase picks are a simple random sample.
/// </param>
public sealed record SampleRules(SampleSize Size, int PerCaseworker = 1, bool ProportionalSpread = true)
{
    /// <summary>The most plans a rule may ask for each caseworker or each phase.</summary>
    public const int MaxPerGroup = 50;

    /// <summary>The largest minimum sample size.</summary>
    public const int MaxMinimum = SampleSize.MaxPlans;

    private readonly SampleSize _size = Size ?? throw new ArgumentNullException(nameof(Size));
    private readonly int _perCaseworker = PerGroup(PerCaseworker, nameof(PerCaseworker));
    private readonly int _perPhase;
    private readonly int? _minimum;

    public SampleSize Size
    {
        get => _size;
        init => _size = value ?? throw new ArgumentNullException(nameof(value));
    }

    public int PerCaseworker
    {
        get => _perCaseworker;
        init => _perCaseworker = PerGroup(value, nameof(PerCaseworker));
    }

    /// <summary>At least this many plans of every phase with a plan in the population (all of them when it has fewer); 0 for no such rule.</summary>
    public int PerPhase
    {
        get => _perPhase;
        init => _perPhase = PerGroup(value, nameof(PerPhase));
    }

    /// <summary>The smallest the sample may be: a smaller size is raised to it, never above the population. Null for no minimum.</summary>
    public int? Minimum
    {
        get => _minimum;
        init => _minimum = value is null or (>= 1 and <= MaxMinimum)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Minimum), value, $"A minimum from 1 to {MaxMinimum}.");
    }

    /// <summary>
    /// The rules in words, one part for each ("At least 2 plans for each caseworker", "1 in 5 of all plans", "at least 20
    /// plans", "spread in proportion to the population").
    /// </summary>
    public IReadOnlyList<string> Words()
    {
        var words = new List<string>();
        if (PerCaseworker > 0)
        {
            words.Add($"at least {Plans(PerCaseworker)} for each caseworker");
        }

        if (PerPhase > 0)
        {
            words.Add($"at least {Plans(PerPhase)} for each phase");
        }

        words.Add(Size.Words());
        if (Minimum is { } minimum)
        {
            words.Add($"at least {Plans(minimum)}");
        }

        words.Add(ProportionalSpread ? "spread in proportion to the population" : "a simple random draw");
        return words;
    }

    private static int PerGroup(int value, string name) =>
        value is >= 0 and <= MaxPerGroup ? value : throw new ArgumentOutOfRangeException(name, value, $"From 0 to {MaxPerGroup}.");

    private static string Plans(int count) => count == 1 ? "1 plan" : $"{count} plans";
}
