namespace EhcpQa.Domain.Sampling;

/// <summary>
/// A pseudo-random generator whose sequence depends only on its seed and never changes with the .NET
/// version: xoshiro256** (Blackman and Vigna, 2018), seeded through SplitMix64. A recorded seed must
/// reproduce the same sample years later, and <see cref="Random"/> does not promise that its seeded
/// sequence stays the same across major versions of .NET.
/// </summary>
public sealed class SeededRandom
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    public SeededRandom(int seed)
    {
        var state = unchecked((ulong)(long)seed);
        _s0 = SplitMix64(ref state);
        _s1 = SplitMix64(ref state);
        _s2 = SplitMix64(ref state);
        _s3 = SplitMix64(ref state);
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        var result = RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniformly distributed integer from 0 up to, not including, <paramref name="exclusiveBound"/>.</summary>
    public int Next(int exclusiveBound)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(exclusiveBound, 1);
        return (int)NextBelow((uint)exclusiveBound);
    }

    /// <summary>A uniformly distributed integer from <paramref name="inclusiveLow"/> up to, not including, <paramref name="exclusiveHigh"/>.</summary>
    public int Next(int inclusiveLow, int exclusiveHigh)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(inclusiveLow, exclusiveHigh);
        return inclusiveLow + (int)NextBelow((uint)((long)exclusiveHigh - inclusiveLow));
    }

    /// <summary>Shuffles the whole span in place (Fisher–Yates).</summary>
    public void Shuffle<T>(Span<T> items)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = (int)NextBelow((uint)(i + 1));
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    // Lemire's multiply-and-reject method: unbiased, and rarely needs a second draw.
    private uint NextBelow(uint bound)
    {
        var product = (ulong)(uint)(NextUInt64() >> 32) * bound;
        var low = (uint)product;
        if (low < bound)
        {
            var threshold = unchecked(0u - bound) % bound;
            while (low < threshold)
            {
                product = (ulong)(uint)(NextUInt64() >> 32) * bound;
                low = (uint)product;
            }
        }

        return (uint)(product >> 32);
    }

    private static ulong SplitMix64(ref ulong state)
    {
        unchecked
        {
            state += 0x9E3779B97F4A7C15UL;
            var z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
