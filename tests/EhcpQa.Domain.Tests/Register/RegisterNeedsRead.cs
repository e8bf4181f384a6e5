using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Register;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Register;

/// <summary>Types of need are read from the DfE's codes or the service's names for them, in any case.</summary>
public class RegisterNeedsRead
{
    [Theory]
    [InlineData("SLCN", NeedType.SpeechLanguageAndCommunication)]
    [InlineData("asd", NeedType.Autism)]
    [InlineData("ASC", NeedType.Autism)]
    [InlineData("AUT", NeedType.Autism)]
    [InlineData("SpLD", NeedType.SpecificLearningDifficulty)]
    [InlineData("MLD", NeedType.ModerateLearningDifficulty)]
    [InlineData("SLD", NeedType.SevereLearningDifficulty)]
    [InlineData("PMLD", NeedType.ProfoundAndMultipleLearningDifficulty)]
    [InlineData("SEMH", NeedType.SocialEmotionalAndMentalHealth)]
    [InlineData("HI", NeedType.HearingImpairment)]
    [InlineData("VI", NeedType.VisionImpairment)]
    [InlineData("MSI", NeedType.MultiSensoryImpairment)]
    [InlineData("PD", NeedType.PhysicalDisability)]
    [InlineData("Social emotional and mental health", NeedType.SocialEmotionalAndMentalHealth)]
    [InlineData("Multi-Sensory Impairment", NeedType.MultiSensoryImpairment)]
    [InlineData("speech, language and communication needs", NeedType.SpeechLanguageAndCommunication)]
    public void ANeed_IsRead_AsThePrimaryOrSecondaryNeed(string cell, NeedType need)
    {
        var primary = RegisterData.Read(RegisterData.Row(2, (RegisterField.PrimaryNeed, cell), (RegisterField.SecondaryNeed, null)));
        var other = need == NeedType.Autism ? "SEMH" : "ASD";
        var secondary = RegisterData.Read(RegisterData.Row(2, (RegisterField.PrimaryNeed, other), (RegisterField.SecondaryNeed, cell)));

        Assert.Equal(need, primary.Details.PrimaryNeed);
        Assert.Equal(need, secondary.Details.SecondaryNeed);
    }

    [Theory]
    [InlineData("OTH")]
    [InlineData("NSA")]
    [InlineData("Dyslexia")]
    public void ATypeTheServiceDoesNotRecord_IsRefused_NamingTheCodes(string cell)
    {
        var refusal = Assert.Single(RegisterData.Refusals(RegisterData.Row(2, (RegisterField.PrimaryNeed, cell))));

        Assert.Equal(RegisterField.PrimaryNeed, refusal.Field);
        Assert.Equal($"'{cell}' is not a type of need the service records: use one of the DfE codes SLCN, ASD, SpLD, MLD, SLD, PMLD, SEMH, HI, VI, MSI, PD or its name", refusal.Message);
    }

    [Fact]
    public void NoSecondaryNeed_IsNone()
    {
        Assert.Null(RegisterData.Read(RegisterData.Row()).Details.SecondaryNeed);
    }

    [Fact]
    public void ASecondaryNeedTheSameAsThePrimary_IsRefused()
    {
        var refusal = Assert.Single(RegisterData.Refusals(RegisterData.Row(2, (RegisterField.SecondaryNeed, "Autism"))));

        Assert.Equal((RegisterField.SecondaryNeed, "The secondary need must be different from the primary need"), (refusal.Field, refusal.Message));
    }
}
