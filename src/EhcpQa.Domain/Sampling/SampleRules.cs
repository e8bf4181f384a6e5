namespace EhcpQa.Domain.Sampling;

/// <summary>How a dip sample is to be drawn.</summary>
/// <param name="Size">How many plans to draw; at least 1. The draw may enlarge it (see <see cref="AtLeastOnePerCaseworker"/>).</param>
/// <param name="AtLeastOnePerCaseworker">Every caseworker with a plan in the population has at least one plan in the sample.</param>
/// <param name="ProportionalSpread">
/// The sample is spread across phase × broad area of need × setting in proportion to the population;
/// otherwise the places left after the caseworker picks are a simple random sample.
/// </param>
public sealed record SampleRules(int Size, bool AtLeastOnePerCaseworker = true, bool ProportionalSpread = true)
{
    private readonly int _size = Validated(Size);

    public int Size
    {
        get => _size;
        init => _size = Validated(value);
    }

    private static int Validated(int size) =>
        size >= 1 ? size : throw new ArgumentOutOfRangeException(nameof(size), size, "A sample has at least one plan.");
}
