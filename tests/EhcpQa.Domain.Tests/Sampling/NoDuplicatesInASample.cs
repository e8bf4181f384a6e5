using EhcpQa.Domain.Sampling;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Sampling;

public class NoDuplicatesInASample
{
    [Theory]
    [InlineData(1, true, true)]
    [InlineData(50, true, true)]
    [InlineData(50, false, true)]
    [InlineData(50, true, false)]
    [InlineData(50, false, false)]
    [InlineData(499, true, true)]
    [InlineData(499, false, false)]
    public void DrawnPlans_AreDistinctMembersOfThePopulation(int size, bool perCaseworker, bool spread)
    {
        var population = Populations.Varied(500, caseworkers: 30);
        var ids = population.Select(c => c.PlanId).ToHashSet();

        foreach (var seed in Enumerable.Range(1, 10))
        {
            var drawn = SampleDraw.Draw(population, new SampleRules(size, perCaseworker ? 1 : 0, spread), seed).Drawn;

            Assert.Equal(Math.Max(size, perCaseworker ? 30 : 0), drawn.Count);
            Assert.Equal(drawn.Count, drawn.Select(c => c.PlanId).Distinct().Count());
            Assert.All(drawn, c => Assert.Contains(c.PlanId, ids));
        }
    }

    [Fact]
    public void PlanListedTwiceInThePopulation_IsRefused()
    {
        List<SamplingCandidate> population = [Populations.Candidate(1), Populations.Candidate(2), Populations.Candidate(1)];

        var refusal = Assert.Throws<ArgumentException>(() => SampleDraw.Draw(population, new SampleRules(1), seed: 1));

        Assert.Contains("Plan 1 appears more than once", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CandidateWithoutACaseworker_IsRefused()
    {
        List<SamplingCandidate> population = [Populations.Candidate(1), Populations.Candidate(2, caseworkerId: " ")];

        Assert.Throws<ArgumentException>(() => SampleDraw.Draw(population, new SampleRules(1), seed: 1));
    }
}
