using EhcpQa.Domain.Frameworks;

namespace EhcpQa.Domain.Tests.Frameworks;

public class PlanSectionCatalogue
{
    [Fact]
    public void All_HasThirteenSectionsInPlanOrder()
    {
        SectionCode[] expected =
        [
            SectionCode.A, SectionCode.B, SectionCode.C, SectionCode.D, SectionCode.E, SectionCode.F, SectionCode.G,
            SectionCode.H1, SectionCode.H2, SectionCode.I, SectionCode.J, SectionCode.K, SectionCode.Overall,
        ];

        Assert.Equal(expected, PlanSections.All.Select(s => s.Code));
    }

    [Fact]
    public void All_CoversEverySectionCodeOnce()
    {
        Assert.Equal(Enum.GetValues<SectionCode>().Order(), PlanSections.All.Select(s => s.Code).Order());
    }

    [Fact]
    public void Statutory_IsTheTwelvePlanSectionsWithoutOverall()
    {
        Assert.Equal(12, PlanSections.Statutory.Count);
        Assert.DoesNotContain(PlanSections.Statutory, s => s.Code == SectionCode.Overall);
        Assert.All(PlanSections.Statutory, s => Assert.True(s.IsStatutory));
        Assert.Equal(PlanSections.All.Take(12), PlanSections.Statutory);
    }

    [Fact]
    public void Overall_IsNotStatutory()
    {
        Assert.False(PlanSections.Get(SectionCode.Overall).IsStatutory);
    }

    [Fact]
    public void Get_ReturnsTheSectionWithThatCode()
    {
        foreach (var code in Enum.GetValues<SectionCode>())
        {
            Assert.Equal(code, PlanSections.Get(code).Code);
        }
    }

    [Theory]
    [InlineData(SectionCode.B, "Special educational needs")]
    [InlineData(SectionCode.E, "Outcomes")]
    [InlineData(SectionCode.I, "Placement")]
    [InlineData(SectionCode.K, "Advice and information")]
    public void Get_GivesTheCodeOfPracticeTitle(SectionCode code, string expectedTitle)
    {
        Assert.Equal(expectedTitle, PlanSections.Get(code).Title);
    }

    [Fact]
    public void EverySection_HasADistinctTitle()
    {
        Assert.All(PlanSections.All, s => Assert.False(string.IsNullOrWhiteSpace(s.Title)));
        Assert.Equal(PlanSections.All.Count, PlanSections.All.Select(s => s.Title).Distinct().Count());
    }
}
