using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Sampling;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Sampling;

/// <summary>The sample page says, for each caseworker and each phase, whether the rule for them was met.</summary>
public class RulesMetPerCaseworkerAndPhase
{
    private static readonly List<SamplingCandidate> Population =
    [
        Populations.Candidate(1, caseworkerId: "cw-a", phase: Phase.KeyStage2),
        Populations.Candidate(2, caseworkerId: "cw-a", phase: Phase.KeyStage2),
        Populations.Candidate(3, caseworkerId: "cw-a", phase: Phase.KeyStage3),
        Populations.Candidate(4, caseworkerId: "cw-b", phase: Phase.Post16),
    ];

    [Fact]
    public void EachCaseworker_IsMetOrNotMetWithWhy()
    {
        var rules = new SampleRules(3, PerCaseworker: 2);

        var checks = SampleCoverage.PerCaseworker(rules, Population, [Population[0], Population[2], Population[3]]);

        Assert.Equal(
            [new RuleCheck<string>("cw-a", 2, 3, 2), new RuleCheck<string>("cw-b", 2, 1, 1)],
            checks);
        Assert.Equal(["Met", "Not met: only 1 plan in the population"], checks.Select(c => c.Words()));
    }

    [Fact]
    public void EachPhase_IsMetOrNotMetWithWhy()
    {
        var rules = new SampleRules(3) { PerPhase = 2 };

        var checks = SampleCoverage.PerPhase(rules, Population, [Population[0], Population[3]]);

        Assert.Equal([Phase.KeyStage2, Phase.KeyStage3, Phase.Post16], checks.Select(c => c.Value));
        Assert.Equal(["Not met: 1 plan in the sample", "Not met: only 1 plan in the population", "Not met: only 1 plan in the population"], checks.Select(c => c.Words()));
    }

    [Fact]
    public void WithoutTheRule_ThereIsNothingToCheck()
    {
        var rules = new SampleRules(3, PerCaseworker: 0);

        Assert.Empty(SampleCoverage.PerCaseworker(rules, Population, Population));
        Assert.Empty(SampleCoverage.PerPhase(rules, Population, Population));
    }
}
