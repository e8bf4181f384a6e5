using EhcpQa.Domain.Frameworks;

namespace EhcpQa.Domain.Tests.Frameworks;

public class FirstVersionStart
{
    [Fact]
    public void NewFramework_HasNoVersionAndNoCurrentVersion()
    {
        var framework = new Framework(" wirral-shropshire ", " Wirral and Shropshire ");

        Assert.Equal("wirral-shropshire", framework.Key);
        Assert.Equal("Wirral and Shropshire", framework.Name);
        Assert.Empty(framework.Versions);
        Assert.Null(framework.CurrentVersion);
    }

    [Theory]
    [InlineData("", "Name")]
    [InlineData(" ", "Name")]
    [InlineData("key", "")]
    public void BlankKeyOrName_Throws(string key, string name)
    {
        Assert.ThrowsAny<ArgumentException>(() => new Framework(key, name));
    }

    [Fact]
    public void StartFirstVersion_GivesEmptyDraftNumberedOne()
    {
        var framework = new Framework("test", "Test");

        var version = framework.StartFirstVersion(" QA framework 2023 ", " Shropshire 2023 ", ScoringScheme.GradeOneToFour);

        Assert.Same(version, Assert.Single(framework.Versions));
        Assert.Same(framework, version.Framework);
        Assert.Equal(1, version.Number);
        Assert.Equal("QA framework 2023", version.Title);
        Assert.Equal("Shropshire 2023", version.Source);
        Assert.Equal(ScoringScheme.GradeOneToFour, version.Scheme);
        Assert.False(version.IsPublished);
        Assert.False(version.IsLocked);
        Assert.Empty(version.Standards);
        Assert.Empty(version.Sections);
        Assert.Empty(version.GradeDescriptors);
    }

    [Fact]
    public void StartFirstVersion_WhenAVersionExists_Throws()
    {
        var framework = new Framework("test", "Test");
        framework.StartFirstVersion("First", "", ScoringScheme.GradeOneToFour);

        Assert.Throws<DomainRuleException>(() => framework.StartFirstVersion("Second", "", ScoringScheme.GradeOneToFour));
        Assert.Single(framework.Versions);
    }

    [Fact]
    public void StartFirstVersion_BlankTitle_Throws()
    {
        var framework = new Framework("test", "Test");

        Assert.ThrowsAny<ArgumentException>(() => framework.StartFirstVersion(" ", "", ScoringScheme.GradeOneToFour));
        Assert.Empty(framework.Versions);
    }
}
