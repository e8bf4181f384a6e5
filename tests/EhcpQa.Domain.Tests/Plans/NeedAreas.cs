using EhcpQa.Domain.Plans;

namespace EhcpQa.Domain.Tests.Plans;

public class NeedAreas
{
    [Theory]
    [InlineData(NeedType.SpeechLanguageAndCommunication, BroadAreaOfNeed.CommunicationAndInteraction)]
    [InlineData(NeedType.Autism, BroadAreaOfNeed.CommunicationAndInteraction)]
    [InlineData(NeedType.SpecificLearningDifficulty, BroadAreaOfNeed.CognitionAndLearning)]
    [InlineData(NeedType.ModerateLearningDifficulty, BroadAreaOfNeed.CognitionAndLearning)]
    [InlineData(NeedType.SevereLearningDifficulty, BroadAreaOfNeed.CognitionAndLearning)]
    [InlineData(NeedType.ProfoundAndMultipleLearningDifficulty, BroadAreaOfNeed.CognitionAndLearning)]
    [InlineData(NeedType.SocialEmotionalAndMentalHealth, BroadAreaOfNeed.SocialEmotionalAndMentalHealth)]
    [InlineData(NeedType.HearingImpairment, BroadAreaOfNeed.SensoryAndPhysical)]
    [InlineData(NeedType.VisionImpairment, BroadAreaOfNeed.SensoryAndPhysical)]
    [InlineData(NeedType.MultiSensoryImpairment, BroadAreaOfNeed.SensoryAndPhysical)]
    [InlineData(NeedType.PhysicalDisability, BroadAreaOfNeed.SensoryAndPhysical)]
    public void AreaOf_GivesTheCodeOfPracticeArea(NeedType need, BroadAreaOfNeed expected)
    {
        Assert.Equal(expected, need.AreaOf());
    }

    [Fact]
    public void EveryNeedType_IsInExactlyOneBroadArea()
    {
        foreach (var need in Enum.GetValues<NeedType>())
        {
            Assert.Single(Enum.GetValues<BroadAreaOfNeed>(), area => Needs.In(area).Contains(need));
        }
    }

    [Fact]
    public void In_RoundTripsWithAreaOf()
    {
        foreach (var area in Enum.GetValues<BroadAreaOfNeed>())
        {
            var needs = Needs.In(area).ToList();

            Assert.NotEmpty(needs);
            Assert.All(needs, need => Assert.Equal(area, need.AreaOf()));
        }

        Assert.Equal(
            Enum.GetValues<NeedType>().Order(),
            Enum.GetValues<BroadAreaOfNeed>().SelectMany(Needs.In).Order());
    }

    [Fact]
    public void In_CommunicationAndInteraction_IsSpeechLanguageAndAutism()
    {
        Assert.Equal(
            [NeedType.SpeechLanguageAndCommunication, NeedType.Autism],
            Needs.In(BroadAreaOfNeed.CommunicationAndInteraction));
    }

    [Fact]
    public void AreaOf_UnknownNeed_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ((NeedType)99).AreaOf());
    }

    [Fact]
    public void EveryNeedType_HasADistinctName()
    {
        var names = Enum.GetValues<NeedType>().Select(n => n.Name()).ToList();

        Assert.All(names, name => Assert.False(string.IsNullOrWhiteSpace(name)));
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.Equal("Autistic spectrum disorder", NeedType.Autism.Name());
    }

    [Theory]
    [InlineData(BroadAreaOfNeed.CommunicationAndInteraction, "Communication and interaction")]
    [InlineData(BroadAreaOfNeed.CognitionAndLearning, "Cognition and learning")]
    [InlineData(BroadAreaOfNeed.SocialEmotionalAndMentalHealth, "Social, emotional and mental health")]
    [InlineData(BroadAreaOfNeed.SensoryAndPhysical, "Sensory and/or physical")]
    public void EachBroadArea_HasItsCodeOfPracticeName(BroadAreaOfNeed area, string expected)
    {
        Assert.Equal(expected, area.Name());
    }
}
