using EhcpQa.Domain.DraftChecks;
using EhcpQa.Domain.Frameworks;

namespace EhcpQa.Domain.Tests.DraftChecks;

/// <summary>A statement under no area heading is placed by its words, failing that by its section.</summary>
public class AreaOfNeedFromWords
{
    private static readonly GoldenThread Thread = new(ThreadWording.Default);

    [Theory]
    [InlineData("Sam has difficulty understanding spoken language and following instructions.", "Communication and interaction")]
    [InlineData("Sam has a diagnosis of autism and finds social interaction with peers hard.", "Communication and interaction")]
    [InlineData("Sam struggles with reading, spelling and remembering number facts in maths.", "Cognition and learning")]
    [InlineData("Sam has a slow processing speed and a weak working memory.", "Cognition and learning")]
    [InlineData("Sam becomes anxious and finds it hard to regulate his emotions.", "Social, emotional and mental health")]
    [InlineData("Sam has low self-esteem and his behaviour deteriorates after lunch.", "Social, emotional and mental health")]
    [InlineData("Sam has weak fine motor skills and finds handwriting tiring.", "Sensory and/or physical")]
    [InlineData("Sam wears hearing aids and needs help with toileting.", "Sensory and/or physical")]
    public void AStatementsWords_PlaceItInABroadArea(string statement, string area)
    {
        Assert.Equal(area, Thread.AreaOfWords(statement));
        Assert.Equal(area, Assert.Single(Thread.Read(SectionCode.B, statement)).Area);
    }

    [Fact]
    public void AStatementWithNoAreaWords_InB_IsInNoArea()
    {
        const string statement = "Sam enjoys football and swimming at the weekend.";
        Assert.Null(Thread.AreaOfWords(statement));
        Assert.Null(Assert.Single(Thread.Read(SectionCode.B, statement)).Area);
    }

    [Theory]
    [InlineData(SectionCode.C, "Health")]
    [InlineData(SectionCode.G, "Health")]
    [InlineData(SectionCode.D, "Social care")]
    [InlineData(SectionCode.H1, "Social care")]
    [InlineData(SectionCode.H2, "Social care")]
    [InlineData(SectionCode.F, null)]
    public void AStatementWithNoAreaWords_IsInItsSectionsArea(SectionCode section, string? area) =>
        Assert.Equal(area, Assert.Single(Thread.Read(section, "Sam sees Dr Patel every six months at the centre.")).Area);

    [Fact]
    public void TheAreaWithMostOfAStatementsWords_Wins()
    {
        Assert.Equal("Social, emotional and mental health", Thread.AreaOfWords("Sam's anxiety and low mood affect his reading, and he worries about exclusion."));
    }

    [Fact]
    public void TheWordsAreData_AWordAddedToAnAreaPlacesAStatement()
    {
        const string statement = "Sam loves building Lego models with a partner.";
        var defaults = ThreadWording.Default;
        var extended = defaults with
        {
            Areas = [.. defaults.Areas.Select(a => a.Name == "Communication and interaction" ? a with { Words = [.. a.Words, "lego"] } : a)],
        };

        Assert.Null(Thread.AreaOfWords(statement));
        Assert.Equal("Communication and interaction", new GoldenThread(extended).AreaOfWords(statement));
    }

    [Fact]
    public void AWordingListReadFromJson_PlacesStatementsByItsAreas()
    {
        var wording = ThreadWording.FromJson("""
            {
              "areas": [ { "name": "Play", "headings": [ "play and leisure" ], "words": [ "football", "swimming" ], "sections": [ "H2" ] } ],
              "stopWords": [ "the" ],
              "nothingIdentified": [ "nothing to add" ]
            }
            """);
        var thread = new GoldenThread(wording);

        Assert.Equal(2, wording.SharedWordsToLink);
        Assert.Equal([SectionCode.H2], Assert.Single(wording.Areas).Sections);
        Assert.Equal("Play", thread.AreaOfWords("Sam enjoys football and swimming at the weekend."));
        Assert.Equal("Play", Assert.Single(thread.Read(SectionCode.H2, "Sam goes out with his dad every Saturday.")).Area);
        Assert.Empty(thread.Read(SectionCode.F, "There is nothing to add here."));
    }
}
