using EhcpQa.Domain.Frameworks;

namespace EhcpQa.Domain.Tests.Frameworks;

public class SectionLabels
{
    [Theory]
    [InlineData(SectionCode.A, "Section A")]
    [InlineData(SectionCode.B, "Section B")]
    [InlineData(SectionCode.H1, "Section H1")]
    [InlineData(SectionCode.H2, "Section H2")]
    [InlineData(SectionCode.K, "Section K")]
    [InlineData(SectionCode.Overall, "The plan overall")]
    public void Label_NamesTheSectionAsAPlanWriterWould(SectionCode code, string expected)
    {
        Assert.Equal(expected, PlanSections.Get(code).Label);
    }

    [Fact]
    public void Labels_AreDistinct()
    {
        Assert.Equal(13, PlanSections.All.Select(s => s.Label).Distinct().Count());
    }
}
