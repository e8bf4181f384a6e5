using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Sampling;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Sampling;

public class SampleCoverageComparison
{
    // Eight plans: 4 KS2, 2 KS4, 2 Post-16; two localities; three caseworkers.
    private static readonly List<SamplingCandidate> Population =
    [
        Populations.Candidate(1, "cw-b", Phase.KeyStage2, BroadAreaOfNeed.CommunicationAndInteraction, SettingType.Mainstream, 2),
        Populations.Candidate(2, "cw-a", Phase.KeyStage2, BroadAreaOfNeed.CommunicationAndInteraction, SettingType.Special, 1),
        Populations.Candidate(3, "cw-a", Phase.KeyStage2, BroadAreaOfNeed.CognitionAndLearning, SettingType.Mainstream, 1),
        Populations.Candidate(4, "cw-c", Phase.KeyStage2, BroadAreaOfNeed.SocialEmotionalAndMentalHealth, SettingType.Mainstream, 2),
        Populations.Candidate(5, "cw-a", Phase.KeyStage4, BroadAreaOfNeed.CommunicationAndInteraction, SettingType.Special, 1),
        Populations.Candidate(6, "cw-b", Phase.KeyStage4, BroadAreaOfNeed.CognitionAndLearning, SettingType.Mainstream, 2),
        Populations.Candidate(7, "cw-c", Phase.Post16, BroadAreaOfNeed.CommunicationAndInteraction, SettingType.FurtherEducation, 1),
        Populations.Candidate(8, "cw-b", Phase.Post16, BroadAreaOfNeed.CommunicationAndInteraction, SettingType.FurtherEducation, 1),
    ];

    private static readonly List<SamplingCandidate> Sample = [Population[0], Population[4], Population[6], Population[7]];

    [Fact]
    public void Phases_AreCountedAndSharedInPhaseOrder()
    {
        var coverage = SampleCoverage.Compare(Population, Sample);

        Assert.Equal(
            [
                new CoverageRow<Phase>(Phase.KeyStage2, 4, 0.5, 1, 0.25),
                new CoverageRow<Phase>(Phase.KeyStage4, 2, 0.25, 1, 0.25),
                new CoverageRow<Phase>(Phase.Post16, 2, 0.25, 2, 0.5),
            ],
            coverage.ByPhase);
        Assert.Equal(8, coverage.PopulationSize);
        Assert.Equal(4, coverage.SampleSize);
    }

    [Fact]
    public void NeedsAndSettings_AreCountedAndShared()
    {
        var coverage = SampleCoverage.Compare(Population, Sample);

        Assert.Equal(
            [
                new CoverageRow<BroadAreaOfNeed>(BroadAreaOfNeed.CommunicationAndInteraction, 5, 0.625, 4, 1),
                new CoverageRow<BroadAreaOfNeed>(BroadAreaOfNeed.CognitionAndLearning, 2, 0.25, 0, 0),
                new CoverageRow<BroadAreaOfNeed>(BroadAreaOfNeed.SocialEmotionalAndMentalHealth, 1, 0.125, 0, 0),
            ],
            coverage.ByNeed);
        Assert.Equal(
            [
                new CoverageRow<SettingType>(SettingType.Mainstream, 4, 0.5, 1, 0.25),
                new CoverageRow<SettingType>(SettingType.Special, 2, 0.25, 1, 0.25),
                new CoverageRow<SettingType>(SettingType.FurtherEducation, 2, 0.25, 2, 0.5),
            ],
            coverage.BySetting);
    }

    [Fact]
    public void LocalitiesAndCaseworkers_AreCountedAndShared()
    {
        var coverage = SampleCoverage.Compare(Population, Sample);

        Assert.Equal(
            [
                new CoverageRow<int>(1, 5, 0.625, 3, 0.75),
                new CoverageRow<int>(2, 3, 0.375, 1, 0.25),
            ],
            coverage.ByLocality);
        Assert.Equal(
            [
                new CoverageRow<string>("cw-a", 3, 0.375, 1, 0.25),
                new CoverageRow<string>("cw-b", 3, 0.375, 2, 0.5),
                new CoverageRow<string>("cw-c", 2, 0.25, 1, 0.25),
            ],
            coverage.ByCaseworker);
    }

    [Fact]
    public void AddedPlanFromOutsideThePopulation_IsCountedInTheSampleOnly()
    {
        var added = Populations.Candidate(99, "cw-z", Phase.Post19, BroadAreaOfNeed.SensoryAndPhysical, SettingType.Independent, 3);

        var coverage = SampleCoverage.Compare(Population, [.. Sample, added]);

        Assert.Equal(new CoverageRow<Phase>(Phase.Post19, 0, 0, 1, 0.2), coverage.ByPhase[^1]);
        Assert.Equal(new CoverageRow<string>("cw-z", 0, 0, 1, 0.2), coverage.ByCaseworker[^1]);
    }

    [Fact]
    public void EmptySample_HasZeroShares()
    {
        var coverage = SampleCoverage.Compare(Population, []);

        Assert.All(coverage.ByPhase, row => Assert.Equal((0, 0.0), (row.SampleCount, row.SampleShare)));
        Assert.Equal(1.0, coverage.ByLocality.Sum(row => row.PopulationShare), precision: 12);
    }

    [Fact]
    public void EmptyPopulationAndSample_HaveNoRows()
    {
        var coverage = SampleCoverage.Compare([], []);

        Assert.Empty(coverage.ByPhase);
        Assert.Empty(coverage.ByCaseworker);
    }
}
