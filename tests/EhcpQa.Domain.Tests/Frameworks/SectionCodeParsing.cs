using EhcpQa.Domain.Frameworks;

namespace EhcpQa.Domain.Tests.Frameworks;

public class SectionCodeParsing
{
    [Theory]
    [InlineData("A", SectionCode.A)]
    [InlineData("b", SectionCode.B)]
    [InlineData("H1", SectionCode.H1)]
    [InlineData("h1", SectionCode.H1)]
    [InlineData("h2", SectionCode.H2)]
    [InlineData("K", SectionCode.K)]
    [InlineData("Overall", SectionCode.Overall)]
    [InlineData("overall", SectionCode.Overall)]
    [InlineData(" F ", SectionCode.F)]
    public void SectionName_IsAccepted(string text, SectionCode expected)
    {
        Assert.True(PlanSections.TryParse(text, out var code));
        Assert.Equal(expected, code);
    }

    [Theory]
    [InlineData("Z")]
    [InlineData("99")]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("13")]
    [InlineData("H")]
    [InlineData("H3")]
    [InlineData("A,B")]
    [InlineData("A B")]
    [InlineData("Section A")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void AnythingElse_IsRefused(string? text)
    {
        Assert.False(PlanSections.TryParse(text, out var code));
        Assert.Equal(default, code);
    }

    [Fact]
    public void EveryCodesOwnName_RoundTrips()
    {
        foreach (var section in PlanSections.All)
        {
            Assert.True(PlanSections.TryParse(section.Code.ToString(), out var code));
            Assert.Equal(section.Code, code);
        }
    }
}
