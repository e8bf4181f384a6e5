using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Grades;

/// <summary>Answers are written Y (yes), N (no) and - (not applicable).</summary>
public class SectionGradeSuggestion
{
    [Fact]
    public void AllYes_SuggestsGood()
    {
        Assert.Equal(Grade.Good, GradeSuggestion.ForSection(Hand.Answers("YYYYY")));
    }

    [Fact]
    public void YesWithNotApplicable_SuggestsGood()
    {
        Assert.Equal(Grade.Good, GradeSuggestion.ForSection(Hand.Answers("YY-Y-")));
    }

    [Fact]
    public void EveryAnswerNotApplicable_SuggestsGood()
    {
        Assert.Equal(Grade.Good, GradeSuggestion.ForSection(Hand.Answers("---")));
    }

    [Fact]
    public void OneNoAmongFive_SuggestsRequiresImprovement()
    {
        Assert.Equal(Grade.RequiresImprovement, GradeSuggestion.ForSection(Hand.Answers("YYNYY")));
    }

    [Fact]
    public void NoOnExactlyHalf_SuggestsInadequate()
    {
        Assert.Equal(Grade.Inadequate, GradeSuggestion.ForSection(Hand.Answers("NYNY")));
    }

    [Fact]
    public void NoOnMoreThanHalf_SuggestsInadequate()
    {
        Assert.Equal(Grade.Inadequate, GradeSuggestion.ForSection(Hand.Answers("NNNYY")));
    }

    [Fact]
    public void NotApplicable_IsLeftOutOfTheHalf()
    {
        // One No among four answers is a quarter, but among the two that apply it is half.
        Assert.Equal(Grade.Inadequate, GradeSuggestion.ForSection(Hand.Answers("NY--")));
    }

    [Fact]
    public void NoAnswers_SuggestsGood()
    {
        Assert.Equal(Grade.Good, GradeSuggestion.ForSection([]));
    }

    [Fact]
    public void NeverSuggestsOutstanding()
    {
        string[] patterns = ["Y", "YYYYYYYYYY", "-", "Y-Y-Y-"];

        Assert.All(patterns, p => Assert.NotEqual(Grade.Outstanding, GradeSuggestion.ForSection(Hand.Answers(p))));
    }

    [Theory]
    [InlineData("", 2)]
    [InlineData("Y", 2)]
    [InlineData("YYYYY", 2)]
    [InlineData("YY--Y", 2)]
    [InlineData("---", 2)]
    [InlineData("N", 4)]
    [InlineData("NY", 4)]
    [InlineData("NYY", 3)]
    [InlineData("NYYY", 3)]
    [InlineData("NNYY", 4)]
    [InlineData("NYYYY", 3)]
    [InlineData("YNYNY", 3)]
    [InlineData("NNNYY", 4)]
    [InlineData("NNNNN", 4)]
    [InlineData("NY--", 4)]
    [InlineData("NYY-", 3)]
    [InlineData("N---", 4)]
    [InlineData("-N-Y-Y-", 3)]
    public void HandWorkedTable(string answers, int expected)
    {
        Assert.Equal(Grade.FromValue(expected), GradeSuggestion.ForSection(Hand.Answers(answers)));
    }
}
