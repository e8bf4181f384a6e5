using EhcpQa.Domain.DraftChecks;
using EhcpQa.Domain.Frameworks;

namespace EhcpQa.Domain.Tests.DraftChecks;

/// <summary>How a need in B, C or D is linked to the outcomes and provision that answer it, and why.</summary>
public class GoldenThreadLinks
{
    private static readonly GoldenThread Thread = new(ThreadWording.Default);

    [Fact]
    public void ANeedIsAnsweredByOutcomeAndProvisionUnderTheSameAreaHeading_WithTheAreaAsWhy()
    {
        var matrix = Thread.Trace(new Dictionary<SectionCode, string>
        {
            [SectionCode.B] = "Communication and interaction\nSam finds it hard to join in with games at playtime.",
            [SectionCode.E] = "Communication and interaction\nBy July, Sam will ask a friend to play using a short phrase.",
            [SectionCode.F] = "Communication and interaction\nA TA will run a Lego therapy group with Sam for 30 minutes twice a week.",
        });

        var need = Assert.Single(matrix.Needs);
        var outcome = Assert.Single(need.Outcomes);
        var provision = Assert.Single(need.Provision);
        Assert.Equal((SectionCode.E, "same area: Communication and interaction"), (outcome.Statement.Section, outcome.Why));
        Assert.Equal((SectionCode.F, "same area: Communication and interaction"), (provision.Statement.Section, provision.Why));
        Assert.Empty(provision.SharedWords);
        Assert.True(matrix.IsUnbroken);
    }

    [Fact]
    public void ANeedIsAnsweredByProvisionSharingTwoWordsUnderADifferentHeading_WithTheSharedWordsAsWhy()
    {
        var matrix = Thread.Trace(new Dictionary<SectionCode, string>
        {
            [SectionCode.B] = "Cognition and learning\nSam finds reading and phonics hard and guesses unfamiliar words.",
            [SectionCode.E] = "Social, emotional and mental health\nBy July, Sam will read a phonics book aloud to an adult with confidence.",
            [SectionCode.F] = "Communication and interaction\nA TA will hear Sam read and practise phonics for 20 minutes daily.",
        });

        var need = Assert.Single(matrix.Needs);
        var provision = Assert.Single(need.Provision);
        Assert.Null(provision.SameArea);
        Assert.Equal("shared words: reading, phonics", provision.Why);
        Assert.Equal("shared words: reading, phonics", Assert.Single(need.Outcomes).Why);
        Assert.Empty(matrix.Gaps);
    }

    [Fact]
    public void OneSharedWordUnderADifferentHeading_IsNotALink()
    {
        var matrix = Thread.Trace(new Dictionary<SectionCode, string>
        {
            [SectionCode.B] = "Cognition and learning\nSam finds reading and phonics hard and guesses unfamiliar words.",
            [SectionCode.F] = "Communication and interaction\nA TA will read a story with Sam's group for 20 minutes daily.",
        });

        Assert.Empty(Assert.Single(matrix.Needs).Provision);
        Assert.Equal("A TA will read a story with Sam's group for 20 minutes daily.", Assert.Single(matrix.UnansweringProvision).Text);
    }

    [Fact]
    public void TheChildsName_IsNotASharedWord()
    {
        var matrix = Thread.Trace(new Dictionary<SectionCode, string>
        {
            [SectionCode.A] = "Everyone who knows Sam says he is kind.",
            [SectionCode.B] = "Sam finds transitions between lessons difficult.",
            [SectionCode.F] = "Sam will be given a visual timetable by his teacher every morning.",
        });

        Assert.Empty(Assert.Single(matrix.Needs).Provision);
    }

    [Fact]
    public void HealthNeedsInC_AreAnsweredByHealthProvisionInG_ByTheirSection()
    {
        var matrix = Thread.Trace(new Dictionary<SectionCode, string>
        {
            [SectionCode.C] = "Sam sees Dr Patel every six months at the children's centre.",
            [SectionCode.G] = "Dr Patel will review Sam twice a year and write to the school after each visit.",
        });

        var link = Assert.Single(Assert.Single(matrix.Needs).Provision);
        Assert.Equal((SectionCode.G, "same area: Health"), (link.Statement.Section, link.Why));
    }

    [Theory]
    [InlineData("communicates", "communication")]
    [InlineData("communicating", "communicate")]
    [InlineData("reading", "read")]
    [InlineData("emotions", "emotional")]
    [InlineData("regulate", "regulation")]
    [InlineData("spelling", "spells")]
    [InlineData("difficulties", "difficulty")]
    [InlineData("processes", "process")]
    [InlineData("writing", "writes")]
    [InlineData("planned", "plans")]
    [InlineData("Sam's", "sam")]
    public void WordsThatDifferOnlyByTheirEnding_ShareAStem(string one, string other) =>
        Assert.Equal(GoldenThread.Stem(one), GoldenThread.Stem(other));

    [Theory]
    [InlineData("early", "ear")]
    [InlineData("need", "ne")]
    [InlineData("reading", "ready")]
    [InlineData("motor", "motion")]
    public void DifferentWords_DoNotShareAStem(string one, string other) =>
        Assert.NotEqual(GoldenThread.Stem(one), GoldenThread.Stem(other));
}
