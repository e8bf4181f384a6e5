namespace EhcpQa.Domain.Sampling;

/// <summary>
/// Whether a rule for one caseworker or one phase ("at least 2 plans for each caseworker") was met by a sample: how many
/// plans it asked for, how many the value had in the population and how many are in the sample.
/// </summary>
public sealed record RuleCheck<TValue>(TValue Value, int Required, int PopulationCount, int SampleCount)
{
    public bool Met => SampleCount >= Required;

    /// <summary>Why the rule was not met ("only 1 plan in the population", "1 plan in the sample"); null when it was.</summary>
    public string? Reason => Met
        ? null
        : PopulationCount < Required
            ? $"only {Plans(PopulationCount)} in the population"
            : $"{Plans(SampleCount)} in the sample";

    /// <summary>"Met", "Not met: only 1 plan in the population" or "Not met: 1 plan in the sample".</summary>
    public string Words() => Met ? "Met" : $"Not met: {Reason}";

    private static string Plans(int count) => count == 1 ? "1 plan" : $"{count} plans";
}
