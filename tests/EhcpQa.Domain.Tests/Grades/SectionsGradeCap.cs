using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Grades;

/// <summary>Section grades are written as the digits on the scale, one per section: "2224" is three Good and one Inadequate.</summary>
public class SectionsGradeCap
{
    [Fact]
    public void EverySectionAtLeastGood_DoesNotCap()
    {
        Assert.Equal(Grade.Outstanding, GradeSuggestion.CapFromSections(Hand.Grades("122222222222")));
    }

    [Fact]
    public void OneSectionRequiresImprovement_CapsAtGood()
    {
        Assert.Equal(Grade.Good, GradeSuggestion.CapFromSections(Hand.Grades("222222222223")));
    }

    [Fact]
    public void OneSectionInadequate_CapsAtRequiresImprovement()
    {
        Assert.Equal(Grade.RequiresImprovement, GradeSuggestion.CapFromSections(Hand.Grades("122222222224")));
    }

    [Fact]
    public void TwoSectionsInadequate_CapAtRequiresImprovement()
    {
        Assert.Equal(Grade.RequiresImprovement, GradeSuggestion.CapFromSections(Hand.Grades("222222222244")));
    }

    [Fact]
    public void ThreeSectionsInadequate_CapAtInadequate()
    {
        Assert.Equal(Grade.Inadequate, GradeSuggestion.CapFromSections(Hand.Grades("112222222444")));
    }

    [Fact]
    public void HalfTheSectionsBelowGood_CapAtInadequate()
    {
        Assert.Equal(Grade.Inadequate, GradeSuggestion.CapFromSections(Hand.Grades("222222333333")));
    }

    [Fact]
    public void JustUnderHalfBelowGood_CapAtGood()
    {
        Assert.Equal(Grade.Good, GradeSuggestion.CapFromSections(Hand.Grades("222222233333")));
    }

    [Fact]
    public void NoSections_DoNotCap()
    {
        Assert.Equal(Grade.Outstanding, GradeSuggestion.CapFromSections([]));
    }

    [Theory]
    [InlineData("", 1)]
    [InlineData("111111111111", 1)]
    [InlineData("222222222222", 1)]
    [InlineData("222222222223", 2)]
    [InlineData("222222222233", 2)]
    [InlineData("222222233333", 2)]
    [InlineData("222222333333", 4)]
    [InlineData("222222222224", 3)]
    [InlineData("222222222234", 3)]
    [InlineData("222222224433", 3)]
    [InlineData("222222222444", 4)]
    [InlineData("222222222344", 3)]
    [InlineData("444444444444", 4)]
    [InlineData("2224", 3)]
    [InlineData("2244", 4)]
    [InlineData("23", 4)]
    [InlineData("223", 2)]
    [InlineData("4", 4)]
    public void HandWorkedTable(string sectionGrades, int expected)
    {
        Assert.Equal(Grade.FromValue(expected), GradeSuggestion.CapFromSections(Hand.Grades(sectionGrades)));
    }
}
