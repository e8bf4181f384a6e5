using EhcpQa.Domain.Sampling;

namespace EhcpQa.Domain.Tests.Sampling;

public class SeededRandomSequence
{
    // Reference outputs of xoshiro256** seeded by SplitMix64 from the sign-extended seed, produced by
    // the authors' public-domain C code (xoshiro256starstar.c, splitmix64.c).
    [Theory]
    [InlineData(42, 1546998764402558742UL, 6990951692964543102UL, 12544586762248559009UL)]
    [InlineData(0, 11091344671253066420UL, 13793997310169335082UL, 1900383378846508768UL)]
    [InlineData(-1, 10328197420357168392UL, 14156678507024973869UL, 9357971779955476126UL)]
    public void Seed_GivesTheReferenceSequence(int seed, ulong first, ulong second, ulong third)
    {
        var random = new SeededRandom(seed);

        Assert.Equal([first, second, third], [random.NextUInt64(), random.NextUInt64(), random.NextUInt64()]);
    }

    [Fact]
    public void BoundedNumbers_StayInRangeAndCoverIt()
    {
        var random = new SeededRandom(1);
        var seen = new int[7];

        for (var i = 0; i < 7_000; i++)
        {
            seen[random.Next(7)]++;
        }

        Assert.All(seen, count => Assert.InRange(count, 850, 1_150));
    }

    [Fact]
    public void NumbersBetweenBounds_StayInRange()
    {
        var random = new SeededRandom(3);

        for (var i = 0; i < 1_000; i++)
        {
            Assert.InRange(random.Next(-5, 5), -5, 4);
        }

        Assert.Equal(int.MaxValue - 1, random.Next(int.MaxValue - 1, int.MaxValue));
    }

    [Fact]
    public void EmptyRange_IsRefused()
    {
        var random = new SeededRandom(3);

        Assert.Throws<ArgumentOutOfRangeException>(() => random.Next(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => random.Next(5, 5));
    }
}
