using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Grades;

/// <summary>
/// The plan's suggested grade: the overall section's own descriptors, capped by the twelve statutory
/// sections. Answers are written Y / N / -, section grades as digits on the scale.
/// </summary>
public class PlanGradeSuggestion
{
    [Fact]
    public void OneInadequateSection_CapsAtRequiresImprovement_EvenWhenOverallDescriptorsAllYes()
    {
        var suggested = GradeSuggestion.ForPlan(Hand.Answers("YYYY"), Hand.Grades("222222222224"));

        Assert.Equal(Grade.RequiresImprovement, suggested);
    }

    [Fact]
    public void ThreeInadequateSections_SuggestInadequate()
    {
        var suggested = GradeSuggestion.ForPlan(Hand.Answers("YYYY"), Hand.Grades("422242222224"));

        Assert.Equal(Grade.Inadequate, suggested);
    }

    [Fact]
    public void HalfTheSectionsBelowGood_SuggestInadequate()
    {
        var suggested = GradeSuggestion.ForPlan(Hand.Answers("YYYY"), Hand.Grades("323232323232"));

        Assert.Equal(Grade.Inadequate, suggested);
    }

    [Fact]
    public void ARequiresImprovementSection_CapsAtGood()
    {
        var suggested = GradeSuggestion.ForPlan(Hand.Answers("YYYY"), Hand.Grades("111111111113"));

        Assert.Equal(Grade.Good, suggested);
    }

    [Fact]
    public void SectionsDoNotLiftTheOverallDescriptors()
    {
        var suggested = GradeSuggestion.ForPlan(Hand.Answers("NYYY"), Hand.Grades("111111111111"));

        Assert.Equal(Grade.RequiresImprovement, suggested);
    }

    [Fact]
    public void OverallDescriptorsWorseThanTheCap_Win()
    {
        var suggested = GradeSuggestion.ForPlan(Hand.Answers("NNYY"), Hand.Grades("222222222224"));

        Assert.Equal(Grade.Inadequate, suggested);
    }

    [Theory]
    [InlineData("YYY", "", 2)]
    [InlineData("YYY", "222222222222", 2)]
    [InlineData("YYY", "111111111111", 2)]
    [InlineData("YYY", "222222222223", 2)]
    [InlineData("YYY", "222222222224", 3)]
    [InlineData("Y-Y", "222222222244", 3)]
    [InlineData("YYY", "222222222444", 4)]
    [InlineData("YYY", "222222333333", 4)]
    [InlineData("YYY", "222222233333", 2)]
    [InlineData("NYY", "222222222222", 3)]
    [InlineData("NYY", "222222222223", 3)]
    [InlineData("NYY", "222222222224", 3)]
    [InlineData("NYY", "222222222444", 4)]
    [InlineData("NNY", "111111111111", 4)]
    [InlineData("Y-N", "222222222222", 4)]
    [InlineData("---", "222222222224", 3)]
    public void HandWorkedTable(string overallAnswers, string sectionGrades, int expected)
    {
        var suggested = GradeSuggestion.ForPlan(Hand.Answers(overallAnswers), Hand.Grades(sectionGrades));

        Assert.Equal(Grade.FromValue(expected), suggested);
    }
}
