using EhcpQa.Domain.Families;

namespace EhcpQa.Domain.Tests.Families;

/// <summary>A link's token is kept only as its SHA-256 hash, and matches only itself.</summary>
public class SurveyTokens
{
    [Fact]
    public void TheHash_IsSha256InLowerCaseHex_NeverTheTokenItself()
    {
        var link = Surveys.Link(token: "abc");

        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", link.TokenHash);
        Assert.DoesNotContain("abc", link.TokenHash, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc", true)]
    [InlineData("abd", false)]
    [InlineData("ABC", false)]
    [InlineData("abc ", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void OnlyItsOwnToken_Matches(string? token, bool matches) =>
        Assert.Equal(matches, Surveys.Link(token: "abc").Matches(token));

    [Fact]
    public void AHashNotOfSha256_IsRefused() =>
        Assert.Throws<ArgumentException>(() => SurveyInvitation.Create(Surveys.IssuedPlan(), SurveyOccasion.PlanIssued, SurveyRespondent.ParentOrCarer, 7,
            "not-a-hash", 28, [], "caseworker-1", Surveys.Now));
}
