using EhcpQa.Domain.Sampling;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Sampling;

/// <summary>
/// A population draws the same sample whether it arrives in id order (as the service reads it), shuffled with
/// ids close together, or shuffled with ids far apart; a plan given twice is refused in each shape.
/// </summary>
public class PopulationInAnyShape
{
    public static TheoryData<int> Sizes => [2, 37, 600];

    private static readonly SampleRules[] Rules =
    [
        new(SampleSize.Of(10)),
        new(SampleSize.OneInEvery(4), PerCaseworker: 2) { PerPhase = 2 },
        new(SampleSize.Of(5), PerCaseworker: 0, ProportionalSpread: false) { Minimum = 12 },
    ];

    [Theory]
    [MemberData(nameof(Sizes))]
    public void SortedOrShuffled_DrawsTheSamePlans(int size)
    {
        var inOrder = Populations.Varied(size, caseworkers: 5);
        var shuffled = Populations.Shuffled(inOrder, seed: size);

        foreach (var rules in Rules)
        {
            Assert.Equal(
                SampleDraw.Draw(inOrder, rules, seed: 3).Drawn.Select(c => c.PlanId),
                SampleDraw.Draw(shuffled, rules, seed: 3).Drawn.Select(c => c.PlanId));
        }
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void IdsFarApart_DrawTheSamePlansAsIdsCloseTogether_InTheSameOrder(int size)
    {
        const int Apart = 1_000_003;
        var close = Populations.Shuffled(Populations.Varied(size, caseworkers: 5), seed: size);
        var farApart = close.Select(c => c with { PlanId = (c.PlanId * Apart) - 2_000_000_000 }).ToList();

        foreach (var rules in Rules)
        {
            Assert.Equal(
                SampleDraw.Draw(close, rules, seed: 9).Drawn.Select(c => (c.PlanId * Apart) - 2_000_000_000),
                SampleDraw.Draw(farApart, rules, seed: 9).Drawn.Select(c => c.PlanId));
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(1_000_003)]
    public void APlanGivenTwice_IsRefused_WhateverTheShape(int apart)
    {
        var plans = Populations.Varied(50, caseworkers: 3).Select(c => c with { PlanId = c.PlanId * apart }).ToList();
        plans.Add(plans[20]);

        foreach (var population in new[] { plans, Populations.Shuffled(plans, seed: 4) })
        {
            var refusal = Assert.Throws<ArgumentException>(() => SampleDraw.Draw(population, new SampleRules(SampleSize.Of(5)), seed: 1));
            Assert.Contains($"Plan {plans[20].PlanId} appears more than once", refusal.Message, StringComparison.Ordinal);
        }
    }
}
