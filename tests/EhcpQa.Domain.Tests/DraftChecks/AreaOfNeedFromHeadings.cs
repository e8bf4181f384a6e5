using EhcpQa.Domain.DraftChecks;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Plans;

namespace EhcpQa.Domain.Tests.DraftChecks;

/// <summary>A statement under an area heading is in that area, whatever its words; headings are not statements.</summary>
public class AreaOfNeedFromHeadings
{
    private static readonly GoldenThread Thread = new(ThreadWording.Default);

    private const string Statement = "Sam finds it hard to join in with games at playtime.";

    [Theory]
    [InlineData("Communication and Interaction", "Communication and interaction")]
    [InlineData("Communication and interaction needs:", "Communication and interaction")]
    [InlineData("1. Cognition & Learning", "Cognition and learning")]
    [InlineData("SEMH", "Social, emotional and mental health")]
    [InlineData("Social, Emotional and Mental Health (SEMH)", "Social, emotional and mental health")]
    [InlineData("Physical and/or sensory", "Sensory and/or physical")]
    [InlineData("Sensory and/or Physical Needs", "Sensory and/or physical")]
    [InlineData("Preparing for Adulthood", "Preparing for adulthood")]
    [InlineData("Speech and language", "Communication and interaction")]
    public void AStatementUnderAnAreaHeading_IsInThatArea(string heading, string area)
    {
        var statement = Assert.Single(Thread.Read(SectionCode.B, heading + "\n" + Statement));
        Assert.Equal((Statement, area), (statement.Text, statement.Area));
    }

    [Fact]
    public void TheHeading_OutweighsTheStatementsWords()
    {
        const string words = "Sam struggles with reading and spelling unfamiliar words.";
        Assert.Equal("Cognition and learning", Thread.AreaOfWords(words));
        Assert.Equal("Social, emotional and mental health", Assert.Single(Thread.Read(SectionCode.B, "SEMH\n" + words)).Area);
    }

    [Fact]
    public void ASubheadingOfNoArea_KeepsTheAreaAbove_AndTheNextAreaHeadingChangesIt()
    {
        var statements = Thread.Read(SectionCode.E, """
            Communication and interaction
            Short-term outcomes
            By July, Sam will join a game with two friends at playtime.
            Cognition and learning
            By July, Sam will join a game with two friends at playtime.
            """);

        Assert.Equal(["Communication and interaction", "Cognition and learning"], statements.Select(s => s.Area));
    }

    [Fact]
    public void AnAreaHeadingAtTheStartOfALine_PlacesTheRestOfTheLine()
    {
        var statement = Assert.Single(Thread.Read(SectionCode.B, "Social, emotional and mental health: " + Statement));
        Assert.Equal((Statement, "Social, emotional and mental health"), (statement.Text, statement.Area));
    }

    [Fact]
    public void AStatementBeginningWithAnAreasName_IsAStatementNotAHeading()
    {
        const string text = "Communication is hard for Sam when he is tired or hungry.";
        var statement = Assert.Single(Thread.Read(SectionCode.B, text));
        Assert.Equal(text, statement.Text);
    }

    [Fact]
    public void TheDefaultWording_NamesTheFourBroadAreasAsTheCodeOfPracticeDoes()
    {
        var names = ThreadWording.Default.Areas.Select(a => a.Name).ToList();
        Assert.All(Enum.GetValues<BroadAreaOfNeed>(), area => Assert.Contains(area.Name(), names));
        Assert.Contains("Health", names);
        Assert.Contains("Social care", names);
    }
}
